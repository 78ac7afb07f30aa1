import type { DatePrecision, EventType, Indicator, Method, Qualifier, TextLanguage } from '@bd/core';

/** How sure the proposer is: `high` when two cues agree, `low` when a curator has to decide. */
export type Confidence = 'high' | 'medium' | 'low';

/** The unit a figure is written in. */
export type FigureUnit = 'USD' | 'VND' | 'percent' | 'count' | 'rank';

/**
 * A candidate observation, with the field names of `data/sources/*.yaml` so a curator can paste it, plus what
 * the proposer knows about it (`unit`, `confidence`, `reason`) and what it could not settle.
 */
export interface DraftObservation {
  id: string;
  /** `null` when no keyword rule matched: the figure is shown so the curator decides. */
  indicator: string | null;
  entity: string;
  /** Absent, with `period_needs_review`, when no period could be read. */
  period_start?: string;
  period_end?: string;
  period_needs_review?: true;
  /** In base units. */
  value: number;
  unit: FigureUnit;
  qualifier: Qualifier;
  method: Method;
  evidence: string;
  confidence: Confidence;
  /** Why this indicator, period and qualifier: the words that were read. */
  reason: string;
  /** The sentence the figure stands in, with the figure marked ⟦like this⟧, for review. */
  context: string;
}

/** A candidate event with the field names of `data/sources/*.yaml`. */
export interface DraftEvent {
  id: string;
  type: EventType;
  entity: string;
  date?: string;
  date_precision?: DatePrecision;
  date_needs_review?: true;
  name: string;
  country?: string;
  agreement?: string;
  evidence: string;
  confidence: Confidence;
  reason: string;
}

/** A number in the text that is not proposed, and why (a year, a day of a date, a count of people…). */
export interface SkippedFigure {
  text: string;
  index: number;
  reason: string;
}

export interface ProposeOptions {
  language: TextLanguage;
  /** The article the records will cite. They carry no `source` field: the loader takes it from the file. */
  sourceId: string;
  indicators: Indicator[];
  /** The entity the article is about; `binh-duong` unless given. */
  entity?: string;
}

export interface Proposals {
  observations: DraftObservation[];
  events: DraftEvent[];
  skipped: SkippedFigure[];
}
