import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { type Figure, figure, median } from '../support/figures.ts';
import type { CapturedAnswer } from './bare-server.ts';

/** Headers that belong to the connection, not to the answer. */
const CONNECTION_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** One address to load, asked as the load generator asks for it: with `acceptEncoding`, or with no such header. */
export interface LoadTarget {
  /** What it is, for the table: "API", "Cached page". */
  label: string;
  path: string;
  acceptEncoding?: string;
}

const requestHeaders = (target: LoadTarget): Record<string, string> =>
  target.acceptEncoding ? { 'accept-encoding': target.acceptEncoding } : {};

/**
 * What the real server sends for `target`, asked with the headers the load will send: status, headers and the
 * bytes as they came over the wire (not decoded), for the bare server to send again.
 */
function capture(baseUrl: string, target: LoadTarget): Promise<CapturedAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(`${baseUrl}${target.path}`, { headers: requestHeaders(target) }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (!CONNECTION_HEADERS.has(name) && value !== undefined) headers[name] = String(value);
          }
          resolve({
            path: target.path,
            acceptEncoding: target.acceptEncoding ?? '',
            status: res.statusCode ?? 0,
            headers,
            bodyBase64: Buffer.concat(chunks).toString('base64'),
          });
        });
      })
      .on('error', reject);
  });
}

/** Starts the bare server in its own process on the captured answers; resolves with its URL and a stop. */
async function startBareServer(answers: CapturedAnswer[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bd-bench-'));
  const file = path.join(dir, 'answers.json');
  writeFileSync(file, JSON.stringify(answers));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'bare-server.ts'), file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bare server exited with ${code}`)));
    child.stdout?.once('data', (data) => resolve(String(data).trim()));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Load {
  requestsPerSecond: number;
  p99Ms: number;
  notModified: number;
  total: number;
}

/** Loads of each server, taken in turn, so that a burst of other work on the machine falls on both alike. */
const ROUNDS = 3;

function medianLoad(loads: readonly Load[]): Load {
  return {
    requestsPerSecond: median(loads.map((l) => l.requestsPerSecond)),
    p99Ms: median(loads.map((l) => l.p99Ms)),
    notModified: median(loads.map((l) => l.notModified)),
    total: median(loads.map((l) => l.total)),
  };
}

/** A fixed load on one URL: 10 connections for `seconds`, after a one-second warm-up. */
async function load(url: string, seconds: number, headers: Record<string, string> = {}): Promise<Load> {
  await autocannon({ url, connections: 10, duration: 1, headers });
  const result = await autocannon({ url, connections: 10, duration: seconds, headers });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    notModified: result['3xx'],
    total: result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'],
  };
}

function groupOf(target: LoadTarget): string {
  return `${target.label} ${target.path}${target.acceptEncoding ? ` (Accept-Encoding: ${target.acceptEncoding})` : ''}`;
}

/**
 * The real server against the Node.js limit: each target loaded on the real server and on a bare node:http server
 * sending the same bytes and headers (captured from the real server, asked as the load asks), one after the other
 * in the same run. Then the share of 304s when clients send the first target's ETag back.
 */
export async function measureThroughput(realUrl: string, targets: readonly LoadTarget[], seconds = 3): Promise<Figure[]> {
  const answers: CapturedAnswer[] = [];
  for (const target of targets) answers.push(await capture(realUrl, target));
  const bare = await startBareServer(answers);
  const figures: Figure[] = [];
  try {
    for (const [i, target] of targets.entries()) {
      const headers = requestHeaders(target);
      const rounds: { real: Load; bare: Load }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        rounds.push({
          real: await load(`${realUrl}${target.path}`, seconds, headers),
          bare: await load(`${bare.url}${target.path}`, seconds, headers),
        });
      }
      const real = medianLoad(rounds.map((r) => r.real));
      const limit = medianLoad(rounds.map((r) => r.bare));
      const group = groupOf(target);
      const bytes = Buffer.from(answers[i]!.bodyBase64, 'base64').length;
      figures.push(
        figure(
          group,
          'real server',
          real.requestsPerSecond,
          'req/s',
          undefined,
          `median of ${ROUNDS} runs of ${seconds} s, 10 connections; ${bytes.toLocaleString('en-US')} bytes a response`,
        ),
        figure(
          group,
          'bare node:http, same bytes and headers',
          limit.requestsPerSecond,
          'req/s',
          undefined,
          `median of ${ROUNDS}, taken in turn`,
        ),
        figure(group, 'p99 latency, real server', real.p99Ms, 'ms'),
        figure(group, 'p99 latency, bare node:http', limit.p99Ms, 'ms'),
        figure(group, 'ratio of req/s, real / bare', real.requestsPerSecond / limit.requestsPerSecond, '', {
          op: '>=',
          value: 0.8,
        }),
      );
    }
    const first = answers[0]!;
    const revalidated = await load(`${realUrl}${first.path}`, seconds, { 'If-None-Match': first.headers.etag ?? '' });
    figures.push(
      figure(
        groupOf(targets[0]!),
        'share of 304 Not Modified when the ETag is sent back',
        revalidated.notModified / revalidated.total,
        '',
        { op: '>=', value: 1 },
      ),
    );
  } finally {
    bare.stop();
  }
  return figures;
}
