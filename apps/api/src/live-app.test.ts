import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { healthAnswerSchema } from '@bd/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lastGoodStore } from './data/data-guard.ts';
import { loadDataset } from './data/load-dataset.ts';
import { liveApp } from './live-app.ts';
import { serviceState } from './service-state.ts';
import { dataVersions, mixedAnswer, VERSIONED_PATHS } from './test-fixtures/data-versions.ts';
import { copyFixtureData, type DataCopy } from './test-fixtures/fixture-data.ts';

let data: DataCopy;
beforeEach(() => {
  data = copyFixtureData();
});
afterEach(() => data.dispose());

async function started() {
  const loaded = await loadDataset(data.dir);
  if (!loaded.ok) throw new Error('fixture data is invalid');
  const live = liveApp(loaded, data.dir, { webDist: data.dir });
  const version = async () =>
    healthAnswerSchema.parse(await (await live.fetch(new Request('http://localhost/api/health'))).json()).data_version;
  return { live, loaded, version };
}

describe('liveApp', () => {
  it('keeps the app when the data has not changed', async () => {
    const { live, loaded, version } = await started();
    expect(await live.reload()).toEqual({ ok: true, changed: false, version: loaded.version, observations: 5, change: [] });
    expect(await version()).toBe(loaded.version);
  });

  it('answers from the new data after a good reload', async () => {
    const { live, loaded, version } = await started();
    data.replace('entities.yaml', 'Thu Dau Mot city', 'Thu Dau Mot');
    const outcome = await live.reload();
    expect(outcome).toMatchObject({ ok: true, changed: true });
    expect(outcome.ok && outcome.version).not.toBe(loaded.version);
    expect(await version()).toBe(live.version());
  });

  it('keeps answering from the last good data after a bad reload', async () => {
    const { live, loaded, version } = await started();
    data.write('indicators.yaml', '- {');
    const outcome = await live.reload();
    expect(outcome).toMatchObject({
      ok: false,
      keptVersion: loaded.version,
      issues: [expect.objectContaining({ file: 'indicators.yaml' })],
    });
    expect(await version()).toBe(loaded.version);
  });

  it('runs reloads asked for together one after the other', async () => {
    const { live } = await started();
    data.replace('entities.yaml', 'Thu Dau Mot city', 'Thu Dau Mot');
    const outcomes = await Promise.all([live.reload(), live.reload(), live.reload()]);
    expect(outcomes.map((o) => o.ok && o.changed)).toEqual([true, false, false]);
  });

  it('answers each request wholly from one version while reloads swap the data under concurrent requests', async () => {
    const versions = await dataVersions(data);
    const { live } = await started();
    let reloading = true;
    const swaps = (async () => {
      for (let i = 0; i < 20; i++) {
        versions.write(i % 2 === 0 ? 'B' : 'A');
        await live.reload();
      }
      reloading = false;
    })();
    const seen = new Set<string>();
    const problems: string[] = [];
    const client = async () => {
      while (reloading) {
        for (const path of VERSIONED_PATHS) {
          const res = await live.fetch(new Request(`http://localhost${path}`));
          const problem = mixedAnswer(versions.answers, path, res.headers, await res.text());
          if (problem) problems.push(problem);
          seen.add(res.headers.get('Data-Version') ?? '');
          // Answers come from memory without I/O: yield, or the reloads' file reads would never get a turn.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    };
    await Promise.all([swaps, ...Array.from({ length: 8 }, client)]);
    expect(problems).toEqual([]);
    expect([...seen].sort()).toEqual([...versions.answers.keys()].sort());
    // 20 reloads, each reading the data and recording every prepared answer: 7–13 s when the 2 cores are shared.
  }, 30_000);
});

describe('liveApp guarding against lost records', () => {
  const BAOMOI = 'sources/baomoi-2024-01-24-partners.yaml';
  const AWARD = / {2}- id: award-2023\n( {4}.*\n)*/;
  let keptDir: string;
  beforeEach(() => {
    keptDir = mkdtempSync(path.join(os.tmpdir(), 'bd-last-good-'));
  });
  afterEach(() => rmSync(keptDir, { recursive: true, force: true }));

  async function guarded() {
    const loaded = await loadDataset(data.dir);
    if (!loaded.ok) throw new Error('fixture data is invalid');
    const lastGood = lastGoodStore(keptDir, data.dir);
    const live = liveApp(loaded, data.dir, { webDist: data.dir, service: serviceState() }, { lastGood });
    const health = async () =>
      healthAnswerSchema.parse(await (await live.fetch(new Request('http://localhost/api/health'))).json());
    return { live, loaded, lastGood, health };
  }

  it('serves an added or changed record at once, and says what changed, record by record', async () => {
    const { live, lastGood, health } = await guarded();
    data.replace(BAOMOI, 'name: Top investment destination', 'name: Top destination');
    const outcome = await live.reload();
    expect(outcome).toMatchObject({ ok: true, changed: true });
    expect(outcome.ok && outcome.change).toEqual([
      expect.stringMatching(/^Compared with the data served \(version [0-9a-f]{12}\): 1 record \(1 changed\) in 1 file$/),
      `  ${BAOMOI}: event award-2023 changed: name "Top investment destination" → "Top destination"`,
    ]);
    expect((await health()).last_change).toMatchObject({
      summary: '1 record (1 changed) in 1 file',
      added: 0,
      removed: 0,
      changed: 1,
    });
    expect(await lastGood.version()).toBe(live.version());
  });

  it('refuses a reload that loses a record, naming it, until the removal is accepted', async () => {
    const { live, loaded, lastGood, health } = await guarded();
    data.write(BAOMOI, data.read(BAOMOI).replace(AWARD, ''));
    const refused = await live.reload();
    expect(refused).toMatchObject({ ok: false, keptVersion: loaded.version });
    const refusal = !refused.ok && 'refusal' in refused ? refused.refusal : [];
    expect(refusal).toContain(`  ${BAOMOI}: 1 event removed (award-2023)`);
    expect(refusal.at(-1)).toBe('If the removal is meant, confirm it in one step: pnpm validate --accept-removals');
    expect(await health()).toMatchObject({
      status: 'data_refused',
      data_version: loaded.version,
      last_refused_reload: { reason: refusal[0], kept_version: loaded.version },
    });

    // What pnpm validate --accept-removals does: keep the new data as the last good data.
    const edited = await loadDataset(data.dir);
    if (!edited.ok) throw new Error('the edited data is invalid');
    await lastGood.keep(edited);
    const accepted = await live.reload();
    expect(accepted).toMatchObject({ ok: true, changed: true, version: edited.version });
    expect(await health()).toMatchObject({ status: 'ok', last_change: { removed: 1 }, last_refused_reload: null });
  });

  it('says which records a reload of invalid data would have lost', async () => {
    const { live, health } = await guarded();
    const text = data.read(BAOMOI);
    data.write(BAOMOI, text.slice(0, text.indexOf('  - id: partner-kumamoto') + 40));
    const refused = await live.reload();
    expect(refused.ok).toBe(false);
    const change = !refused.ok && 'change' in refused ? refused.change : [];
    // The record cut in the middle fails its schema: it is lost too.
    expect(change.join('\n')).toContain(`${BAOMOI}: 2 events removed (award-2023, partner-kumamoto)`);
    const { status, last_refused_reload: said } = await health();
    expect(status).toBe('data_refused');
    expect(said?.reason).toMatch(new RegExp(`^the data is not valid \\(\\d+ problems?\\); first: ${BAOMOI}`));
  });
});
