import { checkListAnswerSchema, formatDataIssue } from '@bd/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { readConfig } from '../config.ts';
import { loadDataset } from '../data/load-dataset.ts';
import { fixtureApp } from '../test-fixtures/fixture-app.ts';
import { copyFixtureData, type DataCopy } from '../test-fixtures/fixture-data.ts';

async function appOn(dir: string) {
  const loaded = await loadDataset(dir);
  if (!loaded.ok) throw new Error(loaded.issues.map(formatDataIssue).join('\n'));
  return createApp(loaded, { webDist: dir });
}

async function checksOf(app: Awaited<ReturnType<typeof appOn>>) {
  const res = await app.request('/api/checks');
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
  return { res, body: checkListAnswerSchema.parse(await res.json()) };
}

describe('GET /api/checks', () => {
  let copy: DataCopy;
  beforeAll(() => {
    copy = copyFixtureData();
    // The fixture's partner localities count named events: 58 stated, one (Kumamoto) named.
    copy.replace(
      'indicators.yaml',
      '  kind: stock\n  headline: true',
      '  kind: stock\n  counts_events: partner_locality\n  headline: true',
    );
  });
  afterAll(() => copy.dispose());

  it('answers an empty list where the records add up', async () => {
    const { app } = await fixtureApp();
    expect((await checksOf(app)).body).toEqual({ checks: [], sources: [] });
  });

  it('lists a stated count the named items fall short of, with the articles involved', async () => {
    const { body } = await checksOf(await appOn(copy.dir));
    expect(body.checks.map((c) => [c.id, c.kind, c.named?.count, c.named?.missing])).toEqual([
      ['named-short-partners-2024-01', 'named_short', 1, 57],
      // Thu Dau Mot's three twin localities are stated, none named.
      ['named-short-partners-tdm-2024-01', 'named_short', 0, 3],
    ]);
    expect(body.checks[0]?.sentence.vi).toContain('còn thiếu 57');
    expect(body.sources.map((s) => s.id)).toEqual(['baomoi-2024-01-24-partners']);
  });

  it('is prepared once per data version: a 304 for its ETag, a 400 for any query', async () => {
    const app = await appOn(copy.dir);
    const { res } = await checksOf(app);
    const etag = res.headers.get('ETag')!;
    expect(res.headers.get('Cache-Control')).toContain('max-age');
    expect((await app.request('/api/checks', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await app.request('/api/checks?indicator=x')).status).toBe(400);
  });

  it('lists every disagreement of the articles in data/', async () => {
    const { body } = await checksOf(await appOn(readConfig({}).dataDir));
    expect(body.checks.map((c) => c.kind)).toEqual(['named_short', 'named_short', 'stock_falls', 'qualifier_conflict']);
    const ids = new Set(body.sources.map((s) => s.id));
    for (const check of body.checks) for (const id of check.sources) expect(ids).toContain(id);
  });
});
