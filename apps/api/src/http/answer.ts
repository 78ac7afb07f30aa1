import { createHash } from 'node:crypto';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

/** Caching of every API answer: the data only changes on a reload, and then its version does. */
export const API_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

declare const answerType: unique symbol;

/** An answer body encoded once, with the ETag that identifies it; `T` is the JSON shape it holds, if JSON. */
export interface Answer<T = unknown> {
  readonly bytes: Uint8Array;
  readonly etag: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly [answerType]?: T;
}

/** What a JSON answer is to Hono's typed client. */
export type JsonAnswer<T> = Response & TypedResponse<JSONParsed<T>, 200, 'json'>;

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
export function send(c: Context, etag: string, answer: Answer | (() => Answer), cacheControl = API_CACHE_CONTROL): Response {
  if (matchesEtag(c.req.header('If-None-Match'), etag)) {
    return c.body(null, 304, { ETag: etag, 'Cache-Control': cacheControl });
  }
  const body = typeof answer === 'function' ? answer() : answer;
  return c.body(body.bytes as Uint8Array<ArrayBuffer>, 200, { ...body.headers, ETag: body.etag, 'Cache-Control': cacheControl });
}

/** `send` for a JSON answer, typed for Hono's client (a 304 reaches a browser's fetch as the cached 200). */
export function sendJson<T>(
  c: Context,
  etag: string,
  answer: Answer<T> | (() => Answer<T>),
  cacheControl?: string,
): JsonAnswer<T> {
  return send(c, etag, answer, cacheControl) as JsonAnswer<T>;
}

/** Sends a JSON answer prepared at load. */
export function sendPrepared<T>(c: Context, answer: Answer<T>, cacheControl?: string): JsonAnswer<T> {
  return sendJson(c, answer.etag, answer, cacheControl);
}
