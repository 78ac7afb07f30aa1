import {
  type DataIssue,
  type DatedEvent,
  eventSchema,
  type Located,
  type Observation,
  observationSchema,
  type Source,
  sourceFileSchema,
  sourceSchema,
} from '@bd/core';
import { fileIssue } from './data-issue.ts';
import { plainObservation } from './plain-observation.ts';
import { readableId, recordLabel, validateRecord, zodIssues } from './validate-record.ts';
import type { YamlFile } from './yaml-file.ts';

/** The records of one `sources/<id>.yaml` file that passed their schemas, and the problems of the others. */
export interface SourceFileRecords {
  source?: Located<Source>;
  observations: Located<Observation>[];
  events: Located<DatedEvent>[];
  issues: DataIssue[];
  /** Ids of sources that failed their schema: references to them are not reported again. */
  rejected: string[];
}

const EMPTY_SOURCE_FILE = 'the file is empty: expected "source:" (the article), then "observations:" and "events:" lists';
const OBSERVATION_FIELDS = Object.keys(observationSchema.shape).filter((f) => f !== 'source');
const EVENT_FIELDS = Object.keys(eventSchema.shape).filter((f) => f !== 'source');

/**
 * The observations and events of a source file name no source: they cite the file's article, whose id is filled
 * in here. A record that names a different source is an issue.
 */
function withFileSource(
  raw: unknown,
  sourceId: string | undefined,
  yaml: YamlFile,
  position: string,
  keys: PropertyKey[],
): { raw: unknown; issues: DataIssue[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || sourceId === undefined) return { raw, issues: [] };
  const record = raw as Record<string, unknown>;
  const given = record.source;
  // The parsed record is this loader's own: filled in where it is rather than copied, 360,000 times at scale.
  record.source = sourceId;
  if (given === undefined || given === sourceId) return { raw, issues: [] };
  const issue: DataIssue = {
    file: yaml.file,
    record: `${recordLabel(position, raw)} (line ${yaml.lineOf([...keys, 'source']) ?? '?'})`,
    field: 'source',
    message: `this file is the article "${sourceId}", but the record cites ${JSON.stringify(given)}: remove the source field, or move the record to the file of its article`,
  };
  return { raw, issues: [issue] };
}

function recordsOf<T>(
  list: unknown[],
  kind: 'observations' | 'events',
  sourceId: string | undefined,
  yaml: YamlFile,
  validate: (raw: unknown, position: string, keys: PropertyKey[]) => ReturnType<typeof validateRecord>,
): { located: Located<T>[]; issues: DataIssue[] } {
  const located: Located<T>[] = [];
  const issues: DataIssue[] = [];
  list.forEach((item, index) => {
    const position = `${kind}[${index}]`;
    const keys = [kind, index];
    const filled = withFileSource(item, sourceId, yaml, position, keys);
    const result = validate(filled.raw, position, keys);
    issues.push(...filled.issues);
    if (result.ok) {
      if (filled.issues.length === 0) located.push(result.located as Located<T>);
    } else issues.push(...result.issues.filter((issue) => sourceId !== undefined || issue.field !== 'source'));
  });
  return { located, issues };
}

/** Validates one source file: the article, then each observation and event it backs. */
export function readSourceFile(yaml: YamlFile): SourceFileRecords {
  if (yaml.value === null || yaml.value === undefined) {
    return { observations: [], events: [], issues: [fileIssue(yaml.file, EMPTY_SOURCE_FILE)], rejected: [] };
  }
  const shape = sourceFileSchema.safeParse(yaml.value, { reportInput: true });
  if (!shape.success) {
    const fields = ['source', 'observations', 'events'];
    return {
      observations: [],
      events: [],
      issues: zodIssues(shape.error, { yaml, position: 'file', keys: [] }, {}, fields),
      rejected: [],
    };
  }
  const records: SourceFileRecords = { observations: [], events: [], issues: [], rejected: [] };
  const source = validateRecord(
    sourceSchema,
    shape.data.source,
    { yaml, position: 'source', keys: ['source'] },
    Object.keys(sourceSchema.shape),
  );
  const sourceId = source.ok ? source.located.value.id : readableId(shape.data.source);
  if (source.ok) records.source = source.located;
  else {
    records.issues.push(...source.issues);
    if (sourceId !== undefined) records.rejected.push(sourceId);
  }
  const observations = recordsOf<Observation>(shape.data.observations, 'observations', sourceId, yaml, (raw, position, keys) => {
    const plain = plainObservation(raw);
    if (plain) return { ok: true, located: { file: yaml.file, position, value: plain } };
    return validateRecord(observationSchema, raw, { yaml, position, keys }, OBSERVATION_FIELDS);
  });
  const events = recordsOf<DatedEvent>(shape.data.events, 'events', sourceId, yaml, (raw, position, keys) =>
    validateRecord(eventSchema, raw, { yaml, position, keys }, EVENT_FIELDS),
  );
  records.observations = observations.located;
  records.events = events.located;
  records.issues.push(...observations.issues, ...events.issues);
  return records;
}
