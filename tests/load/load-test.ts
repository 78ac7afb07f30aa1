/**
 * `pnpm test:load`: a bounded load test on loopback. Starts the server as `pnpm start` does, warms it up, then
 * sends 30 s of requests over 100 connections across the JSON and CSV endpoints with autocannon, and reports
 * requests, errors, timeouts, latency and the server's resident memory before and after. Passes (exit 0) when
 * nothing failed or timed out and memory after is within 10% of before. Not part of `pnpm test`: it measures
 * this machine, and tests never assert durations.
 *
 * LOAD_DURATION (seconds, default 30) and LOAD_CONNECTIONS (default 100) change the run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { artifactsDir } from '../e2e/support/browser.ts';
import { memoryOf, startServer } from '../e2e/support/server.ts';

const DURATION_S = Number(process.env.LOAD_DURATION ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const WARM_UP_S = 5;
/** How long the server is left idle before its memory is read, for the garbage collector to catch up. */
const SETTLE_MS = 5000;
const MEMORY_TOLERANCE = 0.1;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const residentMb = (pid: number) => memoryOf(pid).rssMb;

/** The request mix: every kind of JSON answer, and CSV downloads whole, with a BOM and filtered. */
async function requestMix(base: string): Promise<{ method: 'GET'; path: string }[]> {
  const { indicators } = (await (await fetch(`${base}/api/indicators`)).json()) as { indicators: { id: string }[] };
  const [first, second] = indicators.map((i) => i.id);
  const paths = [
    '/api/health',
    '/api/indicators',
    `/api/indicators/${first}`,
    `/api/indicators/${second ?? first}`,
    '/api/observations',
    `/api/observations?indicator=${first}&from=2020`,
    '/api/sources',
    '/api/events',
    '/api/observations.csv',
    '/api/observations.csv?bom=1',
    `/api/observations.csv?indicator=${first}&from=2019`,
    '/api/events.csv',
  ];
  return paths.map((requestPath) => ({ method: 'GET', path: requestPath }));
}

function run(base: string, duration: number, requests: autocannon.Request[]) {
  return autocannon({ url: base, connections: CONNECTIONS, duration, requests, timeout: 10 });
}

const server = await startServer();
try {
  const { pid } = server;
  const requests = await requestMix(server.url);
  await pause(SETTLE_MS);
  const idleMb = residentMb(pid);

  console.log(`Warming up: ${WARM_UP_S} s at ${CONNECTIONS} connections`);
  await run(server.url, WARM_UP_S, requests);
  await pause(SETTLE_MS);
  const beforeMb = residentMb(pid);

  console.log(`Load: ${DURATION_S} s at ${CONNECTIONS} connections over ${requests.length} endpoints`);
  const result = await run(server.url, DURATION_S, requests);
  await pause(SETTLE_MS);
  const afterMb = residentMb(pid);

  const growth = (afterMb - beforeMb) / beforeMb;
  const failures = result.errors + result.timeouts + result.non2xx;
  const passed = failures === 0 && growth <= MEMORY_TOLERANCE;
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    duration_s: DURATION_S,
    connections: CONNECTIONS,
    endpoints: requests.map((r) => r.path),
    requests: result.requests.total,
    requests_per_s: Math.round(result.requests.average),
    errors: result.errors,
    timeouts: result.timeouts,
    non_2xx: result.non2xx,
    latency_ms: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    megabytes_sent: Math.round(result.throughput.total / 1e6),
    rss_mb: { idle: round(idleMb), before: round(beforeMb), after: round(afterMb), growth_percent: round(growth * 100) },
    passed,
  };
  const file = path.join(artifactsDir, 'load-report.json');
  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

  console.log(`
Requests      ${report.requests} (${report.requests_per_s}/s), ${report.megabytes_sent} MB
Errors        ${report.errors}   timeouts ${report.timeouts}   non-2xx ${report.non_2xx}
Latency       p50 ${report.latency_ms.p50} ms   p99 ${report.latency_ms.p99} ms   max ${report.latency_ms.max} ms
Server RSS    idle ${report.rss_mb.idle} MB, before ${report.rss_mb.before} MB, after ${report.rss_mb.after} MB (${report.rss_mb.growth_percent >= 0 ? '+' : ''}${report.rss_mb.growth_percent}%)
Verdict       ${passed ? 'PASS' : 'FAIL'}: ${failures} failed requests (0 allowed), memory after within ${MEMORY_TOLERANCE * 100}% of before
Report        ${path.relative(process.cwd(), file)}`);
  process.exitCode = passed ? 0 : 1;
} finally {
  await server.stop();
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
