import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dataset } from '@bd/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_DATA_DIR } from '../test-fixtures/fixture-data.ts';
import { checksFingerprint, snapshotStore } from './dataset-snapshot.ts';
import { loadDataset } from './load-dataset.ts';

let dir: string;
let dataset: Dataset;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-snapshots-'));
  const loaded = await loadDataset(FIXTURE_DATA_DIR);
  if (!loaded.ok) throw new Error('the fixture data should be valid');
  dataset = loaded.dataset;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const snapshotFiles = () => readdirSync(dir).sort();

describe('the snapshot store', () => {
  it('gives back a saved dataset for its data version, in a folder it creates, and nothing for another version', async () => {
    const store = snapshotStore(path.join(dir, 'nested', 'cache'));
    expect(await store.read('aaaaaaaaaaaa')).toEqual({ reason: 'no snapshot of this data version' });
    const saved = await store.save('aaaaaaaaaaaa', dataset);
    expect(saved).toMatchObject({ ok: true });
    expect(await store.read('aaaaaaaaaaaa')).toEqual({ dataset, sourceFiles: new Map() });
    expect((await store.read('bbbbbbbbbbbb')).dataset).toBeUndefined();
  });

  it('names each snapshot by data version and by the code that checked it', async () => {
    await snapshotStore(dir).save('aaaaaaaaaaaa', dataset);
    const checks = await checksFingerprint();
    expect(checks).toMatch(/^[0-9a-f]{12}$/);
    expect(snapshotFiles()).toEqual([`dataset-aaaaaaaaaaaa-${checks}.json`]);
  });

  it('removes a damaged snapshot and says why it was not used', async () => {
    const store = snapshotStore(dir);
    await store.save('aaaaaaaaaaaa', dataset);
    const [name] = snapshotFiles();
    const file = path.join(dir, name!);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 100));
    const read = await store.read('aaaaaaaaaaaa');
    expect(read.dataset).toBeUndefined();
    expect('reason' in read && read.reason).toMatch(/could not be used .*so it was removed/);
    expect(snapshotFiles()).toEqual([]);
  });

  it('keeps the four most recently used snapshots, and no part of a write that was abandoned', async () => {
    const store = snapshotStore(dir);
    const versions = ['000000000001', '000000000002', '000000000003', '000000000004', '000000000005'];
    const long = new Date(Date.now() - 3600_000);
    for (const [i, version] of versions.entries()) {
      await store.save(version, dataset);
      const past = new Date(Date.now() - (versions.length - i) * 60_000);
      for (const name of snapshotFiles()) if (name.includes(version)) utimesSync(path.join(dir, name), past, past);
    }
    expect(snapshotFiles()).toHaveLength(4);
    await store.read('000000000002'); // used now: the newest by use
    const abandoned = path.join(dir, `${snapshotFiles()[0]}.123-abcd.partial`);
    writeFileSync(abandoned, '{"format":');
    utimesSync(abandoned, long, long);
    await store.save('000000000006', dataset);
    const kept = snapshotFiles().map((name) => name.slice('dataset-'.length, 'dataset-'.length + 12));
    expect(kept).toEqual(['000000000002', '000000000004', '000000000005', '000000000006']);
  });

  it('says why it could not save, without throwing', async () => {
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    const saved = await snapshotStore(path.join(file, 'cache')).save('aaaaaaaaaaaa', dataset);
    expect(saved).toMatchObject({ ok: false, message: expect.stringContaining('could not keep the checked data in') });
  });
});
