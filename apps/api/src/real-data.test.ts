import { formatDataIssue, observationListAnswerSchema } from '@bd/core';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { loadDataset } from './data/load-dataset.ts';

/** The repository's own data/, as the server loads it by default. */
const { dataDir } = readConfig({});

describe('the data in data/', () => {
  it('loads, and every indicator, source, filter and download answers from it', async () => {
    const loaded = await loadDataset(dataDir);
    if (!loaded.ok) throw new Error(loaded.issues.map(formatDataIssue).join('\n'));
    const app = createApp(loaded, { webDist: dataDir });
    const { dataset } = loaded;
    expect(dataset.observations.length).toBeGreaterThan(0);
    for (const indicator of dataset.indicators) expect((await app.request(`/api/indicators/${indicator.id}`)).status).toBe(200);
    for (const source of dataset.sources) expect((await app.request(`/api/sources/${source.id}`)).status).toBe(200);

    const all = observationListAnswerSchema.parse(await (await app.request('/api/observations')).json());
    expect(all.count).toBe(dataset.observations.length);
    const rows = parse(await (await app.request('/api/observations.csv')).text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => Number(r.value))).toEqual(all.observations.map((o) => o.value));
    const sourceOf = (id: string | undefined) => dataset.sources.find((s) => s.id === id)!;
    expect(rows.map((r) => [r.source_published_approximate, r.source_language])).toEqual(
      rows.map((r) => [String(sourceOf(r.source_id).published_approximate), sourceOf(r.source_id).language]),
    );
    expect(rows.some((r) => r.source_published_approximate === 'true' && r.source_language === 'nl')).toBe(true);
    const events = parse(await (await app.request('/api/events.csv')).text(), { columns: true }) as Record<string, string>[];
    expect(events).toHaveLength(dataset.events.length);

    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { 'x-example': string; responses: Record<string, unknown> } }>;
    };
    // Each answers as documented: 200, or the 302 of /api to the reference page.
    for (const [path, item] of Object.entries(doc.paths))
      expect((await app.request(item.get['x-example'])).status, path).toBe(Number(Object.keys(item.get.responses)[0]));
  });
});
