import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** One request as the access log writes it (see http/access-log.ts); in JSON, with `level` and `time` beside it. */
export interface AccessEntry {
  request_id: string;
  method: string;
  /** The request target as sent: the path and its query. */
  path: string;
  status: number;
  /** Bytes of the body as sent on the wire (after compression); 0 for HEAD and 304. */
  bytes: number;
  /** From the request reaching the server to the last byte handed to the socket. */
  duration_ms: number;
  /** The client went away before the answer was all sent. */
  aborted?: true;
}

/** A request id worth keeping: a short token, so what a client sends cannot forge lines or fill the log. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * The id of a request: the `X-Request-Id` a proxy or client sent, when it is a sane token, so one request can be
 * followed through every server that logged it; otherwise a new UUID.
 */
export function requestIdFor(sent: string | string[] | undefined): string {
  return typeof sent === 'string' && SANE_REQUEST_ID.test(sent) ? sent : randomUUID();
}

/** The length in bytes of what was given to `write` or `end`. */
function chunkLength(chunk: unknown, encoding: unknown): number {
  if (typeof chunk === 'string')
    return Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  return chunk instanceof Uint8Array ? chunk.byteLength : 0;
}

/** Counts the body bytes given to `res`: what a compressor wrapping it later writes, so the bytes on the wire. */
function countBytes(res: ServerResponse): () => number {
  let bytes = 0;
  const write = res.write;
  const end = res.end;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    bytes += chunkLength(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (typeof chunk !== 'function') bytes += chunkLength(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse['end'];
  return () => bytes;
}

/**
 * `answer` with one access-log line per request, written when the answer is sent or the client goes away. It
 * wraps the whole request, so answers sent as prepared bytes (prepared-answers.ts) are logged as the app's are;
 * each answer carries the request's id as `X-Request-Id`.
 */
export function withAccessLog(answer: RequestListener, log: Logger): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const requestId = requestIdFor(req.headers['x-request-id']);
    res.setHeader('X-Request-Id', requestId);
    const bytes = countBytes(res);
    res.once('close', () => {
      const entry: AccessEntry = {
        request_id: requestId,
        method: req.method ?? '',
        path: req.url ?? '',
        status: res.statusCode,
        bytes: req.method === 'HEAD' ? 0 : bytes(),
        duration_ms: Math.round((performance.now() - started) * 10) / 10,
      };
      if (!res.writableFinished) entry.aborted = true;
      if (res.statusCode >= 500) log.error(entry);
      else log.info(entry);
    });
    answer(req, res);
  };
}
