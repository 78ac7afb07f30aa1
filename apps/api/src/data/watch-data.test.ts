import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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

/** Starts watching and waits until the watcher says it is ready: from then on every write is seen. */
async function readyWatcher(settleMs: number) {
  const calls: string[][] = [];
  let ready = false;
  const started = watchDataDir(data.dir, (files) => calls.push(files), {
    settleMs,
    onReady: () => {
      ready = true;
    },
  });
  await expect.poll(() => ready, { timeout: 10_000 }).toBe(true);
  return { calls, watcher: started };
}

async function watching(settleMs = 100) {
  const ready = await readyWatcher(settleMs);
  watcher = ready.watcher;
  return ready.calls;
}

describe('watchDataDir', () => {
  it('reports a burst of writes once, when it has settled, with the data files that changed', async () => {
    const calls = await watching();
    data.replace('entities.yaml', 'Thu Dau Mot city', 'Thu Dau Mot');
    data.write('sources/new-article.yaml', 'source: {}\n');
    data.replace('entities.yaml', 'Thu Dau Mot', 'Thu Dau Mot city');
    await expect.poll(() => calls.length).toBe(1);
    data.write('indicators.yaml', data.read('indicators.yaml'));
    await expect.poll(() => calls.length).toBe(2);
    expect(calls).toEqual([['entities.yaml', 'sources/new-article.yaml'], ['indicators.yaml']]);
  });

  it('reports the next change again', async () => {
    const calls = await watching();
    data.write('indicators.yaml', '- {');
    await expect.poll(() => calls.length).toBe(1);
    data.remove('sources/portal-2020-06-26-fdi.yaml');
    await expect.poll(() => calls.length).toBe(2);
    expect(calls[1]).toEqual(['sources/portal-2020-06-26-fdi.yaml']);
  });

  it('sees every atomic save, as sed -i and editors make them: a new file renamed over the old, twice and more', async () => {
    const calls = await watching();
    const saveByRename = (file: string, text: string) => {
      const temporary = path.join(data.dir, path.dirname(file), `.${path.basename(file)}.tmp-save`);
      writeFileSync(temporary, text);
      renameSync(temporary, path.join(data.dir, file));
    };
    for (const [round, file] of [
      'entities.yaml',
      'entities.yaml',
      'sources/portal-2020-06-26-fdi.yaml',
      'entities.yaml',
    ].entries()) {
      saveByRename(file, `${data.read(file)}\n`);
      await expect.poll(() => calls.length).toBe(round + 1);
      expect(calls[round]).toEqual([file]);
    }
  });

  it('ignores files that are not data, such as an editor’s swap file', async () => {
    const calls = await watching();
    data.write('.entities.yaml.swp', 'swap');
    data.write('sources/notes.txt', 'not data');
    data.write('entities.yaml', data.read('entities.yaml'));
    await expect.poll(() => calls.length).toBe(1);
    expect(calls).toEqual([['entities.yaml']]);
  });

  it('stops reporting once closed', async () => {
    const calls = await watching(10);
    watcher?.close();
    const witness = await readyWatcher(100);
    try {
      data.write('entities.yaml', '- {');
      await expect.poll(() => witness.calls.length).toBe(1);
      expect(witness.calls).toEqual([['entities.yaml']]);
      expect(calls).toEqual([]);
    } finally {
      witness.watcher.close();
    }
  });
});
