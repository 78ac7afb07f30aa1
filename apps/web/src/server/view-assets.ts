/** One entry of Vite's build manifest (`.vite/manifest.json`): a source module's output file and what it needs. */
export interface ManifestChunk {
  file: string;
  name?: string;
  isDynamicEntry?: boolean;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

/** Vite's build manifest: source path (as `src/...`) → chunk. */
export type BuildManifest = Record<string, ManifestChunk>;

/** The chunks a module needs before it runs: its own and its static imports', recursively. */
function chunksOf(manifest: BuildManifest, key: string, found = new Map<string, ManifestChunk>()): Map<string, ManifestChunk> {
  const chunk = manifest[key];
  if (!chunk || found.has(key)) return found;
  found.set(key, chunk);
  for (const imported of chunk.imports ?? []) chunksOf(manifest, imported, found);
  return found;
}

/**
 * The manifest's key for a module: its source path, or, where Rollup gave the module's chunk no `src` (it merged
 * it with what it imports), the dynamic entry named after its file.
 */
function keyOf(manifest: BuildManifest, module: string): string | undefined {
  if (manifest[module]) return module;
  const name = module
    .split('/')
    .at(-1)
    ?.replace(/\.[jt]sx?$/, '');
  return Object.entries(manifest).find(([, chunk]) => chunk.isDynamicEntry && chunk.name === name)?.[0];
}

/**
 * `<link rel="modulepreload">`s for the code of the views a page shows beyond the main bundle, so they hydrate soon.
 * What the main bundle already brings (index.html links it) is left out. Styles are not here: the build makes one
 * sheet for every view (`cssCodeSplit: false`), which `inlineStyleSheets` writes into the page.
 */
export function viewAssets(manifest: BuildManifest, modules: readonly (string | undefined)[]): string {
  const inEntry = new Set([...chunksOf(manifest, 'index.html').values()].map((chunk) => chunk.file));
  const scripts = new Set<string>();
  for (const source of modules) {
    const module = source === undefined ? undefined : keyOf(manifest, source);
    if (module === undefined) continue;
    for (const chunk of chunksOf(manifest, module).values()) if (!inEntry.has(chunk.file)) scripts.add(chunk.file);
  }
  return [...scripts].map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`).join('');
}

/** The build's style sheets by their address in index.html (`/assets/index-….css`), with their text. */
export type StyleSheets = Readonly<Record<string, string>>;

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g;

/**
 * index.html with each of its style sheet links replaced by the sheet's text in a `<style>` (the CSP allows inline
 * styles; `data-sheet` names the file): the page paints styled with its first bytes, with no render-blocking request (Lighthouse counted the
 * sheet's round trip against the first paint). A link to a sheet the build did not give is an error, not a page
 * drawn unstyled.
 */
export function inlineStyleSheets(template: string, sheets: StyleSheets): string {
  return template.replace(STYLESHEET_LINK, (_link, href: string) => {
    const css = sheets[href];
    if (css === undefined) throw new Error(`index.html links the style sheet ${href}, which the build's files do not have`);
    if (/<\/style/i.test(css)) throw new Error(`the style sheet ${href} contains "</style", which would end its <style> early`);
    return `<style data-sheet="${href}">${css.trim()}</style>`;
  });
}
