import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { REPO_ROOT } from '../paths.ts';

/** A free loopback port, found by letting the OS pick one. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RealServer {
  url: string;
  /** The server's own process (main.ts prints it), not pnpm's or tsx's. */
  pid: number;
  /** From spawning `pnpm start`'s server command to the first 200 from /api/health. */
  startMs: number;
  output: () => string;
  stop: () => Promise<void>;
}

/** Resident memory of a process now, and the most it has had (VmHWM), in MB. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/**
 * Starts the API and dashboard the way `pnpm start` does after its build step (`pnpm --filter @bd/api start`), on
 * 127.0.0.1 and a free port, and times it until /api/health answers.
 */
export async function startRealServer(
  options: { dataDir?: string; webDist?: string; timeoutMs?: number } = {},
): Promise<RealServer> {
  const port = await freePort();
  let log = '';
  const started = performance.now();
  const child: ChildProcess = spawn('pnpm', ['--silent', '--filter', '@bd/api', 'start'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
      ...(options.webDist ? { WEB_DIST: options.webDist } : {}),
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
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  let startMs = Number.NaN;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) {
        startMs = performance.now() - started;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  if (Number.isNaN(startMs)) throw new Error(`the server did not answer within the time allowed:\n${log}`);
  while (!/kill -HUP \d+/.test(log) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const pid = Number(/kill -HUP (\d+)/.exec(log)?.[1]);
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return { url, pid, startMs, output: () => log, stop };
}
