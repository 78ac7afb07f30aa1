import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Dataset } from '@bd/core';
import { matchesEtag, PREPARED_LIMIT } from './answer.ts';

/** One HTTP answer as the app sends it: status, every header (names and values in one flat list), the body. */
interface AnswerBytes {
  status: number;
  headers: string[];
  body: Buffer;
}

/**
 * The app's answer to a URL, compressed once with brotli and with gzip (for clients that accept only gzip) where
 * that saves bytes, and its 304; once per data version.
 */
export interface PreparedAnswer {
  etag: string;
  ok: AnswerBytes;
  brotli: AnswerBytes | undefined;
  gzip: AnswerBytes | undefined;
  notModified: AnswerBytes;
}

/** Bodies smaller than this go as they are: compressing them saves less than a packet. */
const MIN_COMPRESSED = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * The answer compressed with brotli and with gzip, each with its own length and encoding; and the answer saying it
 * varies by encoding. Compressed on libuv's thread pool, so that the server answers (uncompressed) while it runs.
 */
async function compressed(ok: AnswerBytes): Promise<Pick<PreparedAnswer, 'ok' | 'brotli' | 'gzip'>> {
  const type = ok.headers[ok.headers.indexOf('content-type') + 1] ?? '';
  if (ok.body.length < MIN_COMPRESSED || !/^(text\/|application\/json)/.test(type)) {
    return { ok, brotli: undefined, gzip: undefined };
  }
  const quality = ok.body.length > 1_000_000 ? 5 : constants.BROTLI_MAX_QUALITY;
  const [br, gz] = await Promise.all([
    brotli(ok.body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }),
    gzipped(ok.body, { level: ok.body.length > 1_000_000 ? 6 : 9 }),
  ]);
  // A rendered page says already that it varies by encoding: it is not said twice.
  const varies = ok.headers.some((value, i) => i % 2 === 1 && ok.headers[i - 1] === 'vary' && /accept-encoding/i.test(value));
  const headers = (list: string[], length: number, extra: string[]) => {
    const pairs: string[] = [];
    for (let i = 0; i < list.length; i += 2) if (list[i] !== 'content-length') pairs.push(list[i]!, list[i + 1]!);
    return [...pairs, ...extra, ...(varies ? [] : ['vary', 'Accept-Encoding']), 'content-length', String(length)];
  };
  return {
    ok: { ...ok, headers: headers(ok.headers, ok.body.length, []) },
    brotli: { status: ok.status, headers: headers(ok.headers, br.length, ['content-encoding', 'br']), body: br },
    gzip: { status: ok.status, headers: headers(ok.headers, gz.length, ['content-encoding', 'gzip']), body: gz },
  };
}

/** The app's `request`, as Hono gives it. */
type AppRequest = (url: string, init?: RequestInit) => Response | Promise<Response>;

/**
 * The URLs whose answers are the same bytes until the next reload and small enough to hold: what the dashboard and
 * API clients ask for most. Health and readiness (the process's state at the moment), per-article answers, filtered
 * queries, the reference page (it names the host) and answers streamed because they are large are left to the app.
 */
export function preparedUrls(dataset: Dataset, limit = PREPARED_LIMIT): string[] {
  const perIndicator = new Map<string, number>();
  for (const o of dataset.observations) perIndicator.set(o.indicator, (perIndicator.get(o.indicator) ?? 0) + 1);
  const small = dataset.observations.length <= limit;
  return [
    '/api/entities',
    '/api/indicators',
    ...dataset.indicators.filter((i) => (perIndicator.get(i.id) ?? 0) <= limit).map((i) => `/api/indicators/${i.id}`),
    ...(small
      ? [
          '/api/observations',
          '/api/observations.csv',
          '/api/observations.csv?bom=1',
          // As the dashboard in Vietnamese links to them (csvHref in apps/web).
          '/api/observations.csv?lang=vi',
          '/api/observations.csv?bom=1&lang=vi',
        ]
      : []),
    '/api/sources',
    '/api/events',
    // Every page of an entity that ended asks for the changes it is said with (useEntityLife in apps/web).
    '/api/events?type=administrative_change',
    '/api/events.csv',
    '/api/events.csv?bom=1',
    // The lookup CSVs (indicators, sources, entities, changes) are rarely asked for: the app answers them, and a
    // start does not spend a brotli pass on each (sources.csv is 1,000 rows at scale).
    '/api/datapackage.json',
    '/api/openapi.json',
    '/api/docs.css',
  ];
}

