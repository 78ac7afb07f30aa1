import {
  type Disagreement,
  formatNumber,
  formatPeriod,
  formatValue,
  type Indicator,
  type Locale,
  type Observation,
  type Source,
} from '@bd/core';

import { intlLocale, numberFormat } from '@bd/core/intl-formats';
import { representativePoints } from './representative-points.ts';

const DAY = 86_400_000;

/**
 * The most marks a chart draws. A longer series is drawn through this many of its own values, chosen to keep its
 * shape; the table and the CSV keep every value and its source.
 */
export const MAX_CHART_MARKS = 160;

/** One mark of the chart: a dot at an as-of date (stock, rank) or a bar spanning a period (flow). */
export interface ChartPoint {
  id: string;
  observation: Observation;
  source: Source | undefined;
  /** Where the dot sits: the as-of date, or the middle of a flow's period (ms since epoch). */
  x: number;
  /** Start and end of the period on the time axis; a flow's bar spans them (end is the end of the last day). */
  x0: number;
  x1: number;
  y: number;
  /** Drawn hollow: the source qualifies the figure ("nearly", "more than"…). */
  hollow: boolean;
  /** Part of a disagreement between sources. */
  disputed: boolean;
  /** Bars for the same period stand side by side: this one's place among `slots`. */
  slot: number;
  slots: number;
  /** "more than 42.4 billion USD" */
  valueText: string;
  /** "first half of 2020", "23 June 2020" */
  periodText: string;
}

/** Everything the chart draws, worked out without any layout. */
export interface ChartState {
  kind: Indicator['kind'];
  /** Every value, in series order. */
  points: ChartPoint[];
  /** The values drawn: all of `points`, or at most MAX_CHART_MARKS of them when `sampled`. */
  marks: ChartPoint[];
  /** Too many values to draw each: `marks` is a representative subset, joined by a line (flows too). */
  sampled: boolean;
  /** The line through the drawn dots, in series order; empty for flows drawn as bars. */
  line: { x: number; y: number }[];
  xDomain: [number, number];
  xTicks: number[];
  yDomain: [number, number];
  /** Round values on the value axis, evenly spaced. */
  yTicks: number[];
  /** Rank 1 is drawn at the top. */
  yReversed: boolean;
  /** Qualifiers present, for the legend. */
  qualifiers: Observation['qualifier'][];
  hasDisputed: boolean;
}

function timeOf(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

function yearStart(year: number): number {
  return Date.UTC(year, 0, 1);
}

/** 1, 2, 2.5, 5 × 10^n at or above `value`. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
}

/** Four or five evenly spaced round values from the domain's start to its end (both made by `niceCeiling`). */
export function valueTicks([start, end]: [number, number]): number[] {
  const span = end - start;
  if (span <= 0) return [start];
  const leading = span / 10 ** Math.floor(Math.log10(span));
  const steps = Math.abs(leading - 2) < 1e-9 ? 4 : 5;
  return Array.from({ length: steps + 1 }, (_, i) => Number((start + (span * i) / steps).toPrecision(12)));
}

/** Whole ranks from 1 to `last`, thinned to at most six. */
export function rankTicks(last: number): number[] {
  const step = Math.max(1, Math.ceil((last - 1) / 5));
  const ticks: number[] = [];
  for (let rank = 1; rank <= last; rank += step) ticks.push(rank);
  return ticks;
}

/** Ticks on 1 January of whole years, thinned so there are at most `maxTicks`. */
export function yearTicks(domain: [number, number], maxTicks = 8): number[] {
  const first =
    new Date(domain[0]).getUTCFullYear() +
    (new Date(domain[0]).getTime() > yearStart(new Date(domain[0]).getUTCFullYear()) ? 1 : 0);
  const last = new Date(domain[1]).getUTCFullYear();
  const years = Math.max(0, last - first + 1);
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(years / s) <= maxTicks) ?? 100;
  const ticks: number[] = [];
  for (let year = first; year <= last; year += step) ticks.push(yearStart(year));
  return ticks;
}

