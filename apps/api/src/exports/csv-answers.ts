import type { DatedEvent, Locale, Observation } from '@bd/core';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { type Answer, chunked, type StreamedAnswer, textAnswer } from '../http/answer.ts';
import { CSV_HEADER, csvRow, type ObservationContext, toCsv, UTF8_BOM } from './csv.ts';
import { attachment } from './csv-filename.ts';
import { eventCsvRow, eventsToCsv } from './events-csv.ts';
import type { LookupTable } from './lookup-tables.ts';

const CSV_TYPE = 'text/csv; charset=utf-8';

function csvAnswer(text: string, etag: string, filename: string): Answer {
  return textAnswer(text, etag, { 'Content-Type': CSV_TYPE, 'Content-Disposition': attachment(filename) });
}

/** The records an observation names, which the dataset checks made sure exist. */
const contextOf = (data: DatasetIndex, o: Observation): ObservationContext => ({
  indicator: data.indicators.get(o.indicator)!,
  entity: data.entities.get(o.entity)!,
  source: data.sources.get(o.source)!,
});

/**
 * The observations CSV: one row per observation with its indicator (named in `lang`) and the full provenance of its
 * source. Up to `limit` rows it is written at once; a longer one is streamed a chunk of rows at a time, never as one
 * string.
 */
export function observationsCsv(
  data: DatasetIndex,
  observations: readonly Observation[],
  options: { bom: boolean; lang: Locale; etag: string; filename: string; limit: number },
): Answer | StreamedAnswer {
  const rowsOf = (list: readonly Observation[]) => list.map((o) => csvRow(o, contextOf(data, o), options.lang));
  if (observations.length <= options.limit) {
    return csvAnswer(toCsv(rowsOf(observations), { bom: options.bom }), options.etag, options.filename);
  }
  const header = toCsv([[...CSV_HEADER]], { header: false });
  return {
    chunks: () =>
      chunked(observations, (list) => toCsv(rowsOf(list), { header: false }), {
        prefix: (options.bom ? UTF8_BOM : '') + header,
        suffix: '',
        separator: '',
      }),
    etag: options.etag,
    headers: { 'Content-Type': CSV_TYPE, 'Content-Disposition': attachment(options.filename) },
  };
}

/** The events CSV: one row per event with the full provenance of its source. */
export function eventsCsv(
  data: DatasetIndex,
  events: readonly DatedEvent[],
  options: { bom: boolean; etag: string; filename: string },
): Answer {
  const rows = events.map((e) => eventCsvRow(e, { entity: data.entities.get(e.entity)!, source: data.sources.get(e.source)! }));
  return csvAnswer(eventsToCsv(rows, { bom: options.bom }), options.etag, options.filename);
}

/** A lookup table's CSV (`/api/entities.csv`…): its header, then one row per record. */
export function lookupTableCsv(
  data: DatasetIndex,
  table: LookupTable,
  options: { bom: boolean; etag: string; filename: string },
): Answer {
  const header = table.fields.map((f) => f.name);
  return csvAnswer(toCsv([header, ...table.rows(data)], { bom: options.bom, header: false }), options.etag, options.filename);
}
