import { healthAnswerSchema } from '@bd/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { type DataVersions, dataVersions, mixedAnswer, VERSIONED_PATHS } from './test-fixtures/data-versions.ts';
import { fakeWebDist } from './test-fixtures/fixture-app.ts';
import { copyFixtureData, type DataCopy } from './test-fixtures/fixture-data.ts';
import { type ServerRun, startServer, stopServers, waitForOutput } from './test-fixtures/server-process.ts';

const PORTAL = 'sources/portal-2020-06-26-fdi.yaml';
const RELOADED = /Reloaded the data: version ([0-9a-f]{12}), \d+ observations/;

describe('pnpm dev: the server reloads the data folder when a file changes', { timeout: 90_000 }, () => {
  let data: DataCopy;
  let web: ReturnType<typeof fakeWebDist>;
  let versions: DataVersions;
  let server: ServerRun & { base: string };

  beforeAll(async () => {
    data = copyFixtureData();
    web = fakeWebDist();
    versions = await dataVersions(data);
    server = await startServer({ DATA_DIR: data.dir, WEB_DIST: web.dir }, 'dev');
    await waitForOutput(server, /Watching .*: each valid edit is served at once/);
  }, 60_000);

  beforeEach(() => {
    onTestFailed(() => console.error(`The server printed:\n${server.output()}`));
  });

  afterAll(() => {
    stopServers();
    data.dispose();
    web.dispose();
  });

  const health = async () => healthAnswerSchema.parse(await (await fetch(`${server.base}/api/health`)).json());

  /** Writes a version of the data and waits for the server to say it reloaded; returns the new version. */
  async function edit(change: () => void): Promise<string> {
    const from = server.output().length;
    change();
    const [, version] = await waitForOutput(server, RELOADED, from);
    return version!;
  }

  it('serves a good edit without a restart, and keeps the last good data when an edit is bad', async () => {
    const pid = server.output().match(/kill -HUP (\d+)/)?.[1];
    const before = (await health()).data_version;
    const after = await edit(() => versions.write('B'));
    expect(after).not.toBe(before);
    expect((await health()).data_version).toBe(after);

    const from = server.output().length;
    data.replace(PORTAL, 'value: 35000000000', 'value: lots');
    await waitForOutput(server, /Reload refused: still serving data version [0-9a-f]{12}\./, from);
    const [report] = await waitForOutput(server, /The data in .* is not valid \(1 problem\):\n.*/, from);
    expect(report).toContain(`${PORTAL}: observations[0] "fdi-registered-2020-06" (line 14), field "value": expected a number`);
    expect((await health()).data_version).toBe(after);
    expect((await fetch(`${server.base}/api/indicators/fdi_registered`)).status).toBe(200);

    expect(await edit(() => versions.write('A'))).toBe(before);
    expect(server.output().match(/kill -HUP (\d+)/)?.[1]).toBe(pid);
  });

  it('answers every request during reloads wholly from one version: its Data-Version header and ETag match its body', async () => {
    let reloading = true;
    const problems: string[] = [];
    const seen = new Set<string>();
    const client = async () => {
      while (reloading) {
        for (const path of VERSIONED_PATHS) {
          const res = await fetch(`${server.base}${path}`);
          const problem = mixedAnswer(versions.answers, path, res.headers, await res.text());
          if (problem) problems.push(problem);
          seen.add(res.headers.get('Data-Version') ?? '');
        }
      }
    };
    const clients = Array.from({ length: 8 }, client);
    for (let i = 0; i < 6; i++) await edit(() => versions.write(i % 2 === 0 ? 'B' : 'A'));
    reloading = false;
    await Promise.all(clients);
    expect(problems).toEqual([]);
    expect([...seen].sort()).toEqual([...versions.answers.keys()].sort());
  });
});
