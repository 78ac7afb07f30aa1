import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../app.ts';
import type { LoadedData } from '../data/load-dataset.ts';
import { apiFiles, routePages } from './site-files.ts';

/** Builds the dashboard for a static site into `outDir` (emptied first) with `vite build --mode static`; true when it built. */
export function buildStaticWebApp(outDir: string): boolean {
  const build = spawnSync(
    'pnpm',
    ['--filter', '@bd/web', 'exec', 'vite', 'build', '--mode', 'static', '--outDir', outDir, '--emptyOutDir'],
    {
      stdio: 'inherit',
    },
  );
  return build.status === 0;
}

/**
 * Writes every API answer the dashboard needs into `outDir` (beside a static build of the dashboard), and a copy
 * of index.html at each route, so that any static file server or CDN serves the whole site, with no API behind it.
 * Returns how many files it wrote.
 */
export async function writeStaticSite(loaded: LoadedData, outDir: string): Promise<number> {
  const app = createApp(loaded, { webDist: outDir });
  const files = apiFiles(loaded.dataset);
  for (const file of files) {
    const res = await app.request(`http://localhost:3000${file.url}`);
    if (res.status !== 200) throw new Error(`${file.url} answered ${res.status}: ${await res.text()}`);
    const target = path.join(outDir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, Buffer.from(await res.arrayBuffer()));
  }
  const index = path.join(outDir, 'index.html');
  const pages = routePages(loaded.dataset);
  for (const page of pages) {
    mkdirSync(path.join(outDir, page), { recursive: true });
    copyFileSync(index, path.join(outDir, page, 'index.html'));
  }
  copyFileSync(index, path.join(outDir, '404.html'));
  return files.length + pages.length + 1;
}
