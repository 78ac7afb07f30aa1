import type { RunningServer } from '@bd/tests/server';
import { memoryOf } from '@bd/tests/server';
import { type Figure, figure, median, percentile } from '../support/figures.ts';
import { timedGet } from '../support/http-get.ts';

/** The shape of the scale data set the addresses are made from. */
interface Shape {
  entities: number;
  indicators: number;
}

const PAGES = 1000;
const SAMPLE_EVERY = 250;
/** Requests in flight at once: two readers, so the renderer's main thread and its chart worker both have work. */
const IN_FLIGHT = 2;
const MB = 2 ** 20;

/**
 * The `i`th of the distinct page addresses: an indicator's page for one province. Indicator after indicator, and
 * after each round of them the province 31 further on (31 is prime to 100), so no address repeats within 3,000
 * and the pages spread over the provinces.
 */
export function pageAddress(i: number, shape: Shape): string {
  const indicator = `scale_indicator_${String((i % shape.indicators) + 1).padStart(2, '0')}`;
  const round = Math.floor(i / shape.indicators);
  const province = `province-${String(((round * 31) % shape.entities) + 1).padStart(3, '0')}`;
  return `/indicators/${indicator}?entity=${province}`;
}

interface Sample {
  pages: number;
  rssMb: number;
}

/**
 * The server's resident memory while it renders 1,000 pages it has never rendered (each with its chart), two at a
 * time, sampled every 250 pages. The page cache is bounded (500 pages, 48 MB), so once it is full it drops a page
 * for each it keeps, and memory must level off: the second 500 pages may add at most a quarter of what the first
 * 500 did. (RSS moves by tens of MB with the collectors' timing, the chart worker's included, so a bar of a few
 * pages' bytes would fail on noise; `node --trace-gc` on the server is the way to see the live heaps themselves.)
 */
export async function measurePageMemory(server: RunningServer, shape: Shape, group: string): Promise<Figure[]> {
  const addresses = Array.from({ length: PAGES }, (_, i) => pageAddress(i, shape));
  if (new Set(addresses).size !== PAGES) throw new Error('the page addresses of the memory measure repeat');
  const samples: Sample[] = [{ pages: 0, rssMb: memoryOf(server.pid).rssMb }];
  const times: number[] = [];
  const bytes: number[] = [];
  let next = 0;
  const started = performance.now();
  const reader = async () => {
    while (next < PAGES) {
      const address = addresses[next++]!;
      const answer = await timedGet(`${server.url}${address}`);
      times.push(answer.ms);
      bytes.push(answer.bytes);
      if (times.length % SAMPLE_EVERY === 0) samples.push({ pages: times.length, rssMb: memoryOf(server.pid).rssMb });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, reader));
  const seconds = (performance.now() - started) / 1000;
  const at = (pages: number) => samples.find((s) => s.pages === pages)!.rssMb;
  const lastQuarterHtmlMb = bytes.slice(-SAMPLE_EVERY).reduce((sum, b) => sum + b, 0) / MB;
  const steps = samples.slice(1).map((s, i) => `+${(s.rssMb - samples[i]!.rssMb).toFixed(0)}`);
  return [
    ...samples.map((s) =>
      figure(
        group,
        s.pages === 0 ? 'server memory (RSS) before the distinct pages' : `server memory (RSS) after ${s.pages} distinct pages`,
        s.rssMb,
        'MB',
        undefined,
        s.pages === 0 ? `then ${PAGES} addresses such as ${addresses[0]}, each rendered once, ${IN_FLIGHT} at a time` : undefined,
      ),
    ),
    figure(
      group,
      `memory growth over pages ${PAGES / 2 + 1}–${PAGES}, as a share of the growth over pages 1–${PAGES / 2}`,
      (at(PAGES) - at(PAGES / 2)) / (at(PAGES / 2) - at(0)),
      '',
      { op: '<=', value: 0.25 },
      `MB per 250 pages: ${steps.join(', ')}; keeping the last 250 pages would take ≥ ${lastQuarterHtmlMb.toFixed(0)} MB (their HTML alone); peak RSS ${memoryOf(server.pid).peakMb.toFixed(0)} MB`,
    ),
    figure(
      group,
      'page not yet cached: time to its last byte',
      median(times),
      'ms',
      undefined,
      `median of ${PAGES}, ${IN_FLIGHT} in flight; p95 ${percentile(times, 0.95).toFixed(0)} ms; ${(PAGES / seconds).toFixed(1)} pages/s, ${seconds.toFixed(0)} s for all; ${(median(bytes) / 1024).toFixed(0)} KB a page`,
    ),
  ];
}
