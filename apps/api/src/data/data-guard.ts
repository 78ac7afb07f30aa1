import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { plural } from '@bd/core';
import { copyWhole, writeWhole } from './dataset-snapshot.ts';
import { dataAtCommit } from './git-data.ts';
import { issuesReport } from './issues-report.ts';
import { type ChangeNote, type DatasetLoad, type LoadedData, locateRecords } from './load-dataset.ts';
import {
  changeReport,
  changeSummary,
  type DataChange,
  datasetRecords,
  diffRecords,
  isUnchanged,
  noChange,
  type RecordIndex,
  recordIndex,
} from './record-diff.ts';
import { decodeKept, encodeSnapshot, type SnapshotKey } from './snapshot-codec.ts';

/**
 * The data folder's guard against losing records without a word (issue 12): every start, reload and
 * `pnpm validate` compares the data with the last good data, reports what changed record by record, and refuses
 * data that lost records until the removal is confirmed. The last good data is the version served before (in
 * memory), else the one kept on disk when it was last served or accepted, else the one committed in git.
 */

/** Data to compare with, and how a report names it. */
export interface Baseline {
  version: string;
  /** Built when first asked for: a comparison of the same version needs none. */
  records: () => RecordIndex;
  /** "the data last served (version …, kept …)". */
  described: string;
}

/** The command that confirms a removal: the one step a refusal spells out. */
export const ACCEPT_REMOVALS = 'pnpm validate --accept-removals';

/** The last good data of one data folder, kept on disk between starts. */
export interface LastGoodStore {
  readonly file: string;
  /** The version kept, read from the first bytes of the file; undefined when none is kept. */
  version(): Promise<string | undefined>;
  read(): Promise<Baseline | undefined>;
  /** The change of the data kept, as it was when the data was kept; undefined when it was not compared. */
  change(): Promise<ChangeNote | undefined>;
  /**
   * Keeps `loaded` (and its `change`) as the last good data, each file written whole, then renamed into place: a
   * copy of `snapshot`, the file the snapshot store has just written of this very data, where there is one, so the
   * dataset is not encoded twice.
   */
  keep(loaded: LoadedData, snapshot?: string): Promise<void>;
}

/** The key the last good data is written under when it is not a copy of a snapshot: any checks' key is read. */
const LAST_GOOD_CHECKS = 'last-good';

/** `make`, called once, when first asked for. */
export function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** The records of loaded data, placed in their files, built when first asked for. */
export const loadedRecords = (loaded: LoadedData) => lazily(() => datasetRecords(loaded.dataset, loaded.sourceFiles));

/** The last good data of `dataDir`, kept in `dir`: one file per data folder, named by a hash of its path. */
export function lastGoodStore(dir: string, dataDir: string): LastGoodStore {
  const folder = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12);
  const file = path.join(dir, `last-good-${folder}.json`);
  const changeFile = path.join(dir, `last-good-${folder}.change.json`);
  return {
    file,
    async version() {
      const handle = await open(file, 'r').catch(() => undefined);
      if (!handle) return undefined;
      try {
        const head = Buffer.alloc(256);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        return /"key":\{"version":"([0-9a-f]+)"/.exec(head.subarray(0, bytesRead).toString('utf8'))?.[1];
      } finally {
        await handle.close();
      }
    },
    async read() {
      const version = await this.version();
      if (version === undefined) return undefined;
      try {
        const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
        const kept = decodeKept(text, { version });
        return {
          version,
          records: lazily(() => datasetRecords(kept.dataset, kept.sourceFiles)),
          described: `the data last served or accepted (version ${version}, kept ${info.mtime.toISOString()})`,
        };
      } catch {
        // A damaged file is no baseline: git's, if any, is used instead.
        return undefined;
      }
    },
    async change() {
      const text = await readFile(changeFile, 'utf8').catch(() => undefined);
      if (text === undefined) return undefined;
      try {
        const kept = JSON.parse(text) as { version?: unknown; change?: ChangeNote };
        return kept.version === (await this.version()) ? kept.change : undefined;
      } catch {
        return undefined;
      }
    },
    async keep(loaded, snapshot) {
      await writeWhole(changeFile, [JSON.stringify({ version: loaded.version, change: loaded.change })]);
      const key: SnapshotKey = { version: loaded.version, checks: LAST_GOOD_CHECKS };
      await (snapshot ? copyWhole(snapshot, file) : writeWhole(file, encodeSnapshot(key, loaded.dataset, loaded.sourceFiles)));
    },
  };
}

/** The data committed at `ref` as a baseline, or why there is none. */
export async function committedBaseline(dataDir: string, ref: string): Promise<Baseline | { reason: string }> {
  const committed = await dataAtCommit(dataDir, ref);
  if (!committed.ok) return { reason: committed.reason };
  return {
    version: committed.version,
    records: lazily(() => recordIndex(locateRecords(committed.reads).located)),
    described: committed.described,
  };
}

/** The kept last good data, else the data committed at HEAD; undefined (with why) when there is neither. */
export async function lastGoodBaseline(
  dataDir: string,
  store: LastGoodStore | undefined,
): Promise<Baseline | { reason: string }> {
  const kept = await store?.read();
  if (kept) return kept;
  return committedBaseline(dataDir, 'HEAD');
}

