import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ownOrigin, type PublicAddress } from './http/public-origin.ts';

/** How the server writes its log (see logger.ts). */
export interface LogSettings {
  /** One JSON object a line (for a log collector), or readable lines (for a person at a terminal). */
  format: 'json' | 'pretty';
  /** The least severe level written; `silent` writes nothing. */
  level: LogLevel;
  /** One line per request answered; off (ACCESS_LOG=0) for benchmarks, so the server does nothing per request for it. */
  accessLog: boolean;
}

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
  /**
   * Absolute path of the folder where the last good data is kept (see data/data-guard.ts): DATA_SNAPSHOT_DIR's
   * folder, kept even when DATA_SNAPSHOTS is off, since it is what a removal is checked against.
   */
  lastGoodDir: string;
  log: LogSettings;
  /** Where readers reach the dashboard (PUBLIC_URL, TRUST_PROXY; see http/public-origin.ts). */
  publicAddress: PublicAddress;
  /** How long a stop (SIGTERM, SIGINT) waits for the requests in flight before closing their connections. */
  shutdownGraceMs: number;
}

/** A setting that cannot be used, with a message saying which and what was expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A setting set to nothing but spaces is a setting not set: `PORT= pnpm start` listens on 3000. */
const unsetIfBlank = (text: unknown) => (typeof text === 'string' && text.trim() === '' ? undefined : text);

/** A setting's text, trimmed, or undefined when it is not set. */
const setting = z.preprocess(unsetIfBlank, z.string().trim().optional());

const port = setting.transform((text, ctx) => {
  if (text === undefined) return 3000;
  const value = Number(text);
  if (/^\d+$/.test(text) && value >= 1 && value <= 65535) return value;
  ctx.addIssue({ code: 'custom', message: `PORT must be a whole number from 1 to 65535, got "${text}"` });
  return z.NEVER;
});

/** An on/off setting: 1, true, 0 or false in any case; `fallback` when not set. */
const flag = (name: string, fallback: boolean) =>
  setting.transform((text, ctx) => {
    const value = text?.toLowerCase();
    if (value === undefined) return fallback;
    if (value === '1' || value === 'true') return true;
    if (value === '0' || value === 'false') return false;
    ctx.addIssue({ code: 'custom', message: `${name} must be 1 or 0 (or true or false), got "${text}"` });
    return z.NEVER;
  });

/** A setting that is one of `choices`, in any case, or undefined when not set. */
const oneOf = <const T extends readonly string[]>(name: string, choices: T) =>
  setting.transform((text, ctx) => {
    const value = text?.toLowerCase();
    if (value === undefined || choices.includes(value)) return value as T[number] | undefined;
    const listed = `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`;
    ctx.addIssue({ code: 'custom', message: `${name} must be ${listed}, got "${text}"` });
    return z.NEVER;
  });

/** A number of seconds above 0 (decimals allowed), or `fallback` when not set. */
const seconds = (name: string, fallback: number) =>
  setting.transform((text, ctx) => {
    if (text === undefined) return fallback;
    const value = Number(text);
    if (/^\d+(\.\d+)?$/.test(text) && value > 0) return value;
    ctx.addIssue({ code: 'custom', message: `${name} must be a number of seconds above 0, got "${text}"` });
    return z.NEVER;
  });

/** An origin readers reach the server at (`https://dashboard.example.org`), without a path; undefined when not set. */
const publicUrl = setting.transform((text, ctx) => {
  if (text === undefined) return undefined;
  const url = URL.canParse(text) ? new URL(text) : undefined;
  const origin = url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.origin : undefined;
  if (url && origin && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password) return origin;
  ctx.addIssue({
    code: 'custom',
    message: `PUBLIC_URL must be the address readers use, as http(s)://host[:port] with no path, such as https://dashboard.example.org, got "${text}"`,
  });
  return z.NEVER;
});

/** The environment variables the server reads, as text; every other variable is ignored. */
const environmentSchema = z.object({
  PORT: port,
  HOST: setting,
  DATA_DIR: setting,
  WEB_DIST: setting,
  WATCH_DATA: flag('WATCH_DATA', false),
  DATA_SNAPSHOTS: flag('DATA_SNAPSHOTS', true),
  DATA_SNAPSHOT_DIR: setting,
  NODE_ENV: setting,
  LOG_FORMAT: oneOf('LOG_FORMAT', ['json', 'pretty']),
  LOG_LEVEL: oneOf('LOG_LEVEL', LOG_LEVELS),
  ACCESS_LOG: flag('ACCESS_LOG', true),
  SHUTDOWN_GRACE_SECONDS: seconds('SHUTDOWN_GRACE_SECONDS', 30),
  PUBLIC_URL: publicUrl,
  TRUST_PROXY: flag('TRUST_PROXY', false),
});

/**
 * The configuration from `env`: PORT (3000), HOST (127.0.0.1), DATA_DIR (the repository's data/ folder),
 * WEB_DIST (apps/web/current/dist: the release `pnpm build` made last), WATCH_DATA (off), DATA_SNAPSHOTS (on) and DATA_SNAPSHOT_DIR
 * (node_modules/.cache/binh-duong-dashboard); LOG_FORMAT (json when NODE_ENV is production, else pretty),
 * LOG_LEVEL (info), ACCESS_LOG (on), SHUTDOWN_GRACE_SECONDS (30), PUBLIC_URL (none: the server's own address) and
 * TRUST_PROXY (off). Relative paths are resolved against `cwd`: by default the folder the user
 * typed the command in (pnpm's INIT_CWD, since `pnpm --filter` runs scripts inside apps/api); the defaults do not
 * depend on it. Every setting that cannot be used is named in one ConfigError, a line each.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = env.INIT_CWD ?? process.cwd()): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  const settings = parsed.data;
  const folder = (text: string | undefined, fallback: string) => (text === undefined ? fallback : path.resolve(cwd, text));
  const cacheDir = folder(settings.DATA_SNAPSHOT_DIR, path.join(REPO_ROOT, 'node_modules', '.cache', 'binh-duong-dashboard'));
  const host = settings.HOST ?? '127.0.0.1';
  return {
    port: settings.PORT,
    host,
    dataDir: folder(settings.DATA_DIR, path.join(REPO_ROOT, 'data')),
    webDist: folder(settings.WEB_DIST, path.join(REPO_ROOT, 'apps', 'web', 'current', 'dist')),
    watchData: settings.WATCH_DATA,
    snapshotDir: settings.DATA_SNAPSHOTS ? cacheDir : undefined,
    lastGoodDir: cacheDir,
    log: {
      format: settings.LOG_FORMAT ?? (settings.NODE_ENV === 'production' ? 'json' : 'pretty'),
      level: settings.LOG_LEVEL ?? 'info',
      accessLog: settings.ACCESS_LOG,
    },
    shutdownGraceMs: settings.SHUTDOWN_GRACE_SECONDS * 1000,
    publicAddress: {
      publicUrl: settings.PUBLIC_URL,
      trustProxy: settings.TRUST_PROXY,
      own: ownOrigin(host, settings.PORT),
    },
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
