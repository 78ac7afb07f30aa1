import type { Browser, BrowserContextOptions } from 'playwright-core';
import { type Figure, figure, median } from '../support/figures.ts';
import { timeRequest } from '../support/http-get.ts';

/** What the page's observers saw, in ms from navigation start. */
interface VitalsProbe {
  fcp?: number;
  lcp?: { at: number; element: string };
  shifts: { at: number; value: number }[];
  /** When the live recharts chart first was in the DOM. */
  liveChartAt?: number;
}

/** One load: its paints, its layout shift, and what its largest paint was. */
interface Vitals {
  fcp: number;
  lcp: number;
  lcpElement: string;
  cls: number;
  liveChartAt: number | undefined;
}

/** The windows a page is looked at through: the bench's desktop and Lighthouse's phone (without its throttling). */
const VIEWPORTS: { name: string; options: BrowserContextOptions }[] = [
  { name: 'desktop 1280×900', options: { viewport: { width: 1280, height: 900 } } },
  {
    name: 'phone 412×823',
    options: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  },
];

/**
 * Installed before the page's scripts: Paint Timing, LCP and Layout Instability observers, and the live chart.
 * Its source is sent to the page as it is, so it defines no named functions (tsx would wrap them in a helper the
 * page does not have).
 */
function observeVitals() {
  const probe: VitalsProbe = { shifts: [] };
  (window as unknown as { vitals: VitalsProbe }).vitals = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntriesByName('first-contentful-paint')) probe.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) {
      const element = entry.element;
      const name = element ? `${element.tagName.toLowerCase()}${element.classList[0] ? `.${element.classList[0]}` : ''}` : '';
      probe.lcp = { at: entry.startTime, element: name || '(removed)' };
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) probe.shifts.push({ at: entry.startTime, value: entry.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.recharts-wrapper')) return;
    observer.disconnect();
    probe.liveChartAt = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * True once the page is hydrated (React has taken over its last element) and every server-drawn plot has been
 * replaced by the live chart (no `.chart-plot` SVG left, a recharts wrapper in its place).
 */
function settled(): boolean {
  const last = document.querySelector('#root')?.lastElementChild?.lastElementChild;
  const hydrated = last !== null && last !== undefined && Object.keys(last).some((key) => key.startsWith('__reactFiber$'));
  const charts = document.querySelectorAll('[data-testid=chart]').length;
  const swapped = document.querySelector('.chart-plot svg') === null;
  return hydrated && swapped && document.querySelectorAll('.recharts-wrapper').length >= charts;
}

/** Cumulative Layout Shift as Chromium reports it: the largest session window (gaps < 1 s, at most 5 s long). */
export function cumulativeLayoutShift(shifts: readonly { at: number; value: number }[]): number {
  let largest = 0;
  let window = 0;
  let windowStart = Number.NEGATIVE_INFINITY;
  let previous = Number.NEGATIVE_INFINITY;
  for (const shift of shifts) {
    if (shift.at - previous >= 1000 || shift.at - windowStart >= 5000) {
      window = 0;
      windowStart = shift.at;
    }
    window += shift.value;
    previous = shift.at;
    largest = Math.max(largest, window);
  }
  return largest;
}

/** One load of `url` in a fresh context, observed until it has settled and a second more has passed. */
async function loadVitals(browser: Browser, url: string, options: BrowserContextOptions): Promise<Vitals> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    await page.addInitScript(observeVitals);
    await page.goto(url);
    await page.waitForFunction(settled, undefined, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const probe = await page.evaluate(() => (window as unknown as { vitals: VitalsProbe }).vitals);
    if (probe.fcp === undefined || probe.lcp === undefined) throw new Error(`${url}: no FCP or LCP entry`);
    return {
      fcp: probe.fcp,
      lcp: probe.lcp.at,
      lcpElement: probe.lcp.element,
      cls: cumulativeLayoutShift(probe.shifts),
      liveChartAt: probe.liveChartAt,
    };
  } finally {
    await context.close();
  }
}

const mostCommon = (values: readonly string[]) =>
  [...new Set(values)].sort((a, b) => values.filter((v) => v === b).length - values.filter((v) => v === a).length)[0]!;

/**
 * FCP, LCP and CLS of each address (path), in Chromium, through hydration and the swap to the live chart: each page
 * opened `runs` times in a fresh context per window size, observed until it is hydrated, its charts are live and
 * the network has been idle, then a second more. The server's page cache is warmed first.
 */
export async function measureWebVitals(browser: Browser, siteUrl: string, paths: readonly string[], runs = 5): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const p of paths) {
    await timeRequest(`${siteUrl}${p}`);
    for (const viewport of VIEWPORTS) {
      const loads: Vitals[] = [];
      for (let run = 0; run < runs; run++) loads.push(await loadVitals(browser, `${siteUrl}${p}`, viewport.options));
      const group = `Web vitals ${p}, ${viewport.name}`;
      const swaps = loads.flatMap((l) => (l.liveChartAt === undefined ? [] : [l.liveChartAt]));
      const swapNote = swaps.length > 0 ? `; the live chart replaced the server's SVG at ${median(swaps).toFixed(0)} ms` : '';
      figures.push(
        figure(group, 'first contentful paint', median(loads.map((l) => l.fcp)), 'ms', undefined, `median of ${runs}`),
        figure(
          group,
          'largest contentful paint',
          median(loads.map((l) => l.lcp)),
          'ms',
          undefined,
          `median of ${runs}; largest: ${mostCommon(loads.map((l) => l.lcpElement))}`,
        ),
        figure(group, 'LCP − FCP', median(loads.map((l) => l.lcp - l.fcp)), 'ms', undefined, `median of ${runs}`),
        figure(
          group,
          'cumulative layout shift, through hydration and the swap',
          Math.max(...loads.map((l) => l.cls)),
          '',
          undefined,
          `the largest of ${runs} loads (Web Vitals call ≤ 0.1 good)${swapNote}`,
        ),
      );
    }
  }
  return figures;
}
