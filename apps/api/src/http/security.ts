import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { errorBody } from './errors.ts';

/** The headers of every answer; `framing` says which sites may show it in a frame. */
function headersFor(framing: 'self' | 'any') {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      frameAncestors: framing === 'self' ? ["'self'"] : ['*'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
    },
    referrerPolicy: 'strict-origin-when-cross-origin',
    permissionsPolicy: { fullscreen: ['self'] },
    xFrameOptions: framing === 'self' ? 'SAMEORIGIN' : false,
    strictTransportSecurity: false,
  });
}

const ownFramesOnly = headersFor('self');
const anyFrame = headersFor('any');

/** `/embed/<indicator>`: one chart, its title and source line, made to be shown in an iframe on any site. */
export const isEmbedPath = (path: string) => path.startsWith('/embed/');

/**
 * Security headers on every answer. Scripts only from this origin; styles also inline, because recharts sets
 * style attributes; fullscreen for the presenter mode. Only this origin may frame a page, except the embeds
 * (`isEmbedPath`), which any site may. No HSTS: the server speaks plain HTTP on loopback, and a TLS proxy in
 * front of it is the one to send that header.
 */
export const securityHeaders: MiddlewareHandler = (c, next) => (isEmbedPath(c.req.path) ? anyFrame : ownFramesOnly)(c, next);

/** Anyone may read the API from any origin; nothing is sent with credentials. */
export const apiCors = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD'],
  exposeHeaders: ['ETag', 'Content-Disposition'],
  maxAge: 600,
});

const ALLOWED = new Set(['GET', 'HEAD']);

/**
 * Every route is read-only: any other method is a 405 naming the allowed ones. A CORS preflight (OPTIONS with
 * Access-Control-Request-Method) to the API passes on to the CORS middleware, which answers it.
 */
export const readOnly: MiddlewareHandler = async (c, next) => {
  const method = c.req.method;
  const preflight =
    method === 'OPTIONS' && c.req.header('Access-Control-Request-Method') !== undefined && c.req.path.startsWith('/api/');
  if (ALLOWED.has(method) || preflight) return next();
  return c.json(errorBody(`Method ${method} is not allowed: this server only answers GET and HEAD`), 405, {
    Allow: 'GET, HEAD',
    'Cache-Control': 'no-store',
  });
};
