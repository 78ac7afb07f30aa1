import { healthResponseSchema } from '@bd/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from './data/load-dataset.ts';
import { liveApp } from './live-app.ts';
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
    healthResponseSchema.parse(await (await live.fetch(new Request('http://localhost/api/health'))).json()).data_version;
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
          const etag = res.headers.get('ETag');
          const problem = mixedAnswer(versions.answers, path, etag, await res.text());
          if (problem) problems.push(problem);
          seen.add(etag?.slice(1, 13) ?? '');
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
