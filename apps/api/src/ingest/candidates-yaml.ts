import type { Indicator } from '@bd/core';
import type { DraftEvent, DraftObservation, SkippedFigure } from '@bd/ingest';
import { Document, isMap, isScalar, isSeq, type Node, visit } from 'yaml';
import type { SourceSkeleton } from './source-skeleton.ts';

const OBSERVATION_FIELDS = [
  'id',
  'indicator',
  'entity',
  'period_start',
  'period_end',
  'period_needs_review',
  'value',
  'qualifier',
  'method',
  'evidence',
] as const;
const EVENT_FIELDS = [
  'id',
  'type',
  'entity',
  'date',
  'date_precision',
  'date_needs_review',
  'name',
  'country',
  'agreement',
  'evidence',
] as const;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const NO_INDICATOR = 'no indicator';

function pick<T extends object>(record: T, fields: readonly string[]): Record<string, unknown> {
  const entries = fields.map((f) => [f, (record as Record<string, unknown>)[f]] as const).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries);
}

/** The fields of a data file's observation, in its order: what a curator pastes. */
function observationRecord(o: DraftObservation): Record<string, unknown> {
  return pick(o, OBSERVATION_FIELDS);
}

/** The fields of a data file's event, in its order. */
function eventRecord(e: DraftEvent): Record<string, unknown> {
  return pick(e, EVENT_FIELDS);
}

/** Observations in the order of `indicators`, those without one last, each group in text order. */
export function groupByIndicator(
  observations: readonly DraftObservation[],
  indicators: readonly Indicator[],
): DraftObservation[][] {
  const order = [...indicators.map((i) => i.id), null];
  return order.map((id) => observations.filter((o) => o.indicator === id)).filter((group) => group.length > 0);
}

function groupHeading(indicatorId: string | null, indicators: readonly Indicator[], count: number): string {
  const indicator = indicators.find((i) => i.id === indicatorId);
  if (!indicator) return ` ── ${NO_INDICATOR} (${count}): choose one from indicators.yaml, or drop the figure ──`;
  return ` ── ${indicator.id} · ${indicator.name.en} (${indicator.unit}, ${indicator.kind}): ${count} ──`;
}

function observationComment(o: DraftObservation): string {
  return [` in: ${o.context}`, ` why (${o.unit}, ${o.confidence} confidence): ${o.reason}`].join('\n');
}

function eventComment(e: DraftEvent): string {
  return ` why (${e.confidence} confidence): ${e.reason}`;
}

export interface CandidatesDocument {
  heading: string[];
  source: SourceSkeleton;
  groups: DraftObservation[][];
  events: DraftEvent[];
  indicators: readonly Indicator[];
  /** Listed at the end as comments. */
  skipped?: SkippedFigure[];
}

function setComments(seq: unknown, comments: string[]): void {
  if (!isSeq(seq)) return;
  seq.items.forEach((item, i) => {
    if (comments[i] !== undefined) (item as Node).commentBefore = comments[i];
  });
}

/**
 * The candidates as one YAML document with the layout of a `data/sources/*.yaml` file: the source skeleton,
 * observations grouped by indicator with the sentence and the reason above each, events, and the numbers set aside.
 */
export function candidatesYaml(input: CandidatesDocument): string {
  const observations = input.groups.flat();
  const doc = new Document({
    source: input.source.record,
    observations: observations.map(observationRecord),
    events: input.events.map(eventRecord),
  });
  doc.commentBefore = input.heading.map((line) => ` ${line}`).join('\n');
  const source = doc.get('source', true);
  if (isMap(source)) {
    for (const pair of source.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const comment = input.source.comments[key];
      if (comment && isScalar(pair.value)) pair.value.comment = ` ${comment}`;
    }
  }
  const comments: string[] = [];
  for (const group of input.groups) {
    group.forEach((o, i) => {
      const heading = i === 0 ? `${groupHeading(o.indicator, input.indicators, group.length)}\n` : '';
      comments.push(`${heading}${observationComment(o)}`);
    });
  }
  setComments(doc.get('observations', true), comments);
  setComments(doc.get('events', true), input.events.map(eventComment));
  if (input.skipped && input.skipped.length > 0) {
    doc.comment = [' Numbers set aside (not proposed):', ...input.skipped.map((s) => `   ${s.text}: ${s.reason}`)].join('\n');
  }
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && ISO_DAY.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 });
}
