import path from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** A route's address pattern (a regular expression over the path) and the lazy page module it shows. */
export type RoutePages = Record<string, string>;

/**
 * The API answers the first view at an address needs, from the address alone. Its source is copied into the
 * script, so it must be self-contained (see `src/lib/first-view-requests.ts`).
 */
export type FirstViewRequests = (pathname: string, search: string) => string[];

const SCRIPT = 'route-preload.js';

/** The files a chunk needs before it can run: itself, its static imports (recursively) and their CSS. */
function filesOf(bundle: OutputBundle, chunk: OutputChunk, found = new Set<string>()): Set<string> {
  if (found.has(chunk.fileName)) return found;
  found.add(chunk.fileName);
  for (const css of chunk.viteMetadata?.importedCss ?? []) found.add(css);
  for (const imported of chunk.imports) {
    const next = bundle[imported];
    if (next?.type === 'chunk') filesOf(bundle, next, found);
  }
  return found;
}

/**
 * The script: for the route the address matches, `modulepreload` its chunks and `preload` its styles and its first
 * API answers. Every link is CORS with same-origin credentials, as Vite's own style links and `fetch()` are, or
 * the browser would not use what it preloaded. The static export (no API) asks for no data here.
 *
 * It also makes one number and one date formatter: the first `Intl` formatter of a page sets up the browser's
 * locale data (15–30 ms on the bench machine, whatever the locale), and every view formats numbers and dates on
 * its first render. Here the main thread is idle, waiting for the main bundle; the app's own formatters then cost
 * next to nothing.
 */
function script(routes: [string, string[]][], requests: FirstViewRequests): string {
  return `(() => {
  const routes = ${JSON.stringify(routes)};
  const requests = ${requests.toString()};
  const preload = (rel, href, as) => {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    if (as) link.as = as;
    link.crossOrigin = 'anonymous';
    document.head.appendChild(link);
  };
  if (!document.querySelector('meta[name="bd-static-site"]')) {
    for (const url of requests(location.pathname, location.search)) preload('preload', url, 'fetch');
  }
  for (const [pattern, files] of routes) {
    if (!new RegExp(pattern).test(location.pathname)) continue;
    for (const file of files) {
      if (file.endsWith('.css')) preload('preload', file, 'style');
      else preload('modulepreload', file);
    }
  }
  new Intl.NumberFormat('en-GB').format(0);
  new Intl.DateTimeFormat('en-GB').format(0);
})();
`;
}

/**
 * Starts fetching what the page at an address needs while the main bundle is still loading, instead of after it
 * has run: a small script in <head> (same origin, so the CSP allows it; `async`, so it runs as soon as it is here)
 * adds `modulepreload` links for the route's lazy chunks and `preload` links for its first API answers. The
 * overview loads no chunk extra; an indicator opened from a link starts drawing sooner.
 */
export function routePreload(pages: RoutePages, requests: FirstViewRequests): Plugin {
  let root = '';
  return {
    name: 'route-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
      const main = chunks.filter((c) => c.isEntry).flatMap((c) => [...filesOf(bundle, c)]);
      const routes = Object.entries(pages).flatMap(([pattern, module]): [string, string[]][] => {
        const page = chunks.find((c) => c.facadeModuleId === path.resolve(root, module));
        if (!page) {
          this.warn(`no chunk of its own for ${module} (no longer loaded lazily?): nothing preloaded for ${pattern}`);
          return [];
        }
        return [[pattern, [...filesOf(bundle, page)].filter((f) => !main.includes(f)).map((f) => `/${f}`)]];
      });
      this.emitFile({ type: 'asset', fileName: SCRIPT, source: script(routes, requests) });
    },
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: `/${SCRIPT}`, async: true }, injectTo: 'head-prepend' }],
  };
}
