import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixtureData, type DataCopy } from '../test-fixtures/fixture-data.ts';
import { type DataWatcher, watchDataDir } from './watch-data.ts';

let data: DataCopy;
let watcher: DataWatcher | undefined;
beforeEach(() => {
  data = copyFixtureData();
});
afterEach(() => {
  watcher?.close();
  data.dispose();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts watching, and gives the watcher a moment to see the folders before the test writes. */
async function watching(settleMs = 100) {
  const calls: string[][] = [];
  watcher = watchDataDir(data.dir, (files) => calls.push(files), { settleMs });
  await pause(100);
  return calls;
}

describe('watchDataDir', () => {
  it('reports a burst of writes once, when it has settled, with the data files that changed', async () => {
    const calls = await watching();
    data.replace('entities.yaml', 'Thu Dau Mot city', 'Thu Dau Mot');
    data.write('sources/new-article.yaml', 'source: {}\n');
    data.replace('entities.yaml', 'Thu Dau Mot', 'Thu Dau Mot city');
    await expect.poll(() => calls.length).toBe(1);
    await pause(300);
    expect(calls).toEqual([['entities.yaml', 'sources/new-article.yaml']]);
  });

  it('reports the next change again', async () => {
    const calls = await watching();
    data.write('indicators.yaml', '- {');
    await expect.poll(() => calls.length).toBe(1);
    data.remove('sources/portal-2020-06-26-fdi.yaml');
    await expect.poll(() => calls.length).toBe(2);
    expect(calls[1]).toEqual(['sources/portal-2020-06-26-fdi.yaml']);
  });

  it('ignores files that are not data, such as an editor’s swap file', async () => {
    const calls = await watching();
    data.write('.entities.yaml.swp', 'swap');
    data.write('sources/notes.txt', 'not data');
    await pause(400);
    expect(calls).toEqual([]);
  });

  it('stops reporting once closed', async () => {
    const calls = await watching();
    watcher?.close();
    data.write('entities.yaml', '- {');
    await pause(400);
    expect(calls).toEqual([]);
  });
});
