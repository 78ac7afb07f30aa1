import type { DatedEvent, Entity, Source } from '@bd/core';
import { ENTITY_COLUMNS, entityCells, PROVENANCE_COLUMNS, provenanceCells, textCell, toCsv } from './csv.ts';

/** The columns of every events CSV, in order: the event and its entity's life, then the provenance of its source. */
export const EVENT_CSV_HEADER = [
  'event_id',
  'type',
  ...ENTITY_COLUMNS,
  'date',
  'date_precision',
  'name',
  'country',
  'agreement',
  ...PROVENANCE_COLUMNS,
] as const;
export type EventCsvColumn = (typeof EVENT_CSV_HEADER)[number];

/** One events CSV row: the event with its entity's life and the full provenance of its source. */
export function eventCsvRow(event: DatedEvent, { entity, source }: { entity: Entity; source: Source }): string[] {
  return [
    event.id,
    event.type,
    ...entityCells(entity),
    event.date,
    event.date_precision,
    textCell(event.name),
    event.country ?? '',
    textCell(event.agreement),
    ...provenanceCells(event, source),
  ];
}

/** RFC 4180 text of the events header and rows, like `toCsv` for observations. */
export function eventsToCsv(rows: readonly string[][], options: { bom?: boolean } = {}): string {
  return toCsv([[...EVENT_CSV_HEADER], ...rows], { bom: options.bom, header: false });
}
