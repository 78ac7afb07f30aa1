import { type DestinationStream, type Logger, pino } from 'pino';
import pretty from 'pino-pretty';
import type { LogSettings } from './config.ts';
import type { AccessEntry } from './http/access-log.ts';

const isAccessEntry = (log: Record<string, unknown>): boolean => typeof log.request_id === 'string' && 'status' in log;

/** An access line for a person: `GET /api/checks 200 4.1 kB 2.3 ms 6f1c…`; any other line is its message. */
export function readableLine(log: Record<string, unknown>): string {
  if (!isAccessEntry(log)) return String(log.msg ?? '');
  const entry = log as unknown as AccessEntry;
  const size = entry.bytes < 1000 ? `${entry.bytes} B` : `${(entry.bytes / 1000).toFixed(1)} kB`;
  const aborted = entry.aborted ? ' (client went away)' : '';
  return `${entry.method} ${entry.path} ${entry.status} ${size} ${entry.duration_ms} ms ${entry.request_id}${aborted}`;
}

/**
 * The server's logger: in `json`, one JSON object a line with the level's name and an ISO time, for a log
 * collector; in `pretty`, a readable line each (pino-pretty, in this thread, so a line is never lost on exit).
 * `destination` is standard output unless given: tests pass their own to read the lines.
 */
export function createLogger(settings: Pick<LogSettings, 'format' | 'level'>, destination?: DestinationStream): Logger {
  const options = {
    level: settings.level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  if (settings.format === 'json') return pino(options, destination ?? pino.destination(1));
  const readable = pretty({
    destination: destination ?? 1,
    sync: true,
    translateTime: 'SYS:HH:MM:ss.l',
    messageFormat: readableLine,
    hideObject: true,
  });
  return pino(options, readable);
}
