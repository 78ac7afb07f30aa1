import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from '@bd/tests/browser';
import { type Figure, figure, median } from '../support/figures.ts';
import { timeRequest } from '../support/http-get.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    {
      score: number | null;
      numericValue?: number;
      scoreDisplayMode: string;
      details?: { items?: { url?: string; duration?: number }[] };
    }
  >;
}

/** One run of Lighthouse's own CLI on `url`, with its default (mobile, simulated throttling) settings. */
function runLighthouse(url: string): Report {
  const cli = path.join(import.meta.dirname, '..', 'node_modules', '.bin', 'lighthouse');
  const run = spawnSync(
    cli,
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new LighthouseError(`lighthouse failed (${run.status}) on ${url}: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout) as Report;
}

class LighthouseError extends Error {
  override name = 'LighthouseError';
}

/** Lighthouse gives up on some loads with a runtime error (NO_NAVSTART, a trace it could not read): run it again. */
const ATTEMPTS = 3;

function runLighthouseAgainOnError(url: string, errors: string[]): Report {
  for (let attempt = 1; ; attempt++) {
    try {
      return runLighthouse(url);
    } catch (error) {
      if (!(error instanceof LighthouseError) || attempt === ATTEMPTS) throw error;
      errors.push(/\(([A-Z_]+)\)/.exec(error.message)?.[1] ?? 'runtime error');
    }
  }
}

/** The longest main-thread tasks of a run, with the script each is attributed to: where the blocking time goes. */
function longestTasks(report: Report, count = 3): string {
  const tasks = [...(report.audits['long-tasks']?.details?.items ?? [])].sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0));
  const script = (url: string | undefined) =>
    url ? url.split('/').at(-1) || `the page ${new URL(url).pathname}` : 'unattributed';
  return tasks
    .slice(0, count)
    .map((t) => `${(t.duration ?? 0).toFixed(0)} ms ${script(t.url)}`)
    .join(', ');
}

const scoreOf = (report: Report, category: string) => report.categories[category]?.score ?? 0;
const metric = (report: Report, audit: string) => report.audits[audit]?.numericValue ?? Number.NaN;

/**
 * Lighthouse on `url`, `runs` times (the server's page cache warmed first): performance as the median score, the
 * other three categories and the metrics from the run with that median score, total blocking time beside it as the
 * median of the runs.
 */
export async function measureLighthouse(url: string, runs = 3): Promise<Figure[]> {
  await timeRequest(url);
  const reports: Report[] = [];
  const errors: string[] = [];
  for (let run = 0; run < runs; run++) reports.push(runLighthouseAgainOnError(url, errors));
  const rerun = errors.length > 0 ? `; ${errors.length} load(s) run again after Lighthouse's ${errors.join(', ')}` : '';
  const byPerformance = [...reports].sort((a, b) => scoreOf(a, 'performance') - scoreOf(b, 'performance'));
  const middle = byPerformance[Math.floor(runs / 2)]!;
  const performances = reports.map((r) => scoreOf(r, 'performance'));
  const failing = Object.entries(middle.audits)
    .filter(([, a]) => a.score !== null && a.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
    .map(([id]) => id);
  const ms = (audit: string) => `${metric(middle, audit).toFixed(0)} ms`;
  const group = `Lighthouse ${new URL(url).pathname}`;
  return [
    ...CATEGORIES.map((category) =>
      figure(
        group,
        category,
        category === 'performance' ? median(performances) : scoreOf(middle, category),
        '',
        { op: '>=', value: category === 'performance' ? 0.98 : 1 },
        category === 'performance'
          ? `median of ${runs} (${performances.join(', ')}), mobile defaults${rerun}; FCP ${ms('first-contentful-paint')}, LCP ${ms('largest-contentful-paint')}, CLS ${metric(middle, 'cumulative-layout-shift').toFixed(3)}${failing.length > 0 ? `; audits below 0.9: ${failing.join(', ')}` : ''}`
          : undefined,
      ),
    ),
    figure(
      group,
      'total blocking time',
      median(reports.map((r) => metric(r, 'total-blocking-time'))),
      'ms',
      undefined,
      `median of ${runs} (${reports.map((r) => metric(r, 'total-blocking-time').toFixed(0)).join(', ')} ms), simulated throttling; longest tasks of the median run: ${longestTasks(middle) || 'none'}`,
    ),
  ];
}
