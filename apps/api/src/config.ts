import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the server listens and what it serves. Read from the environment here and nowhere else. */
export interface Config {
  port: number;
  host: string;
  /** Absolute path of the folder holding entities.yaml, indicators.yaml and sources/. */
  dataDir: string;
  /** Absolute path of the built web app (index.html, assets/). */
  webDist: string;
  /** Reload the data whenever a file under `dataDir` changes (set by `pnpm dev`), as SIGHUP does. */
  watchData: boolean;
  /**
   * Absolute path of the folder where checked data is kept between starts (see data/dataset-snapshot.ts), or
   * undefined when every start checks every file.
   */
  snapshotDir: string | undefined;
}

/** A setting that cannot be used, with a message saying which and what was expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function readPort(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return 3000;
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535, got "${text}"`);
  }
  return port;
}

function readFlag(name: string, text: string | undefined): boolean {
  const value = text?.trim().toLowerCase() ?? '';
  if (value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new ConfigError(`${name} must be 1 or 0 (or true or false), got "${text}"`);
}

function readPath(text: string | undefined, fallback: string, cwd: string): string {
  if (text === undefined || text.trim() === '') return fallback;
  return path.resolve(cwd, text);
}

/**
 * The configuration from `env`: PORT (3000), HOST (127.0.0.1), DATA_DIR (the repository's data/ folder),
 * WEB_DIST (apps/web/dist), WATCH_DATA (off), DATA_SNAPSHOTS (on) and DATA_SNAPSHOT_DIR
 * (node_modules/.cache/binh-duong-dashboard). Relative paths are resolved against `cwd`: by default the folder
 * the user typed the command in (pnpm's INIT_CWD, since `pnpm --filter` runs scripts inside apps/api); the
 * defaults do not depend on it.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = env.INIT_CWD ?? process.cwd()): Config {
  const host = env.HOST?.trim() || '127.0.0.1';
  return {
    port: readPort(env.PORT),
    host,
    dataDir: readPath(env.DATA_DIR, path.join(REPO_ROOT, 'data'), cwd),
    webDist: readPath(env.WEB_DIST, path.join(REPO_ROOT, 'apps', 'web', 'dist'), cwd),
    watchData: readFlag('WATCH_DATA', env.WATCH_DATA),
    snapshotDir:
      env.DATA_SNAPSHOTS?.trim() && !readFlag('DATA_SNAPSHOTS', env.DATA_SNAPSHOTS)
        ? undefined
        : readPath(env.DATA_SNAPSHOT_DIR, path.join(REPO_ROOT, 'node_modules', '.cache', 'binh-duong-dashboard'), cwd),
  };
}

/** `readConfig()` for a command: a setting that cannot be used is printed and the process exits with 1. */
export function readConfigOrExit(): Config {
  try {
    return readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
