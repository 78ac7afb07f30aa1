import { checkDerivedCounts } from './checks/derived-counts.ts';
import { entityLifeIssues } from './checks/entity-lives.ts';
import { placeholderIssues } from './checks/placeholders.ts';
import { rankPeerIssues } from './checks/rank-peers.ts';
import { textLanguageOf, textStatesValue } from './numbers.ts';
import type { Entity } from './schemas/entity.ts';
import type { DatedEvent } from './schemas/event.ts';
import type { Indicator } from './schemas/indicator.ts';
import type { Observation } from './schemas/observation.ts';
import type { Source } from './schemas/source.ts';

/** A problem in the data files, located so a curator can fix it without reading code. */
export interface DataIssue {
  /** Path of the file relative to the data folder, e.g. `sources/portal-2020-06-26.yaml`. */
  file: string;
  /** Which record: `observation "fdi-2019"` or `observations[3]`. */
  record: string;
  /** Which field of the record, e.g. `period_end`; empty when the problem is the whole file. */
  field: string;
  message: string;
}

/** A validated record and where it was read from. */
export interface Located<T> {
  file: string;
  /** `observations[3]`: the list and position in the file. */
  position: string;
  value: T;
}

export interface LocatedDataset {
  entities: Located<Entity>[];
  indicators: Located<Indicator>[];
  sources: Located<Source>[];
  observations: Located<Observation>[];
  events: Located<DatedEvent>[];
}

/** "file: record, field: message" on one line. */
export function formatDataIssue(issue: DataIssue): string {
  return `${issue.file}: ${issue.record}${issue.field ? `, field "${issue.field}"` : ''}: ${issue.message}`;
}

function duplicates<T extends { id: string }>(kind: string, records: Located<T>[]): DataIssue[] {
  const seen = new Map<string, Located<T>>();
  const issues: DataIssue[] = [];
  for (const r of records) {
    const first = seen.get(r.value.id);
    if (first) {
      issues.push({
        file: r.file,
        record: `${kind} "${r.value.id}" (${r.position})`,
        field: 'id',
        message: `duplicate id: already used by ${first.position} in ${first.file}; give each ${kind} its own id`,
      });
    } else seen.set(r.value.id, r);
  }
  return issues;
}

/**
 * Checks what a single record's schema cannot: ids are unique, every reference names a record that exists,
 * and every `stated` evidence phrase writes the number it supports the way its article writes numbers.
 */
export function checkDataset(data: LocatedDataset): DataIssue[] {
  const issues: DataIssue[] = [
    ...duplicates('entity', data.entities),
    ...duplicates('indicator', data.indicators),
    ...duplicates('source', data.sources),
    ...duplicates('observation', data.observations),
    ...duplicates('event', data.events),
    ...placeholderIssues(data),
  ];
  const entityIds = new Set(data.entities.map((e) => e.value.id));
  const indicators = new Map(data.indicators.map((i) => [i.value.id, i.value]));
  const sources = new Map(data.sources.map((s) => [s.value.id, s.value]));
  const known = (kind: string, ids: { has(id: string): boolean }, id: string, where: Located<{ id: string }>, field: string) => {
    if (!ids.has(id)) {
      issues.push({
        file: where.file,
        record: `${where.position} "${where.value.id}"`,
        field,
        message: `unknown ${kind} "${id}": add it to ${kind === 'source' ? 'the sources/ folder' : `${kind === 'entity' ? 'entities' : 'indicators'}.yaml`} or correct the id`,
      });
    }
  };
  for (const o of data.observations) {
    known('indicator', indicators, o.value.indicator, o, 'indicator');
    known('entity', entityIds, o.value.entity, o, 'entity');
    known('source', sources, o.value.source, o, 'source');
    const source = sources.get(o.value.source);
    const indicator = indicators.get(o.value.indicator);
    if (indicator?.kind === 'stock' && o.value.period_start !== o.value.period_end) {
      issues.push({
        file: o.file,
        record: `${o.position} "${o.value.id}"`,
        field: 'period_start',
        message: `"${indicator.id}" is a stock (a level as of a date): period_start must equal period_end`,
      });
    }
    if (
      source &&
      o.value.method === 'stated' &&
      !textStatesValue(o.value.evidence, o.value.value, textLanguageOf(source.language))
    ) {
      issues.push({
        file: o.file,
        record: `${o.position} "${o.value.id}"`,
        field: 'evidence',
        message: `a stated value must be written in its evidence: "${o.value.evidence}" does not contain ${o.value.value} as the article's language (${source.language}) writes numbers; quote the phrase with the number (or, for a count of the items the article names, set method: derived)`,
      });
    }
  }
  for (const e of data.events) {
    known('entity', entityIds, e.value.entity, e, 'entity');
    known('source', sources, e.value.source, e, 'source');
  }
  const events = data.events.map((e) => e.value);
  issues.push(...checkDerivedCounts(data.observations, indicators, events, sources));
  issues.push(...entityLifeIssues(data));
  issues.push(...rankPeerIssues(data));
  return issues;
}