async function record(request: AppRequest, url: string, headers: Record<string, string> = {}): Promise<AnswerBytes> {
  const res = await request(url, { headers });
  const body = Buffer.from(await res.arrayBuffer());
  const length = res.status === 304 ? [] : [['content-length', String(body.length)]];
  return { status: res.status, headers: [...res.headers, ...length].flat(), body };
}

/**
 * Asks the app once for each URL and keeps what it answered, with and without a matching `If-None-Match`, so the
 * server can send those bytes again without building a Request and a Response: by construction the same status,
 * headers and body the app would give.
 */
export async function prepareAnswerBytes(request: AppRequest, urls: readonly string[]): Promise<Map<string, PreparedAnswer>> {
  const prepared = new Map<string, PreparedAnswer>();
  for (const url of urls) {
    // One answer per turn of the event loop: requests that arrive meanwhile are answered in between.
    await new Promise((resolve) => setImmediate(resolve));
    const ok = await record(request, url);
    const etag = ok.headers[ok.headers.indexOf('etag') + 1];
    if (ok.status !== 200 || !ok.headers.includes('etag') || etag === undefined) continue;
    prepared.set(url, { etag, ...(await compressed(ok)), notModified: await record(request, url, { 'If-None-Match': etag }) });
  }
  return prepared;
}

/** An Accept-Encoding header listing the encoding, without `;q=0`. */
const LISTS = {
  br: /(?:^|,)\s*br\s*(?:,|$|;\s*q=(?!0(?:\.0*)?\s*(?:,|$)))/i,
  gzip: /(?:^|,)\s*gzip\s*(?:,|$|;\s*q=(?!0(?:\.0*)?\s*(?:,|$)))/i,
};

/** True when an Accept-Encoding header lists `encoding` (without `;q=0`). */
export function accepts(encoding: keyof typeof LISTS, acceptEncoding: string | undefined): boolean {
  return acceptEncoding !== undefined && LISTS[encoding].test(acceptEncoding);
}

/**
 * Sends the prepared answer for a GET or HEAD of exactly a prepared URL and says true; anything else (another
 * method, a query the URL does not have, a request body, no Host) is the app's, and it says false.
 */
export function sendAnswerBytes(
  prepared: ReadonlyMap<string, PreparedAnswer>,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const answer = prepared.get(req.url ?? '');
  return answer !== undefined && sendBytes(answer, req, res);
}

/** Sends `prepared` as the answer to a GET or HEAD and says true; false for a request the app must answer. */
export function sendBytes(prepared: PreparedAnswer, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined) return false;
  // The adapter refuses a request without a Host header (HTTP/1.1 requires one): so does this path.
  if (req.headers.host === undefined) return false;
  const ifNoneMatch = req.headers['if-none-match'];
  const answer =
    ifNoneMatch !== undefined && matchesEtag(ifNoneMatch, prepared.etag)
      ? prepared.notModified
      : prepared.brotli && accepts('br', req.headers['accept-encoding'])
        ? prepared.brotli
        : prepared.gzip && accepts('gzip', req.headers['accept-encoding'])
          ? prepared.gzip
          : prepared.ok;
  res.writeHead(answer.status, answer.headers);
  if (req.method === 'HEAD' || answer.status === 304) res.end();
  else res.end(answer.body);
  return true;
}
