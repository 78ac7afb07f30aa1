import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load-dataset.ts';
import { liveApp } from '../live-app.ts';
import { closePageRenderers } from '../pages/page-renderer.ts';
import { dashboardBuilt, warnIfNotBuilt, webDist } from '../test-fixtures/built-dashboard.ts';
import { copyFixtureData } from '../test-fixtures/fixture-data.ts';
import { createNodeServer } from './node-server.ts';

warnIfNotBuilt("the cached pages' tests");

describe.skipIf(!dashboardBuilt)('rendered pages sent as cached bytes', () => {
  let server: ReturnType<typeof createNodeServer>;
  let base: string;
  let sentFirst = 0;
  beforeAll(async () => {
    const data = copyFixtureData();
    const loaded = await loadDataset(data.dir);
    if (!loaded.ok) throw new Error('fixture data is invalid');
    const live = liveApp(loaded, data.dir, { webDist });
    server = createNodeServer(live.fetch, (req, res) => {
      const sent = live.sendAnswerBytes(req, res);
      if (sent) sentFirst++;
      return sent;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await closePageRenderers();
  });

  const seen = async (res: Response) => ({
    status: res.status,
    headers: Object.fromEntries([...res.headers].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name))),
    body: Buffer.from(await res.arrayBuffer()),
  });

  it('are the same status, headers and bytes the app sent, plain, compressed and as a 304', async () => {
    const url = `${base}/indicators/fdi_attracted?lang=vi`;
    const byApp = await seen(await fetch(url, { headers: { 'Accept-Encoding': 'identity' } }));
    // Kept in the background after the app's answer: wait until a request is answered from the record.
    await expect
      .poll(async () => {
        const before = sentFirst;
        await (await fetch(url, { headers: { 'Accept-Encoding': 'identity' } })).arrayBuffer();
        return sentFirst > before;
      })
      .toBe(true);
    const cached = await seen(await fetch(url, { headers: { 'Accept-Encoding': 'identity' } }));
    expect(cached.body.equals(byApp.body)).toBe(true);
    expect(cached.headers['content-security-policy']).toBe(byApp.headers['content-security-policy']);
    expect(cached.headers.etag).toBe(byApp.headers.etag);
    expect(cached.headers['content-type']).toBe('text/html; charset=utf-8');
    const compressed = await fetch(url, { headers: { 'Accept-Encoding': 'br' } });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(Buffer.from(await compressed.arrayBuffer()).equals(byApp.body)).toBe(true);
    const again = await fetch(url, { headers: { 'If-None-Match': byApp.headers.etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it('are never made of a page the app did not answer with 200', async () => {
    const before = sentFirst;
    const missing = await fetch(`${base}/indicators/no_such_indicator`);
    expect(missing.status).toBe(404);
    await missing.arrayBuffer();
    const again = await fetch(`${base}/indicators/no_such_indicator`);
    expect(again.status).toBe(404);
    await again.arrayBuffer();
    expect(sentFirst).toBe(before);
  });
});
