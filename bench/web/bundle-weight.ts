import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { type Figure, figure } from '../support/figures.ts';

const KB = 1024;
const gzipSize = (bytes: Buffer | string) => gzipSync(bytes).length;
const files = (n: number) => (n === 1 ? '1 file' : `${n} files`);

/**
 * The commit before the pages were rendered on the server (93ebeeb), measured the way this file measures (KB of
 * 1,024 bytes, Node's gzip), on a build of it: what Chromium fetched for the overview and for an indicator page
 * with its chart, and the main (index) chunk. Vite's build report says 128.9 kB for that chunk (1,000-byte kB).
 * Server rendering may not add more than `GROWTH_KB` to any of them.
 */
const BEFORE = { commit: '93ebeeb', firstViewKb: 126.7, indicatorWithChartKb: 244.9, indexChunkKb: 125.9 };
const GROWTH_KB = 10;

/** The JavaScript files a page's HTML loads before anything runs: its entry module, its preloads, and their imports. */
export function firstViewChunks(html: string, webDist: string): string[] {
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

/** Gzipped size of what the server-rendered page at `url` loads before it runs, in KB, and how many files. */
async function neededBeforeRunning(url: string, webDist: string): Promise<{ kb: number; files: number }> {
  const chunks = firstViewChunks(await (await fetch(url)).text(), webDist);
  const bytes = chunks.reduce((sum, file) => sum + gzipSize(readFileSync(path.join(webDist, file))), 0);
  return { kb: bytes / KB, files: chunks.length };
}

/** Gzipped size of every script Chromium fetched for `url` until `ready` held and the network was idle, in KB. */
async function fetchedInChromium(browser: Browser, url: string, ready: string): Promise<{ kb: number; files: number }> {
  const page = await browser.newPage();
  const scripts = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.set(
      response.url(),
      response.body().then((body) => gzipSize(body)),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(scripts.values());
  await page.close();
  return { kb: sizes.reduce((sum, size) => sum + size, 0) / KB, files: sizes.length };
}

/**
 * The weight of the dashboard's JavaScript, gzipped: what Chromium fetched to show and hydrate the overview; what
 * the overview's and an indicator's server-rendered HTML load before they run; what the indicator page has
 * fetched once its live chart is in; the main chunk and the largest. Against the figures before server rendering.
 */
export async function measureBundleWeight(
  browser: Browser,
  webDist: string,
  siteUrl: string,
  indicatorId: string,
): Promise<Figure[]> {
  const indicatorPath = `/indicators/${indicatorId}`;
  const overview = await fetchedInChromium(browser, `${siteUrl}/`, '[data-testid=indicator-card]');
  const indicator = await fetchedInChromium(browser, `${siteUrl}${indicatorPath}`, '[data-testid=chart] .recharts-wrapper');
  const overviewNeeds = await neededBeforeRunning(`${siteUrl}/`, webDist);
  const indicatorNeeds = await neededBeforeRunning(`${siteUrl}${indicatorPath}`, webDist);
  const assets = path.join(webDist, 'assets');
  const chunks = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, kb: gzipSize(readFileSync(path.join(assets, f))) / KB }))
    .sort((a, b) => b.kb - a.kb);
  const largest = chunks[0]!;
  const indexFile = /<script[^>]*type="module"[^>]*src="\/assets\/([^"]+)"/.exec(
    readFileSync(path.join(webDist, 'index.html'), 'utf8'),
  )?.[1];
  const index = chunks.find((c) => c.file === indexFile);
  if (!index) throw new Error(`the main chunk named by ${webDist}/index.html (${indexFile}) is not in assets/`);
  const group = 'Dashboard weight';
  const growth = { op: '<=' as const, value: GROWTH_KB };
  return [
    figure(
      group,
      'JavaScript of the first view (overview), measured in Chromium',
      overview.kb,
      'KB gzip',
      { op: '<=', value: 200 },
      `${files(overview.files)} fetched to show and hydrate /`,
    ),
    figure(
      group,
      `first view: growth since ${BEFORE.commit} (${BEFORE.firstViewKb} KB)`,
      overview.kb - BEFORE.firstViewKb,
      'KB gzip',
      growth,
    ),
    figure(
      group,
      'JavaScript the overview page loads before it runs (entry, preloads, their imports)',
      overviewNeeds.kb,
      'KB gzip',
      undefined,
      files(overviewNeeds.files),
    ),
    figure(
      group,
      `JavaScript ${indicatorPath} loads before it runs`,
      indicatorNeeds.kb,
      'KB gzip',
      undefined,
      `${files(indicatorNeeds.files)}: the page's chart is its HTML's SVG until the live chart's code loads`,
    ),
    figure(
      group,
      `JavaScript ${indicatorPath} has fetched once its live chart is in`,
      indicator.kb,
      'KB gzip',
      undefined,
      `${files(indicator.files)}, measured in Chromium`,
    ),
    figure(
      group,
      `${indicatorPath} with its live chart: growth since ${BEFORE.commit} (${BEFORE.indicatorWithChartKb} KB)`,
      indicator.kb - BEFORE.indicatorWithChartKb,
      'KB gzip',
      growth,
    ),
    figure(group, 'main chunk', index.kb, 'KB gzip', undefined, index.file),
    figure(
      group,
      `main chunk: growth since ${BEFORE.commit} (${BEFORE.indexChunkKb} KB)`,
      index.kb - BEFORE.indexChunkKb,
      'KB gzip',
      growth,
    ),
    figure(group, 'largest chunk', largest.kb, 'KB gzip', undefined, largest.file),
  ];
}
