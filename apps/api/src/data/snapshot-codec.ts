import { type Dataset, type Observation, observationSchema } from '@bd/core';

/**
 * A checked dataset written as JSON to be read back faster than its YAML can be parsed and checked: observations
 * are rows of values in the schema's field order, and their short repeated texts (ids of indicators, places and
 * articles, dates, qualifiers) are numbers into one list of texts. Pure: no files here (see dataset-snapshot.ts).
 */

/** Changes whenever the layout below does: a snapshot of another format is not read. */
export const SNAPSHOT_FORMAT = 2;

const FIELDS = Object.keys(observationSchema.shape) as (keyof Observation)[];
/** Fields whose values repeat across many observations: written once in `texts`, referred to by position. */
const REPEATED = new Set<keyof Observation>([
  'indicator',
  'entity',
  'period_start',
  'period_end',
  'qualifier',
  'method',
  'source',
]);
/** Rows of at most this many observations are written per chunk, so that writing never holds the event loop long. */
const ROWS_PER_CHUNK = 2000;

/** What identifies a snapshot: the data it holds and the checks it passed. */
export interface SnapshotKey {
  /** The data version: a hash of every data file. */
  version: string;
  /** A hash of the code that checks the data: a snapshot is valid only for the checks that passed it. */
  checks: string;
}

/** Which file each source (article) was read from, by source id: a change report names records by file. */
export type SourceFiles = ReadonlyMap<string, string>;

/** A checked dataset as a snapshot keeps it. */
export interface KeptDataset {
  dataset: Dataset;
  sourceFiles: SourceFiles;
}

/** The snapshot of `dataset` as JSON text, in chunks (the whole text is the chunks joined). */
export function* encodeSnapshot(key: SnapshotKey, dataset: Dataset, sourceFiles: SourceFiles = new Map()): Generator<string> {
  const { observations, ...rest } = dataset;
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const textNumber = (text: string) => {
    let n = textIndex.get(text);
    if (n === undefined) {
      n = texts.length;
      texts.push(text);
      textIndex.set(text, n);
    }
    return n;
  };
  yield `{"format":${SNAPSHOT_FORMAT},"key":${JSON.stringify(key)},"fields":${JSON.stringify(FIELDS)}`;
  yield `,"source_files":${JSON.stringify(Object.fromEntries(sourceFiles))}`;
  for (const [name, records] of Object.entries(rest)) yield `,${JSON.stringify(name)}:${JSON.stringify(records)}`;
  yield ',"rows":[';
  for (let start = 0; start < observations.length; start += ROWS_PER_CHUNK) {
    const rows = observations.slice(start, start + ROWS_PER_CHUNK).map((o) =>
      FIELDS.map((field) => {
        const value = o[field];
        if (value === undefined) return null;
        return REPEATED.has(field) ? textNumber(value as string) : value;
      }),
    );
    yield `${start === 0 ? '' : ','}${JSON.stringify(rows).slice(1, -1)}`;
  }
  yield `],"texts":${JSON.stringify(texts)}}`;
}

/** Why a snapshot was not used. */
export class SnapshotMismatch extends Error {
  override name = 'SnapshotMismatch';
}

interface SnapshotJson {
  format: unknown;
  key: unknown;
  fields: unknown;
  rows: unknown;
  texts: unknown;
  [list: string]: unknown;
}

const LISTS = ['entities', 'indicators', 'sources', 'events'] as const;

/**
 * The dataset a snapshot holds, if it is a snapshot of this format for `key`; throws SnapshotMismatch otherwise,
 * and a SyntaxError for text that is not JSON (a damaged file). Observations come back as the objects the
 * schema gave when the data was checked: the same fields in the same order.
 */
export function decodeSnapshot(text: string, key: SnapshotKey): Dataset {
  return decodeKept(text, key).dataset;
}

/**
 * `decodeSnapshot`, with the file each source was read from. Without `key.checks`, a snapshot of the version
 * passed by any checks is read: the last good data (data-guard.ts) is a copy of the snapshot written when it was
 * served, kept after a change of the checking code, since it only says what the data held.
 */
export function decodeKept(text: string, key: Pick<SnapshotKey, 'version'> & Partial<SnapshotKey>): KeptDataset {
  const json = JSON.parse(text) as SnapshotJson;
  if (json.format !== SNAPSHOT_FORMAT) throw new SnapshotMismatch(`format ${String(json.format)}, not ${SNAPSHOT_FORMAT}`);
  const found = json.key as Partial<SnapshotKey> | null;
  if (found?.version !== key.version || (key.checks !== undefined && found.checks !== key.checks))
    throw new SnapshotMismatch('made for other data or checks');
  if (JSON.stringify(json.fields) !== JSON.stringify(FIELDS)) throw new SnapshotMismatch('made with other observation fields');
  const { rows, texts } = json;
  if (!Array.isArray(rows) || !Array.isArray(texts) || LISTS.some((list) => !Array.isArray(json[list]))) {
    throw new SnapshotMismatch('a list is missing');
  }
  const repeated = FIELDS.map((field) => REPEATED.has(field));
  const observations = new Array<Observation>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) throw new SnapshotMismatch(`observation row ${r} is not a list`);
    const observation: Record<string, unknown> = {};
    for (let f = 0; f < FIELDS.length; f++) {
      const value = row[f];
      if (value === null || value === undefined) continue;
      observation[FIELDS[f]!] = repeated[f] ? texts[value as number] : value;
    }
    observations[r] = observation as Observation;
  }
  const files = json.source_files;
  if (typeof files !== 'object' || files === null || Array.isArray(files))
    throw new SnapshotMismatch('the source files are missing');
  const dataset: Dataset = {
    entities: json.entities as Dataset['entities'],
    indicators: json.indicators as Dataset['indicators'],
    sources: json.sources as Dataset['sources'],
    observations,
    events: json.events as Dataset['events'],
  };
  return { dataset, sourceFiles: new Map(Object.entries(files as Record<string, string>)) };
}
