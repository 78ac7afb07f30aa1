/** One entry of Vite's build manifest (`.vite/manifest.json`): a source module's output file and what it needs. */
export interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
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
 * `<link>`s for the code of the views a page shows beyond the main bundle: their styles, so the page is styled with
 * its first paint (and without scripts), and `modulepreload` for their scripts, so they hydrate soon. What the main
 * bundle already brings (index.html links it) is left out.
 */
export function viewAssets(manifest: BuildManifest, modules: readonly (string | undefined)[]): string {
  const entry = chunksOf(manifest, 'index.html');
  const inEntry = new Set([...entry.values()].flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]));
  const styles = new Set<string>();
  const scripts = new Set<string>();
  for (const module of modules) {
    if (module === undefined) continue;
    for (const chunk of chunksOf(manifest, module).values()) {
      if (!inEntry.has(chunk.file)) scripts.add(chunk.file);
      for (const css of chunk.css ?? []) if (!inEntry.has(css)) styles.add(css);
    }
  }
  return [
    ...[...styles].map((file) => `    <link rel="stylesheet" crossorigin href="/${file}">\n`),
    ...[...scripts].map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`),
  ].join('');
}
