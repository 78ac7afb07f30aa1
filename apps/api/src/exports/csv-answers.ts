import type { DatedEvent, Observation } from '@bd/core';
import { csvRow, toCsv } from '@bd/core/csv';
import { eventCsvRow, eventsToCsv } from '@bd/core/events-csv';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { type Answer, textAnswer } from '../http/answer.ts';
import { attachment } from './csv-filename.ts';

const CSV_TYPE = 'text/csv; charset=utf-8';

function csvAnswer(text: string, etag: string, filename: string): Answer {
  return textAnswer(text, etag, { 'Content-Type': CSV_TYPE, 'Content-Disposition': attachment(filename) });
}

/** The observations CSV: one row per observation with its indicator and the full provenance of its source. */
export function observationsCsv(
  data: DatasetIndex,
  observations: readonly Observation[],
  options: { bom: boolean; etag: string; filename: string },
): Answer {
  const rows = observations.map((o) => csvRow(o, data.indicators.get(o.indicator)!, data.sources.get(o.source)!));
  return csvAnswer(toCsv(rows, { bom: options.bom }), options.etag, options.filename);
}

/** The events CSV: one row per event with the full provenance of its source. */
export function eventsCsv(
  data: DatasetIndex,
  events: readonly DatedEvent[],
  options: { bom: boolean; etag: string; filename: string },
): Answer {
  const rows = events.map((e) => eventCsvRow(e, data.sources.get(e.source)!));
  return csvAnswer(eventsToCsv(rows, { bom: options.bom }), options.etag, options.filename);
}
