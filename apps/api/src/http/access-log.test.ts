import { EventEmitter, once } from 'node:events';
import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, readableLine } from '../logger.ts';
import { fixtureApp } from '../test-fixtures/fixture-app.ts';
import { requestIdFor } from './access-log.ts';
import { createNodeServer } from './node-server.ts';
import { prepareAnswerBytes, preparedUrls, sendAnswerBytes } from './prepared-answers.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A log destination that keeps every line written to it, and says when one arrives. */
function capturedLines() {
  const lines: string[] = [];
  const arrived = new EventEmitter();
  return {
    lines,
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        arrived.emit('line');
        done();
      },
    }),
    /** Waits for the line `matches` picks out, and gives it. */
    async lineWhere(matches: (line: string) => boolean): Promise<string> {
      for (;;) {
        const line = lines.find(matches);
        if (line !== undefined) return line;
        await once(arrived, 'line');
      }
    },
  };
}

/** A GET over HTTP whose body is read as sent, not decoded. */
async function rawGet(url: string, headers: Record<string, string> = {}) {
  const res = await new Promise<IncomingMessage>((resolve) => get(url, { headers }, resolve));
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return { res, body: Buffer.concat(chunks) };
}

describe('requestIdFor', () => {
  it('keeps the id a client or proxy sent when it is a short token', () => {
    expect(requestIdFor('trace-42.a_B')).toBe('trace-42.a_B');
    expect(requestIdFor('x'.repeat(128))).toBe('x'.repeat(128));
  });

  it.each([
    ['nothing', undefined],
    ['an empty id', ''],
    ['a space', 'a b'],
    ['a line break, which could forge a log line', 'a\n{"status":200}'],
    ['more than 128 characters', 'x'.repeat(129)],
    ['the header twice', ['a', 'b']],
  ])('makes a new UUID for %s', (_, sent) => {
    expect(requestIdFor(sent)).toMatch(UUID);
  });
});

describe('readableLine', () => {
  it('writes a request as method, path, status, size, duration and id', () => {
    const entry = { request_id: 'r1', method: 'GET', path: '/api/checks', status: 200, bytes: 4096, duration_ms: 2.3 };
    expect(readableLine(entry)).toBe('GET /api/checks 200 4.1 kB 2.3 ms r1');
    expect(readableLine({ ...entry, status: 304, bytes: 0, aborted: true })).toBe(
      'GET /api/checks 304 0 B 2.3 ms r1 (client went away)',
    );
  });

  it('writes any other line as its message', () => {
    expect(readableLine({ msg: 'Reloaded the data' })).toBe('Reloaded the data');
  });
});

describe('the access log', () => {
  const log = capturedLines();
  let server: ReturnType<typeof createNodeServer>;
  let base: string;
  const entryOf = async (requestId: string) =>
    JSON.parse(await log.lineWhere((line) => line.includes(`"request_id":"${requestId}"`))) as Record<string, unknown>;

  beforeAll(async () => {
    const fixture = await fixtureApp();
    const prepared = await prepareAnswerBytes(fixture.app.request, preparedUrls(fixture.loaded.dataset));
    const accessLog = createLogger({ format: 'json', level: 'info' }, log.destination);
    server = createNodeServer(fixture.app.fetch, (req, res) => sendAnswerBytes(prepared, req, res), { accessLog });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('writes a JSON line for an answer sent as prepared bytes, with the id the client sent echoed', async () => {
    const { res, body } = await rawGet(`${base}/api/indicators`, { 'X-Request-Id': 'prepared-1', 'Accept-Encoding': 'br' });
    expect(res.headers['x-request-id']).toBe('prepared-1');
    expect(res.headers['content-encoding']).toBe('br');
    const entry = await entryOf('prepared-1');
    expect(entry).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      request_id: 'prepared-1',
      method: 'GET',
      path: '/api/indicators',
      status: 200,
      bytes: body.length,
      duration_ms: expect.any(Number),
    });
  });

  it('writes a line for an answer of the app, with a new id when the client sent none', async () => {
    const { res, body } = await rawGet(`${base}/api/observations?from=2020`, { 'Accept-Encoding': 'gzip' });
    const requestId = res.headers['x-request-id'] as string;
    expect(requestId).toMatch(UUID);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(await entryOf(requestId)).toMatchObject({
      method: 'GET',
      path: '/api/observations?from=2020',
      status: 200,
      bytes: body.length,
    });
  });

  it('logs errors, 304s and HEAD with the bytes they sent', async () => {
    const missing = await rawGet(`${base}/api/nowhere`, { 'X-Request-Id': 'missing' });
    expect(await entryOf('missing')).toMatchObject({ status: 404, bytes: missing.body.length });
    const etag = (await rawGet(`${base}/api/sources`)).res.headers.etag!;
    await rawGet(`${base}/api/sources`, { 'If-None-Match': etag, 'X-Request-Id': 'revalidated' });
    expect(await entryOf('revalidated')).toMatchObject({ status: 304, bytes: 0 });
    const head = await fetch(`${base}/api/sources/portal-2020-06-26-fdi`, {
      method: 'HEAD',
      headers: { 'X-Request-Id': 'head' },
    });
    expect(head.headers.get('x-request-id')).toBe('head');
    expect(await entryOf('head')).toMatchObject({ method: 'HEAD', status: 200, bytes: 0 });
  });

  it('replaces an id that is not a sane token rather than writing it', async () => {
    const { res } = await rawGet(`${base}/api/health`, { 'X-Request-Id': 'a"b' });
    expect(res.headers['x-request-id']).toMatch(UUID);
    await entryOf(res.headers['x-request-id'] as string);
  });
});

describe('createLogger', () => {
  it('writes readable lines in pretty format', async () => {
    const log = capturedLines();
    const logger = createLogger({ format: 'pretty', level: 'info' }, log.destination);
    logger.info({ request_id: 'r1', method: 'GET', path: '/api/checks', status: 200, bytes: 26, duration_ms: 1.5 });
    const line = await log.lineWhere((text) => text.includes('r1'));
    expect(line).toMatch(/INFO.*GET \/api\/checks 200 26 B 1\.5 ms r1\n$/);
    expect(line).not.toContain('{');
  });

  it('writes nothing below its level', async () => {
    const log = capturedLines();
    const logger = createLogger({ format: 'json', level: 'warn' }, log.destination);
    logger.info({ request_id: 'quiet' });
    logger.warn({ request_id: 'loud' });
    expect(JSON.parse(await log.lineWhere((line) => line.includes('loud')))).toMatchObject({ level: 'warn' });
    // Lines are written in order: the info line, were it written, came before the warning.
    expect(log.lines.filter((line) => line.includes('quiet'))).toEqual([]);
  });
});
