import path from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** A route's address pattern (a regular expression over the path) and the lazy page module it shows. */
export type RoutePages = Record<string, string>;

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
 * Starts fetching the lazy chunks of the page an address shows while the main bundle is still loading, instead of
 * after it has run: a small script in <head> (same origin, so the CSP allows it) adds `modulepreload` links for
 * the route's chunks. The overview loads nothing extra; an indicator opened from a link starts drawing sooner.
 */
export function routePreload(pages: RoutePages): Plugin {
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
      const routes = Object.entries(pages).flatMap(([pattern, module]) => {
        const page = chunks.find((c) => c.facadeModuleId === path.resolve(root, module));
        if (!page) {
          this.warn(`no chunk of its own for ${module} (no longer loaded lazily?): nothing preloaded for ${pattern}`);
          return [];
        }
        return [[pattern, [...filesOf(bundle, page)].filter((f) => !main.includes(f)).map((f) => `/${f}`)]];
      });
      this.emitFile({
        type: 'asset',
        fileName: SCRIPT,
        source: `(()=>{const r=${JSON.stringify(routes)};for(const[p,f]of r)if(new RegExp(p).test(location.pathname))for(const h of f){const l=document.createElement("link");if(h.endsWith(".css")){l.rel="preload";l.as="style"}else l.rel="modulepreload";l.href=h;document.head.appendChild(l)}})();\n`,
      });
    },
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: `/${SCRIPT}`, defer: true }, injectTo: 'head-prepend' }],
  };
}
