import { type Dataset, type LocatedDataset, plural } from '@bd/core';

/** The kinds of record a data folder holds, in the order a change report lists them. */
export const RECORD_KINDS = ['entity', 'indicator', 'source', 'observation', 'event'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

const PLURAL: Record<RecordKind, string> = {
  entity: 'entities',
  indicator: 'indicators',
  source: 'sources',
  observation: 'observations',
  event: 'events',
};

/** One record as a change report sees it: what it is, where it is written, and its fields. */
export interface RecordEntry {
  kind: RecordKind;
  id: string;
  /** Path relative to the data folder. */
  file: string;
  fields: Readonly<Record<string, unknown>>;
}

/** Every record of a data folder by `kind:id`. The fields are the records' own objects, not copies. */
export type RecordIndex = ReadonlyMap<string, RecordEntry>;

export const recordKey = (kind: RecordKind, id: string) => `${kind}:${id}`;

/**
 * The records of a read (valid or not: a change report is also wanted of data that fails its checks). A second
 * record with the same id is left out: the checks report the duplicate.
 */
export function recordIndex(located: LocatedDataset): RecordIndex {
  const index = new Map<string, RecordEntry>();
  const add = (kind: RecordKind, records: readonly { file: string; value: { id: string } }[]) => {
    for (const { file, value } of records) {
      const key = recordKey(kind, value.id);
      if (!index.has(key)) index.set(key, { kind, id: value.id, file, fields: value as Record<string, unknown> });
    }
  };
  add('entity', located.entities);
  add('indicator', located.indicators);
  add('source', located.sources);
  add('observation', located.observations);
  add('event', located.events);
  return index;
}

/**
 * The records of a checked dataset, each placed in the file it was read from: list records in their list file,
 * an article's records in the file of its source (`sourceFiles`; `sources/<id>.yaml` where that is not known).
 */
export function datasetRecords(dataset: Dataset, sourceFiles: ReadonlyMap<string, string> = new Map()): RecordIndex {
  const fileOf = (source: string) => sourceFiles.get(source) ?? `sources/${source}.yaml`;
  const at =
    <T extends { id: string }>(file: (record: T) => string) =>
    (value: T) => ({ file: file(value), position: '', value });
  return recordIndex({
    entities: dataset.entities.map(at(() => 'entities.yaml')),
    indicators: dataset.indicators.map(at(() => 'indicators.yaml')),
    sources: dataset.sources.map(at((s) => fileOf(s.id))),
    observations: dataset.observations.map(at((o) => fileOf(o.source))),
    events: dataset.events.map(at((e) => fileOf(e.source))),
  });
}

export interface FieldChange {
  field: string;
  /** Undefined where the field was not set. */
  before: unknown;
  after: unknown;
}

export interface RecordChange {
  kind: RecordKind;
  id: string;
  file: string;
  /** Set when the record moved to `file` from another file. */
  movedFrom?: string;
  fields: FieldChange[];
}

export type RecordRef = Pick<RecordEntry, 'kind' | 'id' | 'file'>;

/** What changed between two versions of the data, record by record. */
export interface DataChange {
  added: RecordRef[];
  removed: RecordRef[];
  changed: RecordChange[];
}

/** JSON with object keys in order: a value read by either YAML parser, or back from a snapshot, writes the same. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
const sameValue = (a: unknown, b: unknown) => a === b || canonical(a) === canonical(b);

function fieldChanges(before: RecordEntry['fields'], after: RecordEntry['fields']): FieldChange[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names
    .filter((f) => !sameValue(before[f], after[f]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

const byFileKindAndId = (a: RecordRef, b: RecordRef) =>
  a.file.localeCompare(b.file) || RECORD_KINDS.indexOf(a.kind) - RECORD_KINDS.indexOf(b.kind) || a.id.localeCompare(b.id);

/** The records added, removed and changed (field by field) from `before` to `after`, by file, kind and id. */
export function diffRecords(before: RecordIndex, after: RecordIndex): DataChange {
  const change = noChange();
  const ref = ({ kind, id, file }: RecordEntry): RecordRef => ({ kind, id, file });
  for (const [key, entry] of after) {
    const old = before.get(key);
    if (!old) {
      change.added.push(ref(entry));
      continue;
    }
    const fields = old.fields === entry.fields ? [] : fieldChanges(old.fields, entry.fields);
    const moved = old.file !== entry.file;
    if (fields.length > 0 || moved) change.changed.push({ ...ref(entry), fields, ...(moved ? { movedFrom: old.file } : {}) });
  }
  for (const [key, entry] of before) if (!after.has(key)) change.removed.push(ref(entry));
  change.added.sort(byFileKindAndId);
  change.removed.sort(byFileKindAndId);
  change.changed.sort(byFileKindAndId);
  return change;
}

/** No record added, removed or changed. */
export const noChange = (): DataChange => ({ added: [], removed: [], changed: [] });

export const isUnchanged = (change: DataChange) =>
  change.added.length === 0 && change.removed.length === 0 && change.changed.length === 0;

/** "1 event", "16 events". */
export function countOf(kind: RecordKind, n: number): string {
  return plural('en', n, { one: `1 ${kind}`, other: `${n} ${PLURAL[kind]}` });
}

/** "3 added, 17 removed, 1 changed", leaving out what is zero; "no record changed" when nothing did. */
export function changeSummary(change: DataChange): string {
  if (isUnchanged(change)) return 'no record changed';
  const parts = [
    change.added.length > 0 ? `${change.added.length} added` : '',
    change.removed.length > 0 ? `${change.removed.length} removed` : '',
    change.changed.length > 0 ? `${change.changed.length} changed` : '',
  ].filter(Boolean);
  const files = new Set([...change.added, ...change.removed, ...change.changed].map((r) => r.file));
  const total = change.added.length + change.removed.length + change.changed.length;
  const records = plural('en', total, { one: '1 record', other: `${total} records` });
  return `${records} (${parts.join(', ')}) in ${plural('en', files.size, { one: '1 file', other: `${files.size} files` })}`;
}

/** A field's value as a report shows it: text quoted and cut to `width` characters, "(not set)" for none. */
function shown(value: unknown, width = 60): string {
  if (value === undefined) return '(not set)';
  const text = JSON.stringify(value);
  return text.length > width ? `${text.slice(0, width - 2)}…${text.at(-1) === '"' ? '"' : ''}` : text;
}

/**
 * A changed field as "before → after". Two long texts are shown from a little before where they first differ,
 * so that an evidence phrase cut short or a changed figure in a long note can be seen.
 */
function shownChange(before: unknown, after: unknown): string {
  if (typeof before === 'string' && typeof after === 'string') {
    let same = 0;
    while (same < before.length && same < after.length && before[same] === after[same]) same++;
    if (same > 30) {
      const from = same - 20;
      return `…${shown(before.slice(from))} → …${shown(after.slice(from))}`;
    }
  }
  return `${shown(before)} → ${shown(after)}`;
}

/** Ids, all of them or the first `limit` and how many more. */
function idList(refs: readonly RecordRef[], limit: number): string {
  const ids = refs.map((r) => r.id);
  return ids.length <= limit ? ids.join(', ') : `${ids.slice(0, limit).join(', ')} and ${ids.length - limit} more`;
}

export interface ReportOptions {
  /** How many ids of added or removed records to name per file and kind (default: all). */
  ids?: number;
  /** How many changed records to describe field by field per file (default: all). */
  changes?: number;
}

/**
 * The change as lines, one per file: "sources/x.yaml: 16 events removed (partner-kratie, …); 1 observation
 * removed (…); evidence of fdi-2019 changed ("…" → "…")". No line when nothing changed.
 */
export function changeReport(change: DataChange, options: ReportOptions = {}): string[] {
  const idLimit = options.ids ?? Number.POSITIVE_INFINITY;
  const changeLimit = options.changes ?? Number.POSITIVE_INFINITY;
  const files = [...new Set([...change.added, ...change.removed, ...change.changed].map((r) => r.file))].sort();
  return files.map((file) => {
    const parts: string[] = [];
    for (const [refs, verb] of [
      [change.added, 'added'],
      [change.removed, 'removed'],
    ] as const) {
      for (const kind of RECORD_KINDS) {
        const these = refs.filter((r) => r.file === file && r.kind === kind);
        if (these.length > 0) parts.push(`${countOf(kind, these.length)} ${verb} (${idList(these, idLimit)})`);
      }
    }
    const changed = change.changed.filter((r) => r.file === file);
    for (const record of changed.slice(0, changeLimit)) {
      const what = record.fields.map((f) => `${f.field} ${shownChange(f.before, f.after)}`);
      if (record.movedFrom) what.push(`moved from ${record.movedFrom}`);
      parts.push(`${record.kind} ${record.id} changed: ${what.join(', ')}`);
    }
    if (changed.length > changeLimit) parts.push(`${changed.length - changeLimit} more records changed`);
    return `${file}: ${parts.join('; ')}`;
  });
}
