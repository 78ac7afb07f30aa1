import { createHash } from 'node:crypto';
import type { Context } from 'hono';

/** Caching of every API answer: the data only changes on a reload, and then its version does. */
const API_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

declare const answerType: unique symbol;

/** An answer body encoded once, with the ETag that identifies it; `T` is the JSON shape it holds, if JSON. */
export interface Answer<T = unknown> {
  readonly bytes: Uint8Array;
  readonly etag: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly [answerType]?: T;
}

/**
 * An answer too large to hold as one buffer (a CSV of every observation of a large data set): its body is made
 * chunk by chunk as the client reads it, so memory stays flat however many rows it has. Same ETag rules.
 */
export interface StreamedAnswer<T = unknown> {
  readonly chunks: () => Iterator<string>;
  readonly etag: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly [answerType]?: T;
}

/** Answers of more records than this are streamed rather than held as bytes (see `AppOptions.preparedLimit`). */
export const PREPARED_LIMIT = 10_000;

/**
 * Items per chunk of a streamed answer: few enough that a chunk is garbage before the next young-generation
 * collection, so an export of any length streams at flat memory; larger chunks outlive it and pile up in the old
 * generation (decision 009, Measurements).
 */
const CHUNK_ITEMS = 100;

/** `prefix`, the items written by `write` and separated by `separator`, then `suffix`, in chunks of CHUNK_ITEMS. */
export function* chunked<T>(
  items: readonly T[],
  write: (items: readonly T[]) => string,
  parts: { prefix: string; suffix: string; separator: string },
) {
  let chunk = parts.prefix;
  for (let start = 0; start < items.length; start += CHUNK_ITEMS) {
    chunk += (start > 0 ? parts.separator : '') + write(items.slice(start, start + CHUNK_ITEMS));
    yield chunk;
    chunk = '';
  }
  yield chunk + parts.suffix;
}

/**
 * The JSON text of `{...head, [listKey]: items, ...tail}` in chunks, the same bytes as `JSON.stringify` of it: the
 * list is written a chunk of items at a time.
 */
function streamedJson<T>(
  etag: string,
  parts: { head: Record<string, unknown>; listKey: string; items: readonly unknown[]; tail?: Record<string, unknown> },
): StreamedAnswer<T> {
  const open = JSON.stringify(parts.head).slice(0, -1);
  const rest = JSON.stringify(parts.tail ?? {}).slice(1);
  const prefix = `${open}${open.length > 1 ? ',' : ''}${JSON.stringify(parts.listKey)}:[`;
  const suffix = `]${rest.length > 1 ? ',' : ''}${rest}`;
  return {
    chunks: () =>
      chunked(parts.items, (items) => items.map((item) => JSON.stringify(item)).join(','), { prefix, suffix, separator: ',' }),
    etag,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  };
}

/** A JSON answer holding a list: bytes prepared now when the list has at most `limit` items, else streamed. */
export function jsonListAnswer<T>(
  etag: string,
  parts: { head: Record<string, unknown>; listKey: string; items: readonly unknown[]; tail?: Record<string, unknown> },
  limit: number,
): Answer<T> | StreamedAnswer<T> {
  if (parts.items.length > limit) return streamedJson<T>(etag, parts);
  return jsonAnswer({ ...parts.head, [parts.listKey]: parts.items, ...parts.tail } as T, etag);
}

/** A body that encodes the next chunk only when the client has taken the previous one. */
function streamOf(answer: StreamedAnswer): ReadableStream<Uint8Array> {
  let chunks: Iterator<string> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        chunks ??= answer.chunks();
        const next = chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    },
    { highWaterMark: 0 },
  );
}

const encoder = new TextEncoder();

/**
 * A strong ETag derived from the data version and what was asked (`key`: path and canonical query): the same
 * question about the same data always has the same answer, so a match can be told before building the body.
 */
export function etagFor(version: string, key: string): string {
  return `"${version}-${createHash('sha256').update(key).digest('base64url').slice(0, 16)}"`;
}

export function textAnswer(text: string, etag: string, headers: Record<string, string>): Answer {
  return { bytes: encoder.encode(text), etag, headers };
}

export function jsonAnswer<T>(value: T, etag: string): Answer<T> {
  return textAnswer(JSON.stringify(value), etag, { 'Content-Type': 'application/json; charset=utf-8' }) as Answer<T>;
}

/**
 * A JSON document built once per data version (the OpenAPI document, the Data Package) whose ETag is derived from
 * its text as well as the data version: a new parameter or column is a new ETag, though the data is the same.
 */
export function documentAnswer<T>(value: T, version: string, name: string): Answer<T> {
  const text = JSON.stringify(value);
  return textAnswer(text, etagFor(version, `${name} ${text}`), {
    'Content-Type': 'application/json; charset=utf-8',
  }) as Answer<T>;
}

/** True when an `If-None-Match` header names `etag` (or is `*`); weak tags compare by their opaque part. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * Sends an answer, or a 304 without a body when the client already holds it. `answer` is either prepared or a
 * function that builds it, called only when the client needs the body.
 */
export function send(
  c: Context,
  etag: string,
  answer: Answer | StreamedAnswer | (() => Answer | StreamedAnswer),
  cacheControl = API_CACHE_CONTROL,
): Response {
  if (matchesEtag(c.req.header('If-None-Match'), etag)) {
    return c.body(null, 304, { ETag: etag, 'Cache-Control': cacheControl });
  }
  const body = typeof answer === 'function' ? answer() : answer;
  const headers = { ...body.headers, ETag: body.etag, 'Cache-Control': cacheControl };
  if ('chunks' in body) return c.body(streamOf(body), 200, headers);
  return c.body(body.bytes as Uint8Array<ArrayBuffer>, 200, headers);
}

/**
 * `send` for a JSON answer. The answer's type is its schema's in core: no typed client is built from the routes
 * (the dashboard parses every answer with the same zod schemas), so the Response is not dressed up as one.
 */
export function sendJson<T>(
  c: Context,
  etag: string,
  answer: Answer<T> | StreamedAnswer<T> | (() => Answer<T> | StreamedAnswer<T>),
  cacheControl?: string,
): Response {
  return send(c, etag, answer, cacheControl);
}

/** Sends a JSON answer prepared at load (or, when large, streamed from what was prepared). */
export function sendPrepared<T>(c: Context, answer: Answer<T> | StreamedAnswer<T>, cacheControl?: string): Response {
  return sendJson(c, answer.etag, answer, cacheControl);
}
