import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Drafts of `pnpm ingest --write` live in `<data>/drafts/`, beside `sources/`: the loader reads only `sources/`, so
 * a draft is never served, and `pnpm ingest --publish` moves it there once a curator has checked it.
 */
export const DRAFTS = 'drafts';

/** The draft files waiting in `dataDir` (full paths, in name order); none when the folder is absent. */
export async function draftsWaiting(dataDir: string): Promise<string[]> {
  const names = await readdir(path.join(dataDir, DRAFTS)).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(dataDir, DRAFTS, name));
}

/**
 * The line `pnpm validate` prints after its verdict when drafts wait, or undefined when none does: a valid
 * dataset says nothing of them, since they are not part of it.
 */
export function draftsWaitingLine(drafts: readonly string[]): string | undefined {
  if (drafts.length === 0) return undefined;
  const count = drafts.length === 1 ? '1 draft is' : `${drafts.length} drafts are`;
  return `${count} waiting, not served until published: ${drafts.join(', ')} (check each against its article, then pnpm ingest --publish <draft>)`;
}
