import type { MiddlewareHandler } from 'hono';

/**
 * `Data-Version: <version>` on every answer of an app: which data it was answered from, so that with several
 * replicas behind a load balancer (or during a rolling reload) a client, a log or a test can tell which version
 * each answer is of. Prepared answers and cached pages are the app's own answers kept as bytes, so they carry it too.
 */
export function dataVersionHeader(version: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('Data-Version', version);
  };
}
