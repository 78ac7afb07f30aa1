import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export { freePort };

export interface RunningServer {
  url: string;
  port: number;
  /** The serving process itself (main.ts prints it), not pnpm's or tsx's. */
  pid: number;
  /** From spawning the server command to the first 200 from /api/health. */
  startMs: number;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  dataDir?: string;
  webDist?: string;
  port?: number;
  /** How long start-up may take; 60 s by default (360,000 observations need more). */
  timeoutMs?: number;
  /** More environment for the server (e.g. DATA_SNAPSHOT_DIR). */
  env?: Record<string, string>;
  /** The checkout to start the server from: this repository by default. */
  root?: string;
  /**
   * Started as a supervisor does (deploy/dashboard.service, deploy/Dockerfile): node itself in apps/api, with no
   * package manager in between, rather than as `pnpm start` does.
   */
  supervised?: boolean;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether any process of the group `group` leads is still running (signal 0 asks without signalling). */
function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the API and dashboard the way `pnpm start` does after its build step (`pnpm --filter @bd/api start`),
 * on 127.0.0.1 and a free port, and waits until /api/health answers. The web app must already be built.
 * Used by the end-to-end tests, the load test and the benchmark.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  let log = '';
  const started = performance.now();
  const root = options.root ?? repoRoot;
  const [command, args, cwd]: [string, string[], string] = options.supervised
    ? ['node', ['--import', 'tsx', 'src/main.ts'], path.join(root, 'apps/api')]
    : ['pnpm', ['--silent', '--filter', '@bd/api', 'start'], root];
  const child = spawn(command, args, {
    cwd,
    env: {
      // This harness keeps everything the server prints, for the error when it fails: a line per request would make
      // that grow through a load test. ACCESS_LOG=1 in the environment, or in `env`, measures with it.
      ACCESS_LOG: '0',
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
      ...(options.webDist ? { WEB_DIST: options.webDist } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (chunk) => {
    log += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    log += chunk;
  });
  // pnpm exits as soon as it is signalled, while the server it started may still be finishing the requests of open
  // keep-alive connections: stopped means every process of the group is gone, so no browser connection still answers.
  const stop = async () => {
    const group = child.pid;
    if (group === undefined || !groupAlive(group)) return;
    try {
      process.kill(-group, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => groupAlive(group) && process.kill(-group, 'SIGKILL'), 5000);
    // Bounded, in case a gone process lingers unreaped (a zombie still counts as alive to signal 0).
    for (const until = Date.now() + 10_000; groupAlive(group) && Date.now() < until; ) await pause(20);
    clearTimeout(timer);
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let startMs = Number.NaN;
  while (Number.isNaN(startMs) && Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) startMs = performance.now() - started;
    } catch {
      // not listening yet
    }
    if (Number.isNaN(startMs)) await pause(20);
  }
  while (!/kill -HUP \d+/.test(log) && Date.now() < deadline) await pause(20);
  const pid = Number(/kill -HUP (\d+)/.exec(log)?.[1]);
  if (Number.isNaN(startMs) || !pid) {
    await stop();
    throw new Error(`the server did not answer /api/health on ${url} in time:\n${log}`);
  }
  return { url, port, pid, startMs, process: child, output: () => log, stop };
}

/** Resident memory of a process now and the most it has had (VmHWM), in MB, from /proc (Linux). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}
