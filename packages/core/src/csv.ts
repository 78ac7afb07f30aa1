import { stringify } from 'csv-stringify/sync';
import type { Indicator } from './schemas/indicator.ts';
import type { Observation } from './schemas/observation.ts';
import type { Source } from './schemas/source.ts';

/** The columns of every observations CSV, in order. */
export const CSV_HEADER = [
  'indicator_id',
  'indicator_name',
  'entity_id',
  'period_start',
  'period_end',
  'value',
  'unit',
  'qualifier',
  'method',
  'source_id',
  'source_title',
  'source_publisher',
  'source_published',
  'source_url',
  'evidence',
  'evidence_en',
  'note',
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

/** One CSV row: the observation with its indicator and the full provenance of its source. */
export function csvRow(observation: Observation, indicator: Indicator, source: Source): string[] {
  const text = (value: string | undefined) => neutraliseFormula(value ?? '');
  return [
    observation.indicator,
    text(indicator.name.en),
    observation.entity,
    observation.period_start,
    observation.period_end,
    String(observation.value),
    indicator.unit,
    observation.qualifier,
    observation.method,
    source.id,
    text(source.title),
    text(source.publisher),
    source.published,
    text(source.url),
    text(observation.evidence),
    text(observation.evidence_en),
    text(observation.note),
  ];
}

/** RFC 4180 text (CRLF line ends, quotes where needed) of the header and the given rows. */
export function toCsv(rows: readonly string[][], options: { bom?: boolean; header?: boolean } = {}): string {
  const body = stringify(options.header === false ? [...rows] : [[...CSV_HEADER], ...rows], {
    record_delimiter: '\r\n',
  });
  return (options.bom ? UTF8_BOM : '') + body;
}
