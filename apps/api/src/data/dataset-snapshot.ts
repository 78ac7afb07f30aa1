import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '@bd/core';
import { decodeKept, encodeSnapshot, type KeptDataset, type SnapshotKey, type SourceFiles } from './snapshot-codec.ts';

/**
 * Checked datasets kept between starts, so that data which has not changed since it was last checked is served
 * within seconds instead of being parsed and checked again (360,000 observations take about 6 s to check).
 * A snapshot is found by the data version (a hash of every data file) and by a hash of the code that checks the
 * data, so editing either means checking again. Snapshots are written only of data that passed every check.
 */
export interface SnapshotStore {
  /** The folder the snapshots are in. */
  readonly dir: string;
  /** The checked dataset of data version `version`, or undefined when there is none to use (and why). */
  read(version: string): Promise<KeptDataset | { dataset?: undefined; reason: string }>;
  /**
   * Writes the snapshot of a checked dataset in the background, chunk by chunk, then renamed into place. Never
   * rejects: a snapshot that cannot be written only means the next start checks every file again.
   */
  save(version: string, dataset: Dataset, sourceFiles?: SourceFiles): Promise<SnapshotSaved>;
}

export type SnapshotSaved = { ok: true; file: string } | { ok: false; message: string };

/** Snapshots kept in the folder: the newest by use; older ones are removed after each write. */
const KEPT = 4;
/** A part of a snapshot not written to for this long was left by a process that stopped while writing it. */
const ABANDONED_MS = 10 * 60_000;
const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');
/** The code whose rules decide what data passes: the shared schemas and checks, this loader, and the lockfile. */
const CHECKING_CODE = [path.join(REPO_ROOT, 'packages/core/src'), import.meta.dirname];
const LOCKFILE = path.join(REPO_ROOT, 'pnpm-lock.yaml');

async function sourceFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** A hash of the code that checks data (and of the dependency versions it runs with): 12 hex characters. */
export async function checksFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await Promise.all(CHECKING_CODE.map(sourceFilesUnder))).flat();
  for (const file of [...files, LOCKFILE]) {
    const bytes = await readFile(file).catch(() => Buffer.alloc(0));
    hash.update(path.relative(REPO_ROOT, file)).update('\0').update(bytes).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

const fileName = (key: SnapshotKey) => `dataset-${key.version}-${key.checks}.json`;

/** Waits for the stream to take more, or for the next turn of the event loop: other work runs between chunks. */
function drained(stream: NodeJS.WritableStream, full: boolean): Promise<void> {
  return new Promise((resolve) => (full ? stream.once('drain', resolve) : setImmediate(resolve)));
}

async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  const stream = createWriteStream(file);
  const closed = new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.once('close', resolve);
  });
  try {
    for (const chunk of chunks) await Promise.race([drained(stream, !stream.write(chunk)), closed]);
  } finally {
    stream.end();
  }
  await closed;
}

/**
 * Writes `chunks` to a part beside `file` in the background, then renames it into place: a reader sees the whole
 * file or none. A process that exits while writing (a server stopped soon after it started) leaves no part behind.
 */
export function writeWhole(file: string, chunks: Iterable<string>): Promise<void> {
  return placeWhole(file, (partial) => writeChunks(partial, chunks));
}

/** `writeWhole` of a copy of the file `from` (a snapshot just written): the bytes are copied, not encoded again. */
export function copyWhole(from: string, file: string): Promise<void> {
  return placeWhole(file, (partial) => copyFile(from, partial));
}

/** Writes `file` through `write` to a part beside it, then renames the part into place. */
async function placeWhole(file: string, write: (partial: string) => Promise<void>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.partial`;
  const removePartial = () => rmSync(partial, { force: true });
  process.once('exit', removePartial);
  try {
    await write(partial);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw error;
  } finally {
    process.off('exit', removePartial);
  }
}

/** Removes all but the KEPT most recently used snapshots, and parts left by a write that never finished. */
async function removeOld(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => /^dataset-.*\.json(\..*\.partial)?$/.test(n));
  const files = await Promise.all(
    names.map(async (name) => ({ name, at: (await stat(path.join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  const byUse = (list: typeof files) => list.sort((a, b) => b.at - a.at);
  const old = [
    ...byUse(files.filter((f) => f.name.endsWith('.json'))).slice(KEPT),
    ...files.filter((f) => f.name.endsWith('.partial') && Date.now() - f.at > ABANDONED_MS),
  ];
  await Promise.all(old.map(({ name }) => rm(path.join(dir, name), { force: true })));
}

/** Snapshots in `dir` (created when first written). */
export function snapshotStore(dir: string): SnapshotStore {
  let fingerprint: Promise<string> | undefined;
  const keyOf = async (version: string): Promise<SnapshotKey> => {
    fingerprint ??= checksFingerprint();
    return { version, checks: await fingerprint };
  };
  return {
    dir,
    async read(version) {
      let file: string;
      let key: SnapshotKey;
      let text: string;
      try {
        key = await keyOf(version);
        file = path.join(dir, fileName(key));
      } catch (error) {
        return { reason: `the checking code could not be read to name a snapshot (${(error as Error).message})` };
      }
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return {
          reason: code === 'ENOENT' ? 'no snapshot of this data version' : `the snapshot ${file} cannot be read (${code})`,
        };
      }
      try {
        const kept = decodeKept(text, key);
        const now = new Date();
        await utimes(file, now, now).catch(() => undefined);
        return kept;
      } catch (error) {
        await rm(file, { force: true }).catch(() => undefined);
        return { reason: `the snapshot ${file} could not be used (${(error as Error).message}), so it was removed` };
      }
    },
    async save(version, dataset, sourceFiles) {
      try {
        const key = await keyOf(version);
        const file = path.join(dir, fileName(key));
        await writeWhole(file, encodeSnapshot(key, dataset, sourceFiles));
        await removeOld(dir);
        return { ok: true, file };
      } catch (error) {
        return { ok: false, message: `could not keep the checked data in ${dir} (${(error as Error).message})` };
      }
    },
  };
}
