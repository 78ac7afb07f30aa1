import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import type { OriginOf } from '../http/public-origin.ts';
import { pageAnswers, type RequestApi } from '../pages/page-answers.ts';
import { pageRendererFor } from '../pages/page-renderer.ts';

/** Vite's hashed build output: a changed file gets a new name, so a browser may keep each one for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dashboard not built</title></head>
<body><h1>The dashboard is not built</h1>
<p>The dashboard is not built: run <code>pnpm start</code> (it builds it) or <code>pnpm build</code>.</p>
<p>The API answers meanwhile: <a href="/api/docs">/api/docs</a>.</p></body></html>
`;

/** True for a path whose last segment has an extension: a file, never a client-side route. */
function looksLikeFile(requestPath: string): boolean {
  return /\.[A-Za-z0-9]+$/.test(requestPath.split('/').at(-1) ?? '');
}

/** How the pages are rendered: the server renderer's bundle, and the app the pages' data comes from. */
export interface PageRendering {
  rendererFile: string;
  requestApi: RequestApi;
  /** The origin a page writes into its absolute addresses (see http/public-origin.ts). */
  originOf: OriginOf;
}

/**
 * The built web app from `webDist`: files as they are (hashed assets cached for good, the rest revalidated), and
 * for any other path that is not a file the page of its view, rendered on the server (see pages/page-answers.ts);
 * where the build has no server renderer, `index.html`, which renders in the browser. serveStatic refuses `..`,
 * doubled slashes and encoded separators, so nothing outside `webDist` is served.
 */
export function webAppRoutes(webDist: string, rendering?: PageRendering) {
  const root = path.resolve(webDist);
  let pages: ReturnType<typeof pageAnswers> | undefined;
  const renderedPages = () => {
    if (pages || !rendering) return pages;
    const renderer = pageRendererFor(root, rendering.rendererFile);
    if (renderer) pages = pageAnswers(renderer, rendering.requestApi, rendering.originOf);
    return pages;
  };
  // Made on first use: the build may appear while the server runs, and serveStatic complains of a missing root.
  let handlers: { files: MiddlewareHandler; index: MiddlewareHandler } | undefined;
  const serve = () =>
    (handlers ??= {
      // The build writes .br and .gz beside its scripts and styles (apps/web/build/precompress.ts).
      files: serveStatic({ root, precompressed: true }),
      index: serveStatic({ root, path: 'index.html' }),
    });
  const cached = (res: Response, cacheControl: string) => {
    res.headers.set('Cache-Control', cacheControl);
    return res;
  };
  const notBuilt = (c: Context) => c.html(NOT_BUILT, 503, { 'Cache-Control': 'no-store' });
  const nothing = async () => {};
  return new Hono().get('*', async (c) => {
    // The app's files are small and sent whole: HTTP lets a server ignore Range, and serveStatic throws (a 500) on
    // a range past the end of a file instead of answering 416.
    c.req.raw.headers.delete('range');
    const built = existsSync(path.join(root, 'index.html'));
    if (looksLikeFile(c.req.path)) {
      const file = built ? await serve().files(c, nothing) : undefined;
      if (file) return cached(file, c.req.path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
      return c.text('Not found', 404, { 'Cache-Control': 'no-store' });
    }
    if (!built) return notBuilt(c);
    const rendered = renderedPages();
    if (rendered) return rendered.answer(c);
    const index = await serve().index(c, nothing);
    return index ? cached(index, 'no-cache') : notBuilt(c);
  });
}
