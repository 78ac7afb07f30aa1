import type { Context, MiddlewareHandler } from 'hono';
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
const isEmbedPath = (path: string) => path.startsWith('/embed/');

/**
 * Security headers on every answer. Scripts only from this origin; styles also inline, because recharts sets
 * style attributes; fullscreen for the presenter mode. Only this origin may frame a page, except the embeds
 * (`isEmbedPath`), which any site may. No HSTS: the server speaks plain HTTP on loopback, and a TLS proxy in
 * front of it is the one to send that header.
 */
export const securityHeaders: MiddlewareHandler = (c, next) => (isEmbedPath(c.req.path) ? anyFrame : ownFramesOnly)(c, next);

const corsHeaders = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD'],
  exposeHeaders: ['ETag', 'Content-Disposition', 'Data-Version'],
  maxAge: 600,
});

/** An OPTIONS request that asks the CORS question: which method may a page of another origin use. */
const isPreflight = (c: Context) => c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method') !== undefined;

/**
 * Anyone may read the API from any origin, errors included; nothing is sent with credentials. A preflight is
 * answered here; any other OPTIONS request goes on to `readOnly`, whose 405 it gets.
 */
export const apiCors: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'OPTIONS' && !isPreflight(c)) return next();
  return corsHeaders(c, next);
};

const ALLOWED = new Set(['GET', 'HEAD']);

/**
 * Every route is read-only: any other method is a 405 naming the allowed ones. A CORS preflight to the API
 * never gets here: `apiCors`, used before this, answers it.
 */
export const readOnly: MiddlewareHandler = async (c, next) => {
  const method = c.req.method;
  if (ALLOWED.has(method)) return next();
  return c.json(errorBody(`Method ${method} is not allowed: this server only answers GET and HEAD`), 405, {
    Allow: 'GET, HEAD',
    'Cache-Control': 'no-store',
  });
};
