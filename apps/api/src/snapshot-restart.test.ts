import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeWebDist } from './test-fixtures/fixture-app.ts';
import { copyFixtureData, type DataCopy } from './test-fixtures/fixture-data.ts';
import { startServer, stopServers, waitForOutput } from './test-fixtures/server-process.ts';

const PORTAL = 'sources/portal-2020-06-26-fdi.yaml';
const ANSWERS = ['/api/observations.csv', '/api/indicators/fdi_registered', '/api/sources', '/api/health'];

/** Each answer's status, ETag and body; health's time of loading (and so its ETag) is each start's own. */
async function answersOf(base: string): Promise<string[]> {
  return Promise.all(
    ANSWERS.map(async (url) => {
      const res = await fetch(`${base}${url}`);
      const body = await res.text();
      if (url === '/api/health') return `${url} ${res.status}\n${body.replace(/"loaded_at":"[^"]*"/, '')}`;
      return `${url} ${res.status} ${res.headers.get('ETag')}\n${body}`;
    }),
  );
}

async function until(done: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !done(); waited += 50) {
    if (waited > 20_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a restart on unchanged data', { timeout: 90_000 }, () => {
  let data: DataCopy;
  let snapshots: string;
  let web: ReturnType<typeof fakeWebDist>;
  beforeEach(() => {
    data = copyFixtureData();
    web = fakeWebDist();
    snapshots = mkdtempSync(path.join(os.tmpdir(), 'bd-snapshots-'));
  });
  afterEach(() => {
    stopServers();
    data.dispose();
    web.dispose();
    rmSync(snapshots, { recursive: true, force: true });
  });
  afterAll(stopServers);

  const start = () => startServer({ DATA_DIR: data.dir, WEB_DIST: web.dir, DATA_SNAPSHOT_DIR: snapshots });
  const written = () => readdirSync(snapshots).some((name) => name.startsWith('dataset-') && name.endsWith('.json'));

  it('reads the snapshot of the last check and answers byte for byte as the checked start did', async () => {
    const first = await start();
    expect(first.output()).toMatch(/Checked every data file in [\d.]+ s \(no snapshot of this data version; keeping one/);
    const checked = await answersOf(first.base);
    await until(written, 'the snapshot');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await start();
    expect(second.output()).toMatch(/Data unchanged since it was last checked: read its snapshot from .* in [\d.]+ s/);
    expect(await answersOf(second.base)).toEqual(checked);
  });

  it('checks again after an edit, and refuses bad data even when a snapshot of the old data exists', async () => {
    const first = await start();
    await until(written, 'the snapshot');
    first.child.kill('SIGTERM');
    await first.exited;

    data.replace(PORTAL, 'value: 35000000000', 'value: lots');
    const run = await startServer({ DATA_DIR: data.dir, WEB_DIST: web.dir, DATA_SNAPSHOT_DIR: snapshots }).catch(
      (error: Error) => error,
    );
    expect(run).toBeInstanceOf(Error);
    expect(String(run)).toContain(`${PORTAL}: observations[0] "fdi-registered-2020-06" (line 14), field "value"`);
  });

  it('serves when it cannot keep a snapshot, and says so', async () => {
    rmSync(snapshots, { recursive: true });
    writeFileSync(snapshots, 'a file where the folder would be');
    const run = await start();
    await waitForOutput(run, /Note: could not keep the checked data in .*; the next start checks every file again/);
    expect((await fetch(`${run.base}/api/health`)).status).toBe(200);
  });
});
