import { once } from 'node:events';
import { get, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureApp } from '../test-fixtures/fixture-app.ts';
import { createNodeServer } from './node-server.ts';
import { prepareAnswerBytes, preparedUrls, sendAnswerBytes } from './prepared-answers.ts';

/** A request over HTTP whose body is read as sent, not decoded. */
async function raw(url: string, headers: Record<string, string> = {}, method = 'GET') {
  const res = await new Promise<IncomingMessage>((resolve, reject) =>
    httpRequest(url, { method, headers }, resolve).on('error', reject).end(),
  );
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return { res, body: Buffer.concat(chunks) };
}

async function listening(server: ReturnType<typeof createNodeServer>): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("compression of the app's answers", () => {
  let fixture: Awaited<ReturnType<typeof fixtureApp>>;
  let server: ReturnType<typeof createNodeServer>;
  let base: string;
  const appBytes = async (url: string) => Buffer.from(await (await fixture.app.request(url)).arrayBuffer());

  beforeAll(async () => {
    fixture = await fixtureApp();
    const prepared = await prepareAnswerBytes(fixture.app.request, preparedUrls(fixture.loaded.dataset));
    server = createNodeServer(fixture.app.fetch, (req, res) => sendAnswerBytes(prepared, req, res));
    base = await listening(server);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each([
    ['a filtered list of observations', '/api/observations?from=2020'],
    ["an article's answer", '/api/sources/portal-2020-06-26-fdi'],
    ['the API reference page', '/api/docs'],
  ])('compresses %s with brotli, or gzip, for a client that accepts it', async (_, url) => {
    // As sent without an encoding: the reference page names the host it was asked on.
    const expected = (await raw(`${base}${url}`)).body;
    const brotli = await raw(`${base}${url}`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(brotli.res.headers['content-encoding']).toBe('br');
    expect(brotli.res.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(brotli.body)).toEqual(expected);
    expect(brotli.body.length).toBeLessThan(expected.length);
    const gzip = await raw(`${base}${url}`, { 'Accept-Encoding': 'gzip' });
    expect(gzip.res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body)).toEqual(expected);
  });

  it('sends the same answer as it is, with its length, to a client that accepts no encoding', async () => {
    const url = '/api/observations?from=2020';
    const plain = await raw(`${base}${url}`);
    expect(plain.res.headers['content-encoding']).toBeUndefined();
    expect(plain.res.headers.vary).toBe('Accept-Encoding');
    expect(plain.res.headers['content-length']).toBe(String(plain.body.length));
    expect(plain.body).toEqual(await appBytes(url));
  });

  it('keeps the ETag for every encoding, so a revalidation is a 304 whichever the client holds', async () => {
    const url = '/api/sources/portal-2020-06-26-fdi';
    const compressed = await raw(`${base}${url}`, { 'Accept-Encoding': 'br' });
    const plain = await raw(`${base}${url}`);
    expect(compressed.res.headers.etag).toBe(plain.res.headers.etag);
    const again = await raw(`${base}${url}`, { 'Accept-Encoding': 'br', 'If-None-Match': compressed.res.headers.etag! });
    expect(again.res.statusCode).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('answers HEAD with no body and no encoding', async () => {
    const head = await raw(`${base}/api/sources/portal-2020-06-26-fdi`, { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.res.statusCode).toBe(200);
    expect(head.res.headers['content-encoding']).toBeUndefined();
    expect(head.body.length).toBe(0);
  });

  it('sends a body under 1 kB as it is, with its length', async () => {
    const small = await raw(`${base}/api/checks`, { 'Accept-Encoding': 'br' });
    expect(small.res.statusCode).toBe(200);
    expect(small.res.headers['content-encoding']).toBeUndefined();
    expect(small.res.headers['content-length']).toBe(String(small.body.length));
  });

  it('leaves a prepared answer as it was prepared: brotli once, not compressed again', async () => {
    const url = '/api/observations';
    const res = await raw(`${base}${url}`, { 'Accept-Encoding': 'br' });
    expect(res.res.headers['content-encoding']).toBe('br');
    expect(res.res.headers['content-length']).toBe(String(res.body.length));
    expect(brotliDecompressSync(res.body)).toEqual(await appBytes(url));
  });
});

describe('compression of answers made otherwise', () => {
  const text = 'date,value\n'.concat('2024-01-01,42\n'.repeat(2000));
  const answers: Record<string, () => Response> = {
    '/encoded': () =>
      new Response(brotliCompressSync(Buffer.from(text)), {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'br', Vary: 'Accept-Encoding' },
      }),
    '/streamed': () => {
      const rows = text.split('\n');
      let next = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (next >= rows.length) return controller.close();
          controller.enqueue(
            new TextEncoder().encode(rows.slice(next, next + 100).join('\n') + (next + 100 < rows.length ? '\n' : '')),
          );
          next += 100;
        },
      });
      return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
    },
    '/image': () => new Response(new Uint8Array(4096), { headers: { 'Content-Type': 'image/png' } }),
  };
  let server: ReturnType<typeof createNodeServer>;
  let base: string;

  beforeAll(async () => {
    server = createNodeServer((request) => answers[new URL(request.url).pathname]!());
    base = await listening(server);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('leaves an answer that already has an encoding (a rendered page) as it is', async () => {
    const res = await raw(`${base}/encoded`, { 'Accept-Encoding': 'gzip, br' });
    expect(res.res.headers['content-encoding']).toBe('br');
    expect(res.res.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(res.body).toString()).toBe(text);
  });

  it('compresses a streamed answer as it streams', async () => {
    const res = await raw(`${base}/streamed`, { 'Accept-Encoding': 'br' });
    expect(res.res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).toString()).toBe(text);
  });

  it('leaves what does not compress, such as an image, as it is', async () => {
    const res = await new Promise<IncomingMessage>((resolve) =>
      get(`${base}/image`, { headers: { 'Accept-Encoding': 'br' } }, resolve),
    );
    res.resume();
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-length']).toBe('4096');
  });
});
