import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from '../../tests/e2e/support/static-server.ts';
import { type Figure, figure, median } from '../support/figures.ts';
import { timeRequest } from '../support/http-get.ts';

const BARE_CHART = path.join(import.meta.dirname, '..', 'bare-chart');
/** A chart mark: the server's SVG and the live chart draw the same marks, as does the bare page. */
const MARK = '[data-testid=chart] [data-testid=chart-point]';

/** Builds the bare page (one recharts chart, nothing else) with `points` in it, into bare-chart/dist. */
export async function buildBareChart(points: { x: number; y: number }[]): Promise<string> {
  const outDir = path.join(BARE_CHART, 'dist');
  await build({
    root: BARE_CHART,
    logLevel: 'warn',
    plugins: [react()],
    define: { __POINTS__: JSON.stringify(points) },
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1024 },
  });
  return outDir;
}

/** When a page's first chart mark arrived and was painted, in ms from navigation start. */
interface MarkTiming {
  /** The mark is in the DOM: parsed from the HTML, or committed by React. */
  inDom: number;
  /** The first paint with the mark in it (see `timeToFirstMark`). */
  painted: number;
  /** Whether that paint is first contentful paint (the mark was in the DOM before it). */
  atFirstContentfulPaint: boolean;
  /** The requestAnimationFrame after the mark was in the DOM: the figure this bench reported before issue 11. */
  frameAfter: number;
}

interface MarkProbe {
  inDom?: number;
  frameAfter?: number;
  afterNextPaint?: number;
  fcp?: number;
}

/**
 * Opens `url` in a fresh context (nothing cached in the browser) and times its first chart mark. A
 * MutationObserver, installed before the page's own scripts, notes when the first mark is in the DOM. A mark in
 * the DOM before first contentful paint is painted in that paint (it is checked to be in the window), so its paint
 * time is FCP's, from the Paint Timing API; a mark that arrives later is painted in the next frame, timed as the
 * task after that frame's requestAnimationFrame (marked as such).
 */
async function timeToFirstMark(browser: Browser, url: string): Promise<MarkTiming> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript((selector: string) => {
      const probe: MarkProbe = {};
      (window as unknown as { markProbe: MarkProbe }).markProbe = probe;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntriesByName('first-contentful-paint')) probe.fcp = entry.startTime;
      }).observe({ type: 'paint', buffered: true });
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        probe.inDom = performance.now();
        requestAnimationFrame(() => {
          probe.frameAfter = performance.now();
          setTimeout(() => {
            probe.afterNextPaint = performance.now();
          });
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    }, MARK);
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => {
        const probe = (window as unknown as { markProbe: MarkProbe }).markProbe;
        return probe.fcp !== undefined && probe.afterNextPaint !== undefined && probe;
      },
      undefined,
      { timeout: 30_000 },
    );
    const probe = (await handle.jsonValue()) as Required<MarkProbe>;
    const inWindow = await page.evaluate((selector) => {
      const box = document.querySelector(selector)!.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
    }, MARK);
    if (!inWindow) throw new Error(`${url}: the first chart mark is outside the window, so its paint cannot be timed`);
    const atFirstContentfulPaint = probe.inDom <= probe.fcp;
    return {
      inDom: probe.inDom,
      painted: atFirstContentfulPaint ? probe.fcp : probe.afterNextPaint,
      atFirstContentfulPaint,
      frameAfter: probe.frameAfter,
    };
  } finally {
    await context.close();
  }
}

const howPainted = (timings: readonly MarkTiming[]) => {
  const atFcp = timings.filter((t) => t.atFirstContentfulPaint).length;
  return atFcp === timings.length
    ? 'painted with first contentful paint in every load'
    : `with FCP in ${atFcp} of ${timings.length} loads, after it in the others`;
};

/**
 * The first chart mark painted on `/indicators/<id>` of the dashboard against the bare page of the same points
 * (one recharts chart drawn in the browser), each opened `runs` times in a fresh context, alternately; medians.
 * The server's page cache is warmed first (one request), so the cached page is what is measured.
 */
export async function measureFirstChart(browser: Browser, siteUrl: string, indicatorId: string, runs = 7): Promise<Figure[]> {
  const detail = (await (await fetch(`${siteUrl}/api/indicators/${indicatorId}`)).json()) as {
    observations: { period_end: string; value: number }[];
  };
  const points = detail.observations.map((o) => ({ x: Date.parse(`${o.period_end}T00:00:00Z`), y: o.value }));
  const pageUrl = `${siteUrl}/indicators/${indicatorId}`;
  await timeRequest(pageUrl);
  const bareSite = await serveStatic(await buildBareChart(points));
  const dashboard: MarkTiming[] = [];
  const bare: MarkTiming[] = [];
  try {
    await timeToFirstMark(browser, pageUrl);
    await timeToFirstMark(browser, `${bareSite.url}/`);
    for (let run = 0; run < runs; run++) {
      dashboard.push(await timeToFirstMark(browser, pageUrl));
      bare.push(await timeToFirstMark(browser, `${bareSite.url}/`));
    }
  } finally {
    await bareSite.close();
  }
  const of = (timings: readonly MarkTiming[], key: 'inDom' | 'painted' | 'frameAfter') => median(timings.map((t) => t[key]));
  const [ours, baseline] = [of(dashboard, 'painted'), of(bare, 'painted')];
  const group = 'First chart mark painted';
  const earlier = 'First chart, as measured before issue 11 (frame after the mark is in the DOM)';
  return [
    figure(
      group,
      `dashboard /indicators/${indicatorId}, server-rendered`,
      ours,
      'ms',
      undefined,
      `median of ${runs}, navigation to paint, headless Chromium, fresh context; page cache warmed by one request; ${howPainted(dashboard)}`,
    ),
    figure(
      group,
      'bare page, one recharts chart of the same points drawn in the browser',
      baseline,
      'ms',
      undefined,
      `median of ${runs}, taken in turn; ${howPainted(bare)}`,
    ),
    figure(group, 'ratio, dashboard / bare page', ours / baseline, '', { op: '<=', value: 0.6 }),
    figure(group, 'dashboard: first mark in the DOM (parsed from the HTML)', of(dashboard, 'inDom'), 'ms'),
    figure(group, 'bare page: first mark in the DOM (committed by React)', of(bare, 'inDom'), 'ms'),
    figure(
      earlier,
      'ratio, dashboard / bare page',
      of(dashboard, 'frameAfter') / of(bare, 'frameAfter'),
      '',
      undefined,
      `${of(dashboard, 'frameAfter').toFixed(0)} / ${of(bare, 'frameAfter').toFixed(0)} ms; kept to compare with earlier runs only: a requestAnimationFrame runs before its frame's style, layout and paint, and the server-rendered page's first layout is the whole page, so it is no longer close to the paint`,
    ),
  ];
}
