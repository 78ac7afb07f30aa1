import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorAnswerSchema, eventListAnswerSchema, healthAnswerSchema } from '@bd/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeWebDist, INDEX_HTML } from './test-fixtures/fixture-app.ts';
import { copyFixtureData, type DataCopy } from './test-fixtures/fixture-data.ts';
import { freePort, runServer, type ServerRun, serverPid, stopServers, waitForOutput } from './test-fixtures/server-process.ts';

const PORTAL = 'sources/portal-2020-06-26-fdi.yaml';

describe('the server process', { timeout: 60_000 }, () => {
  let data: DataCopy;
  let web: ReturnType<typeof fakeWebDist>;
  let run: ServerRun;
  let base: string;

  beforeAll(async () => {
    data = copyFixtureData();
    web = fakeWebDist();
    const port = await freePort();
    run = runServer({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: data.dir, WEB_DIST: web.dir });
    const [, url] = await waitForOutput(
      run,
      /Binh Duong dashboard: (http:\/\/127\.0\.0\.1:\d+\/) \(data version ([0-9a-f]{12}), 5 observations; dashboard from [^)]+\)/,
    );
    await waitForOutput(run, /kill -HUP \d+/);
    base = url!.replace(/\/$/, '');
  }, 60_000);

  afterAll(() => {
    stopServers();
    data.dispose();
    web.dispose();
  });

  it('answers every endpoint over HTTP', async () => {
    const expected: [string, number, RegExp][] = [
      ['/api/health', 200, /^application\/json/],
      ['/api/entities', 200, /^application\/json/],
      ['/api/indicators', 200, /^application\/json/],
      ['/api/indicators/partner_localities', 200, /^application\/json/],
      ['/api/observations?indicator=fdi_registered&from=2020', 200, /^application\/json/],
      ['/api/sources', 200, /^application\/json/],
      ['/api/sources/portal-2020-06-26-fdi', 200, /^application\/json/],
      ['/api/events?type=award', 200, /^application\/json/],
      ['/api/observations.csv?bom=1', 200, /^text\/csv; charset=utf-8$/],
      ['/api/events.csv', 200, /^text\/csv; charset=utf-8$/],
      ['/api/datapackage.json', 200, /^application\/json/],
      ['/api/openapi.json', 200, /^application\/json/],
      ['/api/docs', 200, /^text\/html/],
      ['/api/docs.css', 200, /^text\/css/],
      ['/', 200, /^text\/html/],
      ['/indicators/partner_localities', 200, /^text\/html/],
      ['/assets/index-abc123.js', 200, /javascript/],
      ['/api/indicators/nowhere', 404, /^application\/json/],
      ['/api/nowhere', 404, /^application\/json/],
      ['/api/observations?from=2024&to=2020', 400, /^application\/json/],
    ];
    for (const [path, status, type] of expected) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('Content-Type'), path).toMatch(type);
      expect(res.headers.get('X-Content-Type-Options'), path).toBe('nosniff');
      if (status !== 200) errorAnswerSchema.parse(await res.json());
      else await res.arrayBuffer();
    }
    expect(await (await fetch(`${base}/timeline`)).text()).toBe(INDEX_HTML);
  });

  it('answers 405 to other methods and 304 to a known ETag', async () => {
    const post = await fetch(`${base}/api/health`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('Allow')).toBe('GET, HEAD');
    const first = await fetch(`${base}/api/indicators`);
    await first.arrayBuffer();
    const again = await fetch(`${base}/api/indicators`, { headers: { 'If-None-Match': first.headers.get('ETag')! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('swaps in good data on SIGHUP, and keeps the last good data when the edit is bad', async () => {
    const health = async () => healthAnswerSchema.parse(await (await fetch(`${base}/api/health`)).json());
    const before = await health();

    data.replace(PORTAL, 'name: Investment promotion conference', 'name: Investment promotion conference 2020');
    process.kill(serverPid(run), 'SIGHUP');
    const [, newVersion] = await waitForOutput(run, /Reloaded the data: version ([0-9a-f]{12}), 5 observations/);
    const reloaded = await health();
    expect(reloaded.data_version).toBe(newVersion);
    expect(reloaded.data_version).not.toBe(before.data_version);
    const events = eventListAnswerSchema.parse(await (await fetch(`${base}/api/events?type=conference`)).json()).events;
    expect(events.map((e) => e.name)).toEqual(['Investment promotion conference 2020']);

    data.replace(PORTAL, 'value: 35000000000', 'value: lots');
    process.kill(serverPid(run), 'SIGHUP');
    await waitForOutput(run, /Reload refused: still serving data version [0-9a-f]{12}\./);
    const report = await waitForOutput(run, /The data in .* is not valid \(1 problem\):\n.*/);
    expect(report[0]).toContain(
      `${PORTAL}: observations[0] "fdi-registered-2020-06" (line 14), field "value": expected a number`,
    );
    expect((await health()).data_version).toBe(reloaded.data_version);
    expect((await fetch(`${base}/api/indicators/fdi_registered`)).status).toBe(200);
  });

  it('stops with exit code 0 on SIGTERM', async () => {
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('SIGTERM: finishing the requests in flight, then stopping');
  });
});

describe('the server process on bad input', { timeout: 60_000 }, () => {
  afterAll(stopServers);

  it('exits 1 on invalid data, naming the file, record and field of each problem', async () => {
    const data = copyFixtureData();
    try {
      data.replace(PORTAL, 'date: 2020-06-25', 'date: 2024-02-30');
      data.replace('indicators.yaml', 'kind: flow', 'kind: flux');
      const run = runServer({ PORT: String(await freePort()), DATA_DIR: data.dir });
      expect(await run.exited).toBe(1);
      const lines = run.output().trim().split('\n');
      expect(lines[0]).toBe(`The data in ${data.dir} is not valid (2 problems):`);
      expect(lines.slice(1).map((l) => l.trim())).toEqual([
        expect.stringMatching(/^indicators\.yaml: indicators\[2\] "fdi_attracted" \(line \d+\), field "kind": /),
        `${PORTAL}: events[0] "conference-2020-06" (line 32), field "date": 2024-02-30 is not a date that exists`,
      ]);
    } finally {
      data.dispose();
    }
  });

  it('exits 1 on a data folder that does not exist', async () => {
    const missing = path.join(mkdtempSync(path.join(os.tmpdir(), 'bd-empty-')), 'data');
    const run = runServer({ PORT: String(await freePort()), DATA_DIR: missing });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('the data folder does not exist');
    rmSync(path.dirname(missing), { recursive: true, force: true });
  });

  it('exits 1 on an invalid PORT, saying what it expected', async () => {
    const run = runServer({ PORT: 'eighty' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('PORT must be a whole number from 1 to 65535, got "eighty"');
  });
});
