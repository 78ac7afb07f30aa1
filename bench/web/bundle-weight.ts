import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { type Figure, figure } from '../support/figures.ts';

const KB = 1024;
const gzipSize = (bytes: Buffer | string) => gzipSync(bytes).length;

/** The JavaScript files index.html loads before anything runs: its entry module and what that imports statically. */
export function firstViewChunks(webDist: string): string[] {
  const html = readFileSync(path.join(webDist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(webDist, file), 'utf8');
    // Static imports only (`from"./x.js"`, `import"./x.js"`), not `import("./x.js")`, which loads later.
    for (const match of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) {
      visit(path.posix.join(path.posix.dirname(file), match[1]!));
    }
  };
  for (const file of [...entries, ...preloads]) visit(file);
  return [...seen];
}

/**
 * The weight of the dashboard's JavaScript, gzipped: what the built index.html needs before the first view can
 * run; what Chromium actually fetched to show the overview, until the network was idle; and the largest chunk.
 */
export async function measureBundleWeight(browser: Browser, webDist: string, siteUrl: string): Promise<Figure[]> {
  const blocking = firstViewChunks(webDist).reduce((sum, file) => sum + gzipSize(readFileSync(path.join(webDist, file))), 0);
  const page = await browser.newPage();
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.set(response.url(), gzipSize(await response.body()));
  });
  await page.goto(`${siteUrl}/`, { waitUntil: 'networkidle' });
  await page.getByTestId('indicator-card').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.close();
  const fetched = [...scripts.values()].reduce((sum, size) => sum + size, 0);
  const assets = path.join(webDist, 'assets');
  const chunks = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, size: gzipSize(readFileSync(path.join(assets, f))) }))
    .sort((a, b) => b.size - a.size);
  const largest = chunks[0]!;
  return [
    figure(
      'Dashboard weight',
      'JavaScript of the first view, measured in Chromium',
      fetched / KB,
      'KB gzip',
      { op: '<=', value: 200 },
      `${scripts.size} files fetched to show the overview`,
    ),
    figure('Dashboard weight', 'JavaScript index.html needs before it runs (entry and its imports)', blocking / KB, 'KB gzip'),
    figure('Dashboard weight', 'largest chunk', largest.size / KB, 'KB gzip', undefined, largest.file),
  ];
}
