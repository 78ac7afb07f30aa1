import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from '../../tests/e2e/support/static-server.ts';
import { type Figure, figure, median } from '../support/figures.ts';

const BARE_CHART = path.join(import.meta.dirname, '..', 'bare-chart');
const MARKS = '[data-testid=chart] [data-testid=chart-point]';

/** Builds the bare page (one recharts chart, nothing else) with `points` in it, into bare-chart/dist. */
export async function buildBareChart(points: { x: number; y: number }[]): Promise<string> {
  const outDir = path.join(BARE_CHART, 'dist');
  await build({
    root: BARE_CHART,
    logLevel: 'warn',
    plugins: [react()],
    define: { __POINTS__: JSON.stringify(points) },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}

/**
 * Milliseconds from navigation start to the frame after the first chart mark is in the page: a MutationObserver
 * installed before any script of the page notes the mark, and a requestAnimationFrame the frame it is painted in.
 */
async function timeToFirstMark(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript((selector: string) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        (window as unknown as { firstMark: number }).firstMark = performance.now();
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  }, MARKS);
  await page.goto(url);
  const handle = await page.waitForFunction(() => (window as unknown as { firstMark?: number }).firstMark, undefined, {
    timeout: 30_000,
  });
  const ms = Number(await handle.jsonValue());
  await context.close();
  return ms;
}

/**
 * Time to the first chart on `/indicators/<id>` of the dashboard against the bare page of the same points, each
 * opened `runs` times in a fresh context (no cache), alternately; medians.
 */
export async function measureFirstChart(browser: Browser, siteUrl: string, indicatorId: string, runs = 7): Promise<Figure[]> {
  const detail = (await (await fetch(`${siteUrl}/api/indicators/${indicatorId}`)).json()) as {
    observations: { period_end: string; value: number }[];
  };
  const points = detail.observations.map((o) => ({ x: Date.parse(`${o.period_end}T00:00:00Z`), y: o.value }));
  const bareSite = await serveStatic(await buildBareChart(points));
  const dashboard: number[] = [];
  const bare: number[] = [];
  try {
    await timeToFirstMark(browser, `${siteUrl}/indicators/${indicatorId}`);
    await timeToFirstMark(browser, `${bareSite.url}/`);
    for (let run = 0; run < runs; run++) {
      dashboard.push(await timeToFirstMark(browser, `${siteUrl}/indicators/${indicatorId}`));
      bare.push(await timeToFirstMark(browser, `${bareSite.url}/`));
    }
  } finally {
    await bareSite.close();
  }
  const [ours, baseline] = [median(dashboard), median(bare)];
  return [
    figure(
      'First chart',
      `dashboard /indicators/${indicatorId}`,
      ours,
      'ms',
      undefined,
      `median of ${runs}, headless Chromium, no cache`,
    ),
    figure('First chart', 'bare page, one recharts chart of the same points', baseline, 'ms', undefined, `median of ${runs}`),
    figure('First chart', 'ratio, dashboard / bare page', ours / baseline, '', { op: '<=', value: 1.3 }),
  ];
}
