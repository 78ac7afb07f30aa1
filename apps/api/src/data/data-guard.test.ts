import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_DATA_DIR } from '../test-fixtures/fixture-data.ts';
import { type Baseline, committedBaseline, compareWithBaseline, lastGoodStore, loadedRecords } from './data-guard.ts';
import { snapshotStore } from './dataset-snapshot.ts';
import { type LoadedData, loadDataset } from './load-dataset.ts';

const BAOMOI = 'sources/baomoi-2024-01-24-partners.yaml';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-guard-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function loadedFrom(dataDir: string): Promise<LoadedData> {
  const loaded = await loadDataset(dataDir);
  if (!loaded.ok) throw new Error(`invalid data: ${loaded.issues[0]?.message}`);
  return loaded;
}

describe('the last good data kept on disk', () => {
  it('keeps one folder’s data, its version and its change, and gives back the same records', async () => {
    const loaded = await loadedFrom(FIXTURE_DATA_DIR);
    const store = lastGoodStore(path.join(dir, 'cache'), FIXTURE_DATA_DIR);
    expect(await store.version()).toBeUndefined();
    expect(await store.read()).toBeUndefined();
    const change = {
      at: '2026-12-03T00:00:00.000Z',
      comparedWith: 'x',
      fromVersion: 'a',
      summary: 's',
      added: 1,
      removed: 0,
      changed: 0,
    };
    await store.keep({ ...loaded, change });
    expect(await store.version()).toBe(loaded.version);
    expect(await store.change()).toEqual(change);
    const kept = await store.read();
    expect(kept?.described).toMatch(/^the data last served or accepted \(version [0-9a-f]{12}, kept \d{4}-/);
    expect([...(kept?.records().values() ?? [])]).toEqual([...loadedRecords(loaded)().values()]);
    // Another folder's last good data is its own.
    expect(await lastGoodStore(path.join(dir, 'cache'), dir).version()).toBeUndefined();
  });

  it('keeps a copy of the snapshot just written of the same data, read back as the same records', async () => {
    const loaded = await loadedFrom(FIXTURE_DATA_DIR);
    const saved = await snapshotStore(path.join(dir, 'snapshots')).save(loaded.version, loaded.dataset, loaded.sourceFiles);
    if (!saved.ok) throw new Error(saved.message);
    const store = lastGoodStore(path.join(dir, 'cache'), FIXTURE_DATA_DIR);
    await store.keep(loaded, saved.file);
    expect(readFileSync(store.file, 'utf8')).toBe(readFileSync(saved.file, 'utf8'));
    expect(await store.version()).toBe(loaded.version);
    expect([...((await store.read())?.records().values() ?? [])]).toEqual([...loadedRecords(loaded)().values()]);
  });

  it('is no baseline when its file is damaged', async () => {
    const loaded = await loadedFrom(FIXTURE_DATA_DIR);
    const store = lastGoodStore(dir, FIXTURE_DATA_DIR);
    await store.keep(loaded);
    writeFileSync(store.file, readFileSync(store.file, 'utf8').slice(0, 300));
    expect(await store.read()).toBeUndefined();
  });
});

describe('compareWithBaseline', () => {
  const baseline: Baseline = {
    version: 'aaaaaaaaaaaa',
    records: () => new Map([['event:a', { kind: 'event', id: 'a', file: 'sources/x.yaml', fields: { id: 'a' } }]]),
    described: 'the data before',
  };
  it('refuses data that lost a record unless that very version was accepted', () => {
    const none = () => new Map();
    const refused = compareWithBaseline(baseline, none, 'bbbbbbbbbbbb', undefined);
    expect(refused.refusal?.slice(0, 2)).toEqual([
      'Compared with the data before, 1 record would go:',
      '  sources/x.yaml: 1 event removed (a)',
    ]);
    expect(compareWithBaseline(baseline, none, 'bbbbbbbbbbbb', 'cccccccccccc').refusal).toBeDefined();
    expect(compareWithBaseline(baseline, none, 'bbbbbbbbbbbb', 'bbbbbbbbbbbb').refusal).toBeUndefined();
  });
  it('compares nothing when the version is the same', () => {
    const none = () => {
      throw new Error('not to be built');
    };
    expect(compareWithBaseline(baseline, none, 'aaaaaaaaaaaa', undefined).change.removed).toEqual([]);
  });
});

describe('committedBaseline', () => {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { encoding: 'utf8' });

  it('reads the data of a commit, so an edit is seen against it', async () => {
    const dataDir = path.join(dir, 'data');
    cpSync(FIXTURE_DATA_DIR, dataDir, { recursive: true });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'data');
    const committed = await committedBaseline(dataDir, 'HEAD');
    if ('reason' in committed) throw new Error(committed.reason);
    const loaded = await loadedFrom(dataDir);
    expect(committed.version).toBe(loaded.version);
    expect(committed.described).toMatch(/^the data committed at HEAD \([0-9a-f]{12}, version [0-9a-f]{12}\)$/);

    const text = readFileSync(path.join(dataDir, BAOMOI), 'utf8');
    writeFileSync(path.join(dataDir, BAOMOI), text.replace('name: Top investment destination', 'name: Top destination'));
    const edited = await loadedFrom(dataDir);
    const { change } = compareWithBaseline(committed, loadedRecords(edited), edited.version, undefined);
    expect(change).toEqual({
      added: [],
      removed: [],
      changed: [
        {
          kind: 'event',
          id: 'award-2023',
          file: BAOMOI,
          fields: [{ field: 'name', before: 'Top investment destination', after: 'Top destination' }],
        },
      ],
    });
  });

  it('says why there is no committed data: no repository, no such commit, no files there', async () => {
    const outside = await committedBaseline(dir, 'HEAD');
    expect(outside).toEqual({ reason: `${dir} is not in a git repository, so there is no committed data to compare with` });
    git('init', '-q');
    writeFileSync(path.join(dir, 'README'), 'x');
    git('add', '.');
    git('commit', '-q', '-m', 'no data');
    expect(await committedBaseline(dir, 'nope')).toMatchObject({ reason: expect.stringContaining('"nope" names no commit') });
    expect(await committedBaseline(path.join(dir), 'HEAD')).toMatchObject({ reason: expect.stringContaining('has no data') });
  });
});
