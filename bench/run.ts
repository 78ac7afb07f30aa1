/**
 * `pnpm bench [--only render,api,web,lighthouse,scale] [--seconds 3]`: the server's first renders of pages, the
 * API and a cached page against a bare node:http server sending the same bytes, conditional requests, the
 * dashboard's weight, the first chart mark painted against a bare recharts page, LCP, FCP and CLS through
 * hydration, Lighthouse, and the server on 360,000 observations (with 1,000 distinct pages). Every figure with its
 * goal; printed as a table and written to bench/results.json. Ratios are against a baseline measured in the same
 * run, since absolute numbers on a shared 2-core machine are noisy.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '@bd/tests/browser';
import { startServer } from '@bd/tests/server';
import { measureThroughput } from './api/throughput.ts';
import { measureColdRender, measureFreshRenders } from './pages/first-render.ts';
import { REPO_ROOT } from './paths.ts';
import { measureScale } from './scale/scale.ts';
import { type Figure, figureTable } from './support/figures.ts';
import { releasedWebBuild } from './support/web-build.ts';
import { measureBundleWeight } from './web/bundle-weight.ts';
import { measureFirstChart } from './web/first-chart.ts';
import { measureLighthouse } from './web/lighthouse.ts';
import { measureWebVitals } from './web/web-vitals.ts';

const PARTS = ['render', 'api', 'web', 'lighthouse', 'scale'];
const { values } = parseArgs({ options: { only: { type: 'string' }, seconds: { type: 'string' } } });
const only = values.only?.split(',');
const unknown = only?.filter((part) => !PARTS.includes(part)) ?? [];
if (unknown.length > 0) throw new Error(`--only takes ${PARTS.join(', ')}; not ${unknown.join(', ')}`);
const wanted = (part: string) => only === undefined || only.includes(part);
const seconds = Number(values.seconds ?? 3);
const INDICATOR = 'partner_localities';
const INDICATOR_PAGE = `/indicators/${INDICATOR}`;

const figures: Figure[] = [];
const say = (text: string) => console.error(`[bench] ${text}`);
const started = performance.now();

// The release current names at the start, whatever a build started elsewhere during the run points it at.
const webDist = releasedWebBuild();
if (['render', 'api', 'web', 'lighthouse'].some(wanted)) await measureOnRealData(webDist);
if (wanted('scale')) {
  say('scale: generating 360,000 observations, starting the server on them, then 1,000 distinct pages');
  figures.push(...(await measureScale(webDist)));
}

/** Every part but the scale's, on one server started on the repository's data (the first page it renders is timed). */
async function measureOnRealData(webDist: string): Promise<void> {
  const server = await startServer({ webDist });
  say(`real server on ${server.url}, started in ${(server.startMs / 1000).toFixed(1)} s`);
  try {
    if (wanted('render')) {
      say('pages rendered on first request: cold, then addresses not yet cached');
      figures.push(...(await measureColdRender(server.url, INDICATOR_PAGE)));
      figures.push(...(await measureFreshRenders(server.url)));
    }
    if (wanted('api')) {
      say('API and a cached page against bare node:http');
      figures.push(
        ...(await measureThroughput(
          server.url,
          [
            { label: 'API', path: `/api/indicators/${INDICATOR}` },
            { label: 'API', path: '/api/observations.csv' },
            { label: 'Cached page', path: INDICATOR_PAGE },
            { label: 'Cached page', path: INDICATOR_PAGE, acceptEncoding: 'br' },
          ],
          seconds,
        )),
      );
    }
    if (wanted('web')) {
      const browser = await launchBrowser();
      try {
        say('dashboard weight');
        figures.push(...(await measureBundleWeight(browser, webDist, server.url, INDICATOR)));
        say('first chart mark painted');
        figures.push(...(await measureFirstChart(browser, server.url, INDICATOR)));
        say('FCP, LCP and CLS through hydration and the swap to the live chart');
        figures.push(...(await measureWebVitals(browser, server.url, ['/', INDICATOR_PAGE])));
      } finally {
        await browser.close();
      }
    }
    if (wanted('lighthouse')) {
      for (const p of ['/', INDICATOR_PAGE]) {
        say(`Lighthouse on ${p}, three runs`);
        figures.push(...(await measureLighthouse(`${server.url}${p}`)));
      }
    }
  } finally {
    await server.stop();
  }
}

const results = {
  ranAt: new Date().toISOString(),
  minutes: Number(((performance.now() - started) / 60_000).toFixed(1)),
  parts: only ?? PARTS,
  machine: {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  figures,
};
writeFileSync(path.join(REPO_ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(figureTable(figures));
const missed = figures.filter((f) => f.met === false);
console.log(missed.length === 0 ? '\nEvery goal met.' : `\n${missed.length} goal(s) missed.`);
say(`done in ${results.minutes} min`);