/**
 * Loaded data against the last good data: `previous` (the data a running server serves), else the kept data,
 * else the data committed at HEAD. Undefined, with why, when there is nothing to compare with (a first start of a
 * folder outside git): the data is then served as it is.
 */
export async function compareWithLastGood(
  loaded: LoadedData,
  options: { dataDir: string; store?: LastGoodStore; previous?: Baseline },
): Promise<(Comparison & { keptVersion?: string; keptChange?: ChangeNote }) | { reason: string }> {
  const keptVersion = await options.store?.version();
  if (!options.previous && keptVersion === loaded.version) {
    // The data kept: nothing to compare, and the change it brought is the one noted when it was kept.
    const baseline = { version: keptVersion, records: () => new Map(), described: 'the data last served or accepted' };
    return { baseline, change: noChange(), keptVersion, keptChange: await options.store?.change() };
  }
  const baseline = options.previous ?? (await lastGoodBaseline(options.dataDir, options.store));
  if ('reason' in baseline) return baseline;
  return { ...compareWithBaseline(baseline, loadedRecords(loaded), loaded.version, keptVersion), keptVersion };
}

/**
 * Keeps `loaded`, the data now served, as the last good data, once its snapshot (if one is being written) is
 * written, so that it is copied rather than encoded a second time.
 */
export async function keepServed(store: LastGoodStore, loaded: Extract<DatasetLoad, { ok: true }>): Promise<void> {
  const saved = loaded.snapshot && !loaded.snapshot.read ? await loaded.snapshot.saved : undefined;
  await store.keep(loaded, saved?.ok ? saved.file : undefined);
}

/** How data compares with its baseline, and whether it may be served. */
export interface Comparison {
  baseline: Baseline;
  change: DataChange;
  /** Lines saying why the data is refused and what to do; undefined when it may be served. */
  refusal?: string[];
}

/**
 * `records` (of data version `version`) against `baseline`. Records added or changed need no confirmation;
 * records removed refuse the data unless `acceptedVersion` (the version `pnpm validate --accept-removals`
 * kept) is this very data.
 */
export function compareWithBaseline(
  baseline: Baseline,
  records: () => RecordIndex,
  version: string,
  acceptedVersion: string | undefined,
): Comparison {
  const change = baseline.version === version ? noChange() : diffRecords(baseline.records(), records());
  if (change.removed.length === 0 || acceptedVersion === version) return { baseline, change };
  return { baseline, change, refusal: removalRefusal(change, baseline) };
}

/** What a refusal says: the records that would go, by file, every one of them, and the step that confirms it. */
export function removalRefusal(change: DataChange, baseline: Baseline): string[] {
  const removedOnly: DataChange = { ...noChange(), removed: change.removed };
  const total = change.removed.length;
  return [
    `Compared with ${baseline.described}, ${plural('en', total, { one: '1 record would go', other: `${total} records would go` })}:`,
    ...changeReport(removedOnly).map((line) => `  ${line}`),
    'A file cut short (an interrupted save or copy, a full disk) or a record deleted by mistake looks like this:',
    '  restore what is missing (git diff shows it when the data is in git).',
    `If the removal is meant, confirm it in one step: ${ACCEPT_REMOVALS}`,
  ];
}

/** The change as the lines a start, a reload or `pnpm validate` prints: a summary, then one line per file. */
export function changeLines(comparison: Pick<Comparison, 'baseline' | 'change'>, limit = 10): string[] {
  const { baseline, change } = comparison;
  if (isUnchanged(change)) {
    return [`Compared with ${baseline.described}: no record changed`];
  }
  return [
    `Compared with ${baseline.described}: ${changeSummary(change)}`,
    ...changeReport(change, { ids: limit, changes: limit }).map((line) => `  ${line}`),
  ];
}

/** What data that fails its checks would change, by the records that could be read: a torn file's losses. */
export function changeOfInvalid(baseline: Baseline, records: RecordIndex): string[] {
  return changeLines({ baseline, change: diffRecords(baseline.records(), records) }, Number.POSITIVE_INFINITY);
}

/**
 * The report of data that fails its checks, as `pnpm validate` and a start print it: its problems, then what it
 * would lose or change compared with `baseline`, where there is one to compare with.
 */
export function invalidDataReport(
  dataDir: string,
  load: Extract<DatasetLoad, { ok: false }>,
  baseline: Baseline | { reason: string } | undefined,
): string {
  const compared = baseline && !('reason' in baseline) && load.records ? ['', ...changeOfInvalid(baseline, load.records)] : [];
  return [issuesReport(dataDir, load.issues), ...compared].join('\n');
}

/** The change as /api/health reports it. */
export function changeNote(comparison: Comparison, at: Date = new Date()): ChangeNote {
  const { baseline, change } = comparison;
  return {
    at: at.toISOString(),
    comparedWith: baseline.described,
    fromVersion: baseline.version,
    summary: changeSummary(change),
    added: change.added.length,
    removed: change.removed.length,
    changed: change.changed.length,
  };
}
