import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../app.ts';
import type { LoadedData } from '../data/load-dataset.ts';
import { apiFiles, routePages } from './site-files.ts';

/** Marks a page of the export, so the dashboard asks for files rather than the API (`STATIC_SITE` in apps/web). */
const STATIC_SITE_MARK = '<meta name="bd-static-site" content="1">';

/** Copies the built dashboard into `outDir`, its index.html marked as the static site's. */
export function copyWebApp(webDist: string, outDir: string): void {
  cpSync(webDist, outDir, { recursive: true });
  const index = path.join(outDir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', `<head>\n    ${STATIC_SITE_MARK}`));
}

/**
 * Writes every API answer the dashboard needs into `outDir` (beside the dashboard, see `copyWebApp`), and a copy
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
