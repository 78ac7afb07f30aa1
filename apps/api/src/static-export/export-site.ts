import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '@bd/core';
import { createApp } from '../app.ts';
import type { LoadedData } from '../data/load-dataset.ts';
import { loadRendererModule, pageRendererFor } from '../pages/page-renderer.ts';
import { headersFile, nginxSnippet } from './host-headers.ts';
import { apiFiles } from './site-files.ts';

/** Copies the built dashboard (its scripts, styles and files) into `outDir`; its pages are rendered by `writeStaticSite`. */
export function copyWebApp(webDist: string, outDir: string): void {
  cpSync(webDist, outDir, { recursive: true });
}

/** Where the export's files are rendered from: the dashboard's build and its server renderer. */
export interface ExportSources {
  webDist: string;
  rendererFile: string;
  /** The origin the site will be served from, for the absolute addresses link previews need; '' for none. */
  origin: string;
}

const LOCALES: readonly Locale[] = ['en', 'vi'];

/** Writes `bytes` at `file` under `outDir`, making its folders. */
function writeUnder(outDir: string, file: string, bytes: string | Uint8Array): void {
  const target = path.join(outDir, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, bytes);
}

/**
 * Writes into `outDir` (beside the dashboard, see `copyWebApp`) every API answer the dashboard needs, every page
 * rendered as the server renders it (`<route>/index.html`, with its charts drawn and its data beside it), the
 * not-found page as 404.html, and each indicator's preview image, so that any static file server or CDN serves the
 * whole site with no API behind it. Pages are written in English: `?lang=vi` is drawn by the browser. Returns how
 * many files it wrote.
 */
export async function writeStaticSite(loaded: LoadedData, outDir: string, sources: ExportSources): Promise<number> {
  // The site's own address, where --origin gives it, is what its reference page and preview images write.
  const publicAddress = { publicUrl: sources.origin || undefined, trustProxy: false, own: 'http://localhost:3000' };
  const app = createApp(loaded, { webDist: sources.webDist, rendererFile: sources.rendererFile, publicAddress });
  const files = apiFiles(loaded.dataset);
  for (const file of files) {
    const res = await app.request(`http://localhost:3000${file.url}`);
    if (res.status !== 200) throw new Error(`${file.url} answered ${res.status}: ${await res.text()}`);
    writeUnder(outDir, file.path, Buffer.from(await res.arrayBuffer()));
  }
  const renderer = await pageRendererFor(sources.webDist, sources.rendererFile, true);
  if (!renderer)
    throw new Error(
      `The dashboard's server renderer is not built (no ${sources.rendererFile}): run pnpm export, which builds it`,
    );
  const requestApi = (apiPath: string, init: RequestInit) => app.request(apiPath, init);
  const indicators = loaded.dataset.indicators.map((i) => i.id);
  const { pageAddresses } = await loadRendererModule(sources.rendererFile);
  const pages = pageAddresses(indicators);
  for (const address of pages) {
    const page = await renderer.render({ path: address, search: '', origin: sources.origin }, requestApi);
    if (page.status !== 200) throw new Error(`The page ${address} rendered as ${page.status}`);
    writeUnder(outDir, path.join(address, 'index.html'), page.html);
  }
  const missing = await renderer.render({ path: '/404', search: '', origin: sources.origin }, requestApi);
  writeUnder(outDir, '404.html', missing.html);
  let previews = 0;
  for (const indicator of indicators) {
    for (const lang of LOCALES) {
      const res = await app.request(`http://localhost:3000/previews/${encodeURIComponent(indicator)}.${lang}.png`);
      if (res.status !== 200) throw new Error(`The preview image of ${indicator} (${lang}) answered ${res.status}`);
      writeUnder(outDir, `previews/${indicator}.${lang}.png`, Buffer.from(await res.arrayBuffer()));
      previews++;
    }
  }
  // What a static host must add to serve these files as the server does, taken from the server's own answers.
  const answers = {
    page: (await app.request('http://localhost:3000/favicon.svg')).headers,
    embed: (await app.request(`http://localhost:3000/embed/${encodeURIComponent(indicators[0] ?? 'none')}`)).headers,
    api: (await app.request('http://localhost:3000/api/health')).headers,
  };
  const sections = [...new Set(pages.map((address) => address.split('/')[1] ?? '').filter(Boolean))];
  writeUnder(outDir, '_headers', headersFile(answers, sections));
  writeUnder(outDir, 'nginx-headers.conf', nginxSnippet(answers));
  return files.length + pages.length + 1 + previews + 2;
}
