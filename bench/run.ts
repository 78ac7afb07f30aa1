/**
 * `pnpm bench`: the API against a bare node:http server sending the same bytes, conditional requests, the
 * dashboard's weight, time to first chart against a bare recharts page, Lighthouse, and the server on 360,000
 * observations. Every figure with its goal; printed as a table and written to bench/results.json. Ratios are
 * against a baseline measured in the same run, since absolute numbers on a shared 2-core machine are noisy.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '@bd/tests/browser';
import { startServer } from '@bd/tests/server';
import { measureThroughput } from './api/throughput.ts';
import { REPO_ROOT } from './paths.ts';
import { measureScale } from './scale/scale.ts';
import { type Figure, figureTable } from './support/figures.ts';
import { measureBundleWeight } from './web/bundle-weight.ts';
import { measureFirstChart } from './web/first-chart.ts';
import { measureLighthouse } from './web/lighthouse.ts';

const { values } = parseArgs({ options: { only: { type: 'string' }, seconds: { type: 'string' } } });
const only = values.only?.split(',');
const wanted = (part: string) => only === undefined || only.includes(part);
const seconds = Number(values.seconds ?? 3);
const WEB_DIST = path.join(REPO_ROOT, 'apps/web/dist');

const figures: Figure[] = [];
const say = (text: string) => console.error(`[bench] ${text}`);

const server = await startServer();
say(`real server on ${server.url}, started in ${(server.startMs / 1000).toFixed(1)} s`);
try {
  if (wanted('api')) {
    say('API throughput against bare node:http');
    figures.push(
      ...(await measureThroughput(server.url, ['/api/indicators/partner_localities', '/api/observations.csv'], seconds)),
    );
  }
  if (wanted('web')) {
    const browser = await launchBrowser();
    try {
      say('dashboard weight');
      figures.push(...(await measureBundleWeight(browser, WEB_DIST, server.url)));
      say('time to first chart');
      figures.push(...(await measureFirstChart(browser, server.url, 'partner_localities')));
    } finally {
      await browser.close();
    }
  }
  if (wanted('lighthouse')) {
    say('Lighthouse on /');
    figures.push(...measureLighthouse(`${server.url}/`));
  }
} finally {
  await server.stop();
}
if (wanted('scale')) {
  say('scale: generating 360,000 observations and starting the server on them');
  figures.push(...(await measureScale()));
}

const results = {
  ranAt: new Date().toISOString(),
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
