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
 * The style sheets of the code a module loads later (`import()`), recursively: the server renders lazy parts of
 * a view (the world map, the presenter) in full, so their styles must be there with the HTML.
 */
function lazyStylesOf(manifest: BuildManifest, key: string, found = new Set<string>(), seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return found;
  seen.add(key);
  const chunk = manifest[key];
  for (const css of chunk?.css ?? []) found.add(css);
  for (const next of [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])]) lazyStylesOf(manifest, next, found, seen);
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
 * `<link>`s for the code of the views a page shows beyond the main bundle: their styles, so the page is styled with
 * its first paint (and without scripts), and `modulepreload` for their scripts, so they hydrate soon. What the main
 * bundle already brings (index.html links it) is left out.
 */
export function viewAssets(manifest: BuildManifest, modules: readonly (string | undefined)[]): string {
  const entry = chunksOf(manifest, 'index.html');
  const inEntry = new Set([...entry.values()].flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]));
  const styles = new Set<string>();
  const scripts = new Set<string>();
  for (const source of modules) {
    const module = source === undefined ? undefined : keyOf(manifest, source);
    if (module === undefined) continue;
    for (const chunk of chunksOf(manifest, module).values()) {
      if (!inEntry.has(chunk.file)) scripts.add(chunk.file);
      for (const css of chunk.css ?? []) if (!inEntry.has(css)) styles.add(css);
    }
    // Not through the main bundle, which views import too: its lazy parts are every other view.
    for (const css of lazyStylesOf(manifest, module, new Set(), new Set(entry.keys()))) {
      if (!inEntry.has(css)) styles.add(css);
    }
  }
  return [
    ...[...styles].map((file) => `    <link rel="stylesheet" crossorigin href="/${file}">\n`),
    ...[...scripts].map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`),
  ].join('');
}