function slotsOf(observations: readonly Observation[]): Map<string, { slot: number; slots: number }> {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = `${o.period_start}/${o.period_end}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const slots = new Map<string, { slot: number; slots: number }>();
  for (const group of groups.values()) {
    group.forEach((o, slot) => {
      slots.set(o.id, { slot, slots: group.length });
    });
  }
  return slots;
}

/**
 * The chart of one indicator: marks for its observations (in series order), the axes' domains and ticks.
 * Stocks and ranks sit at their as-of dates; flows span their periods, so a half year is drawn as half a year.
 */
export function seriesChartState(
  indicator: Pick<Indicator, 'kind' | 'unit'>,
  observations: readonly Observation[],
  sources: readonly Source[],
  disagreements: readonly Disagreement[],
  locale: Locale,
): ChartState {
  const disputedIds = new Set(disagreements.flatMap((d) => d.observations.map((o) => o.id)));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const slots = slotsOf(observations);
  const points = observations.map((o): ChartPoint => {
    const x0 = timeOf(o.period_start);
    const x1 = timeOf(o.period_end) + (o.period_start === o.period_end ? 0 : DAY);
    return {
      id: o.id,
      observation: o,
      source: sourceById.get(o.source),
      x: indicator.kind === 'flow' ? (x0 + x1) / 2 : timeOf(o.period_end),
      x0,
      x1,
      y: o.value,
      hollow: o.qualifier !== 'exact',
      disputed: disputedIds.has(o.id),
      ...(slots.get(o.id) ?? { slot: 0, slots: 1 }),
      valueText: formatValue(o.value, indicator.unit, o.qualifier, locale),
      periodText: formatPeriod(o, locale),
    };
  });
  const sampled = points.length > MAX_CHART_MARKS;
  const marks = sampled ? representativePoints(points, MAX_CHART_MARKS) : points;
  const xDomain = timeDomain(points);
  const values = points.map((p) => p.y);
  const rank = indicator.kind === 'rank';
  const maxValue = Math.max(0, ...values);
  const minValue = Math.min(0, ...values);
  const yDomain: [number, number] = rank
    ? [1, Math.max(5, niceCeiling(maxValue + 1))]
    : [minValue < 0 ? -niceCeiling(-minValue * 1.1) : 0, niceCeiling(maxValue * 1.1)];
  return {
    kind: indicator.kind,
    points,
    marks,
    sampled,
    line: indicator.kind === 'flow' && !sampled ? [] : marks.map((p) => ({ x: p.x, y: p.y })),
    xDomain,
    xTicks: yearTicks(xDomain),
    yDomain,
    yTicks: rank ? rankTicks(yDomain[1]) : valueTicks(yDomain),
    yReversed: rank,
    qualifiers: [...new Set(observations.map((o) => o.qualifier))],
    hasDisputed: disputedIds.size > 0,
  };
}

function timeDomain(points: readonly ChartPoint[]): [number, number] {
  if (points.length === 0) {
    const year = new Date().getUTCFullYear();
    return [yearStart(year - 5), yearStart(year + 1)];
  }
  const start = Math.min(...points.map((p) => p.x0));
  const end = Math.max(...points.map((p) => p.x1));
  const pad = Math.max(120 * DAY, (end - start) * 0.05);
  return [start - pad, end + pad];
}

/** A short axis label: "40B", "1,000", "7%", "3". */
export function formatAxisValue(value: number, unit: Indicator['unit'], locale: Locale): string {
  if (unit === 'rank') return String(value);
  if (unit === 'percent') return `${formatNumber(value, 'count', locale)}%`;
  // Vietnamese spells the scale out ("50 tỷ"): its short forms ("50 T", "5 Tr") read as guesses.
  const display = locale === 'vi' ? 'long' : 'short';
  return numberFormat(intlLocale[locale], {
    notation: 'compact',
    compactDisplay: display,
    maximumFractionDigits: 1,
  }).format(value);
}

/** The year of a tick on the time axis. */
export function formatAxisYear(time: number): string {
  return String(new Date(time).getUTCFullYear());
}
