import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from '@bd/tests/browser';
import { type Figure, figure } from '../support/figures.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse's four category scores for `url`, with its default (mobile) settings, run by its own CLI. */
export function measureLighthouse(url: string): Figure[] {
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
  if (run.status !== 0) throw new Error(`lighthouse failed (${run.status}): ${run.stderr}`);
  const report = JSON.parse(run.stdout) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
  };
  const failing = Object.entries(report.audits)
    .filter(([, a]) => a.score !== null && a.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
    .map(([id]) => id);
  return CATEGORIES.map((category) =>
    figure(
      'Lighthouse /',
      category,
      report.categories[category]?.score ?? 0,
      '',
      { op: '>=', value: category === 'performance' ? 0.95 : 1 },
      category === 'performance' && failing.length > 0 ? `audits below 0.9: ${failing.join(', ')}` : undefined,
    ),
  );
}
