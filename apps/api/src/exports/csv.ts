import type { Entity, Indicator, Locale, Observation, Source } from '@bd/core';
import { stringify } from 'csv-stringify/sync';

/** The columns that end every CSV row, observation or event: the full provenance of its source, then its evidence. */
export const PROVENANCE_COLUMNS = [
  'source_id',
  'source_title',
  'source_publisher',
  'source_published',
  'source_published_approximate',
  'source_url',
  'source_language',
  'evidence',
  'evidence_en',
  'note',
] as const;

/**
 * The columns that say which entity a row (observation or event) describes and its life: its kind, its last day and
 * the entities it became, so that a row of an entity that ended can be read with its successor's.
 */
export const ENTITY_COLUMNS = ['entity_id', 'entity_kind', 'entity_ended', 'entity_became'] as const;

/** The columns of every observations CSV, in order: its id (to join a row to its citation), then the value. */
export const CSV_HEADER = [
  'id',
  'indicator_id',
  'indicator_name',
  ...ENTITY_COLUMNS,
  'period_start',
  'period_end',
  'value',
  'unit',
  'qualifier',
  'method',
  ...PROVENANCE_COLUMNS,
] as const;
export type CsvColumn = (typeof CSV_HEADER)[number];

/** The byte order mark Excel needs to read a CSV as UTF-8. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * A text cell that a spreadsheet would run as a formula (it begins with =, +, -, @, tab, CR or LF)
 * is prefixed with an apostrophe so it shows as text. Numeric columns are never passed through this.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A free-text cell: empty where the field is absent, neutralised where it would run as a formula. */
export function textCell(value: string | undefined): string {
  return neutraliseFormula(value ?? '');
}

/** The ids of the entities `entity` became, separated by `;`: empty for one that still exists. */
export function successorIds(entity: Entity): string {
  return entity.became === undefined ? '' : entity.became.map((change) => change.entity).join(';');
}

/** The cells of `ENTITY_COLUMNS` for an entity. Ids, kinds and dates cannot start a formula. */
export function entityCells(entity: Entity): string[] {
  return [entity.id, entity.kind, entity.ended ?? '', successorIds(entity)];
}

/** The cells of `PROVENANCE_COLUMNS` for a record (observation or event) and its source. */
export function provenanceCells(record: { evidence: string; evidence_en?: string; note?: string }, source: Source): string[] {
  return [
    source.id,
    textCell(source.title),
    textCell(source.publisher),
    source.published,
    source.published_approximate ? 'true' : 'false',
    textCell(source.url),
    source.language,
    textCell(record.evidence),
    textCell(record.evidence_en),
    textCell(record.note),
  ];
}

/** What an observation's row says besides the observation: its indicator, its entity and its source. */
export interface ObservationContext {
  indicator: Indicator;
  entity: Entity;
  source: Source;
}

/**
 * One CSV row: the observation with its indicator (named in `lang`), its entity's life and the full provenance of
 * its source.
 */
export function csvRow(
  observation: Observation,
  { indicator, entity, source }: ObservationContext,
  lang: Locale = 'en',
): string[] {
  return [
    observation.id,
    observation.indicator,
    textCell(indicator.name[lang]),
    ...entityCells(entity),
    observation.period_start,
    observation.period_end,
    String(observation.value),
    indicator.unit,
    observation.qualifier,
    observation.method,
    ...provenanceCells(observation, source),
  ];
}

/** RFC 4180 text (CRLF line ends, quotes where needed) of the header and the given rows. */
export function toCsv(rows: readonly string[][], options: { bom?: boolean; header?: boolean } = {}): string {
  const body = stringify(options.header === false ? [...rows] : [[...CSV_HEADER], ...rows], {
    record_delimiter: '\r\n',
  });
  return (options.bom ? UTF8_BOM : '') + body;
}
