import type { MiddlewareHandler } from 'hono';
import { ERROR_HEADERS, errorBody } from './errors.ts';

/**
 * The longest request target (path and query, percent-encoded) the server reads. The longest useful URL, every
 * filter with every id, is well under 1 KB; a limit keeps error messages, logs and cache keys small.
 */
export const MAX_URL_BYTES = 8192;

/** The path and query of a full URL, as sent (a fragment never is). */
function requestTarget(url: string): string {
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  if (pathStart === -1) return '/';
  const fragment = url.indexOf('#', pathStart);
  return url.slice(pathStart, fragment === -1 ? undefined : fragment);
}

/** A URL longer than MAX_URL_BYTES is a 414, before any route reads it. */
export const urlLengthLimit: MiddlewareHandler = async (c, next) => {
  const length = requestTarget(c.req.url).length;
  if (length <= MAX_URL_BYTES) return next();
  return c.json(
    errorBody(`The URL is ${length} bytes long: this server reads at most ${MAX_URL_BYTES} (the path and query)`),
    414,
    ERROR_HEADERS,
  );
};
