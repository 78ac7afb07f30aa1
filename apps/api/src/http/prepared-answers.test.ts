import { get, type IncomingMessage } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureApp } from '../test-fixtures/fixture-app.ts';
import { createNodeServer } from './node-server.ts';
import { prepareAnswerBytes, preparedUrls, sendAnswerBytes } from './prepared-answers.ts';

let fixture: Awaited<ReturnType<typeof fixtureApp>>;
let server: ReturnType<typeof createNodeServer>;
let base: string;
let answeredFirst = 0;

beforeAll(async () => {
  fixture = await fixtureApp();
  const prepared = await prepareAnswerBytes(fixture.app.request, preparedUrls(fixture.loaded.dataset));
  server = createNodeServer(fixture.app.fetch, (req, res) => {
    const sent = sendAnswerBytes(prepared, req, res);
    if (sent) answeredFirst++;
    return sent;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** What a client can compare: status, headers other than the connection's, and the body's bytes (a BOM too). */
async function seen(res: Response) {
  const headers = Object.fromEntries([...res.headers].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name)));
  return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()) };
}

describe('prepared answers', () => {
  it('cover the answers every view asks for, and leave large ones to be streamed', () => {
    const urls = preparedUrls(fixture.loaded.dataset);
    expect(urls).toEqual(expect.arrayContaining(['/api/indicators', '/api/indicators/partner_localities', '/api/observations']));
    expect(preparedUrls(fixture.loaded.dataset, 1)).not.toContain('/api/observations');
    expect(preparedUrls(fixture.loaded.dataset, 1)).not.toContain('/api/indicators/partner_localities');
  });

  it.each(
    preparedUrls({ observations: [], indicators: [], entities: [], sources: [], events: [] }).concat([
      '/api/indicators/partner_localities',
      '/api/observations.csv?bom=1',
    ]),
  )('%s is sent as the app answers it: status, headers and bytes, and its 304', async (url) => {
    const before = answeredFirst;
    const direct = await seen(await fixture.app.request(url));
    const served = await seen(await fetch(`${base}${url}`, { headers: { 'Accept-Encoding': 'identity' } }));
    const { vary, ...servedHeaders } = served.headers;
    expect({ ...served, headers: servedHeaders }).toEqual({
      ...direct,
      headers: { ...direct.headers, 'content-length': String(direct.body.length) },
    });
    expect(vary === undefined || vary === 'Accept-Encoding').toBe(true);
    const etag = served.headers.etag!;
    const again = await fetch(`${base}${url}`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(answeredFirst - before).toBe(2);
  });

  it('sends a large text answer brotli-compressed to a client that accepts it, the same bytes once decoded', async () => {
    const url = '/api/observations';
    const direct = Buffer.from(await (await fixture.app.request(url)).arrayBuffer());
    const res = await new Promise<IncomingMessage>((resolve) =>
      get(`${base}${url}`, { headers: { 'Accept-Encoding': 'gzip, br' } }, resolve),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(Buffer.concat(chunks))).toEqual(direct);
  });

  it.each([
    ['gzip', 'gzip'],
    ['gzip;q=0.8, br;q=0', 'gzip'],
    ['gzip;q=0, deflate', undefined],
    ['identity', undefined],
  ])('sends gzip to a client whose Accept-Encoding is %s where brotli is not accepted', async (accept, encoding) => {
    const url = '/api/observations';
    const direct = Buffer.from(await (await fixture.app.request(url)).arrayBuffer());
    const before = answeredFirst;
    const res = await new Promise<IncomingMessage>((resolve) =>
      get(`${base}${url}`, { headers: { 'Accept-Encoding': accept } }, resolve),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    expect(answeredFirst - before).toBe(1);
    expect(res.headers['content-encoding']).toBe(encoding);
    const body = Buffer.concat(chunks);
    expect(encoding ? gunzipSync(body) : body).toEqual(direct);
    if (encoding) expect(body.length).toBeLessThan(direct.length / 2);
  });

  it('leaves other methods, other queries and HEAD-less cases to the app', async () => {
    const before = answeredFirst;
    expect((await fetch(`${base}/api/indicators?x=1`)).status).toBe(400);
    expect((await fetch(`${base}/api/indicators`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await fetch(`${base}/api/sources/portal-2020-06-26-fdi`)).status).toBe(200);
    expect(answeredFirst).toBe(before);
    const head = await fetch(`${base}/api/indicators`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(answeredFirst).toBe(before + 1);
  });

  it('leaves a request without a Host header to the app, which refuses it as it refuses any', async () => {
    const { port } = new URL(base);
    const statusOf = (path: string, version = '1.1') =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () =>
          socket.write(`GET ${path} HTTP/${version}\r\nConnection: close\r\n\r\n`),
        );
        let answer = '';
        socket.on('data', (chunk) => {
          answer += chunk;
        });
        socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
        socket.on('error', reject);
      });
    const before = answeredFirst;
    expect(await statusOf('/api/indicators?x=1')).toBe('HTTP/1.1 400 Bad Request');
    expect(await statusOf('/api/indicators')).toBe('HTTP/1.1 400 Bad Request');
    expect(await statusOf('/api/indicators', '1.0')).toBe('HTTP/1.1 400 Bad Request');
    expect(answeredFirst).toBe(before);
  });

  it('says once that an answer varies by encoding, when the app said it already', async () => {
    const page = () =>
      new Response('<p>page</p>'.repeat(200), {
        headers: { 'content-type': 'text/html; charset=utf-8', etag: '"p-1"', vary: 'Accept-Encoding' },
      });
    const prepared = (await prepareAnswerBytes(page, ['/page'])).get('/page')!;
    for (const answer of [prepared.ok, prepared.brotli!, prepared.gzip!]) {
      expect(answer.headers.filter((name, i) => i % 2 === 0 && name === 'vary')).toEqual(['vary']);
    }
  });
});
