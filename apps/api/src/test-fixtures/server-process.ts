import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '@bd/tests/free-port';

export { freePort };

const API_DIR = path.resolve(import.meta.dirname, '../..');

/** A server process and what it printed. */
export interface ServerRun {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr together. */
  output: () => string;
  /** The exit code of the process started (node for `start`, pnpm for `dev`). */
  exited: Promise<number | null>;
}

const started: ServerRun[] = [];

/**
 * Runs the API as `pnpm start` does (`node --import tsx src/main.ts`) or as `pnpm dev` does (the package's dev script), in a
 * process group of its own, with `env` added to this process's environment.
 */
export function runServer(env: Record<string, string>, mode: 'start' | 'dev' = 'start'): ServerRun {
  const [command, args] =
    mode === 'start' ? [process.execPath, ['--import', 'tsx', 'src/main.ts']] : ['pnpm', ['--silent', 'run', 'dev']];
  const child = spawn(command, args, {
    cwd: API_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const run = { child, output: () => output, exited };
  started.push(run);
  return run;
}

/** Waits until the output after its first `from` characters matches `pattern` (or the process ends). */
export async function waitForOutput(run: ServerRun, pattern: RegExp, from = 0): Promise<RegExpMatchArray> {
  for (;;) {
    const match = run.output().slice(from).match(pattern);
    if (match) return match;
    if (run.child.exitCode !== null) {
      throw new Error(`exited with ${run.child.exitCode} before printing ${pattern}:\n${run.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The process that serves (with `pnpm dev`, tsx runs it as its child), by the pid it prints. */
export function serverPid(run: ServerRun): number {
  const match = run.output().match(/kill -HUP (\d+)/);
  if (!match?.[1]) throw new Error(`no pid in:\n${run.output()}`);
  return Number(match[1]);
}

/** Starts a server on a free port and waits until it says where it listens and which pid to signal. */
export async function startServer(
  env: Record<string, string>,
  mode: 'start' | 'dev' = 'start',
): Promise<ServerRun & { base: string; pid: number }> {
  const run = runServer({ PORT: String(await freePort()), HOST: '127.0.0.1', ...env }, mode);
  const [, url] = await waitForOutput(run, /Binh Duong dashboard: (http:\/\/127\.0\.0\.1:\d+)\//);
  await waitForOutput(run, /kill -HUP \d+/);
  return Object.assign(run, { base: url!, pid: serverPid(run) });
}

/** Kills every server a test started that is still running, and its process group. */
export function stopServers(): void {
  for (const run of started.splice(0)) {
    if (run.child.pid === undefined) continue;
    try {
      process.kill(-run.child.pid, 'SIGKILL');
    } catch {
      // the group has already gone
    }
  }
}
