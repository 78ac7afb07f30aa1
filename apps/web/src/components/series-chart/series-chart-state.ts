import {
  type Disagreement,
  formatPeriod,
  formatRankAmong,
  formatValue,
  type Indicator,
  type Locale,
  type Observation,
  peerCountOn,
  type Source,
  type Unit,
} from '@bd/core';
import type { ChartChange } from '../../lib/entity-life-line.ts';
import { type ChangeRule, changeRules } from './change-rules.ts';
import { niceCeiling, rankTicks, type ValueAxis, valueAxis, valueTicks, yearTicks } from './chart-axes.ts';
import { type MarkShape, QUALIFIER_MARKS, QUALIFIER_ORDER } from './qualifier-marks.ts';
import { representativePoints } from './representative-points.ts';
import { timePlacement } from './series-time.ts';
import { crossesUnreported, type UnreportedSpan, unreportedSpans } from './unreported-spans.ts';

const DAY = 86_400_000;

/**
 * The most marks a chart draws. A longer series is drawn through this many of its own values, chosen to keep its
 * shape; the table and the CSV keep every value and its source.
 */
export const MAX_CHART_MARKS = 160;

/** A bar is this share of the space its period is given, so neighbouring bars never touch. */
const BAR_SHARE = 0.7;

/** One mark of the chart: a dot at an as-of date (stock, rank) or a bar for a period (flow). */
export interface ChartPoint {
  id: string;
  observation: Observation;
  source: Source | undefined;
  /** Where the dot sits: the as-of date, or the middle of a flow's period (ms since epoch). */
  x: number;
  /** Start and end of the period on the time axis (end is the end of the last day): a flow's bracket spans them. */
  x0: number;
  x1: number;
  /**
   * A flow's bar, centred on its period: every bar of a chart is equally wide, so its ink is proportional to the
   * amount alone, never to the period's length (docs/decisions/013-flows-as-equal-bars.md).
   */
  barX0: number;
  barX1: number;
  y: number;
  /** Drawn hollow: the source qualifies the figure ("nearly", "more than"…). */
  hollow: boolean;
  /** The mark of its qualifier: a dot, a ring, a triangle down for "nearly", up for "more than"… */
  mark: MarkShape;
  /** Part of a disagreement between sources. */
  disputed: boolean;
  /** Bars for the same period stand side by side: this one's place among `slots`. */
  slot: number;
  slots: number;
  /** "more than 42.4 billion USD" */
  valueText: string;
  /** "first half of 2020", "23 June 2020" */
  periodText: string;
  /** The stretch without a value that starts or ends at this value, for its tooltip. */
  gapBefore: UnreportedSpan | undefined;
  gapAfter: UnreportedSpan | undefined;
}

/** A piece of the line between two drawn values; `reported: false` where no source reports what lies between. */
export interface LineSegment {
  from: { x: number; y: number };
  to: { x: number; y: number };
  reported: boolean;
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
  segments: LineSegment[];
  /** Stretches of time no source reports a value for: dashed on the line, a band between bars. */
  gaps: UnreportedSpan[];
  /** The latest value, labelled on the chart. */
  latest: ChartPoint | undefined;
  xDomain: [number, number];
  xTicks: number[];
  yDomain: [number, number];
  /** Round values on the value axis, evenly spaced. */
  yTicks: number[];
  /** What the value axis counts in ("billion USD"), said in its title. */
  yAxis: ValueAxis;
  /** Rank 1 is drawn at the top. */
  yReversed: boolean;
  /** Qualifiers present, in legend order. */
  qualifiers: Observation['qualifier'][];
  hasDisputed: boolean;
  /** The entity's changes the time axis reaches, each a labelled vertical rule; the summary says each. */
  rules: ChangeRule[];
}

/** A value as text; a rank with the number it is among where a count of its peers is known by its date. */
export function rankedValueText(o: Observation, unit: Unit, peerCounts: readonly Observation[], locale: Locale): string {
  const peers = unit === 'rank' ? peerCountOn(o.period_end, peerCounts) : undefined;
  return peers ? formatRankAmong(o.value, peers.value, o.qualifier, locale) : formatValue(o.value, unit, o.qualifier, locale);
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
 * The chart of one indicator: marks for its observations (in series order), the axes' domains and ticks, the line
 * and the stretches no source reports. Stocks and ranks sit at their as-of dates; a flow's bars sit at the middle
 * of their periods, all equally wide, with the period they cover marked beneath. The entity's `changes` the time
 * axis reaches are ruled across it. A rank's value says how many it is among, from `peerCounts` (the answer's
 * `peer_counts`): "3rd of 63 provinces and cities".
 */
export function seriesChartState(
  indicator: Pick<Indicator, 'kind' | 'unit'>,
  observations: readonly Observation[],
  sources: readonly Source[],
  disagreements: readonly Disagreement[],
  locale: Locale,
  changes: readonly ChartChange[] = [],
  peerCounts: readonly Observation[] = [],
): ChartState {
  const disputedIds = new Set(disagreements.flatMap((d) => d.observations.map((o) => o.id)));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const slots = slotsOf(observations);
  const flow = indicator.kind === 'flow';
  const placed = observations.map((o) => ({ o, ...timePlacement(o, indicator.kind) }));
  const barHalf = (barWidth(placed) * BAR_SHARE) / 2;
  const gaps = unreportedSpans(indicator.kind, placed, locale);
  const points = placed.map(({ o, x0, x1, x }): ChartPoint => {
    const after = gaps.find((g) => (flow ? g.start === x1 : g.start === x));
    const before = gaps.find((g) => (flow ? g.end === x0 : g.end === x));
    return {
      id: o.id,
      observation: o,
      source: sourceById.get(o.source),
      x,
      x0,
      x1,
      barX0: x - barHalf,
      barX1: x + barHalf,
      y: o.value,
      hollow: !QUALIFIER_MARKS[o.qualifier].filled,
      mark: QUALIFIER_MARKS[o.qualifier].shape,
      disputed: disputedIds.has(o.id),
      ...(slots.get(o.id) ?? { slot: 0, slots: 1 }),
      valueText: rankedValueText(o, indicator.unit, peerCounts, locale),
      periodText: formatPeriod(o, locale),
      gapBefore: before,
      gapAfter: after,
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
  const yTicks = rank ? rankTicks(yDomain[1]) : valueTicks(yDomain);
  const present = new Set(observations.map((o) => o.qualifier));
  return {
    kind: indicator.kind,
    points,
    marks,
    sampled,
    segments: flow && !sampled ? [] : lineSegments(marks, gaps),
    gaps,
    latest: points.at(-1),
    xDomain,
    xTicks: yearTicks(xDomain),
    yDomain,
    yTicks,
    yAxis: valueAxis(indicator.unit, yTicks),
    yReversed: rank,
    qualifiers: QUALIFIER_ORDER.filter((q) => present.has(q)),
    hasDisputed: disputedIds.size > 0,
    rules: changeRules(changes, xDomain),
  };
}

/**
 * The time each bar is given: the shortest period, or less where two periods' middles are closer than that, so
 * that equally wide bars never overlap.
 */
function barWidth(placed: readonly { x: number; x0: number; x1: number }[]): number {
  const shortest = Math.min(...placed.map((p) => p.x1 - p.x0).filter((d) => d > 0), 365 * DAY);
  const middles = [...new Set(placed.map((p) => p.x))].sort((a, b) => a - b);
  const closest = Math.min(...middles.slice(1).map((m, i) => m - middles[i]!), Number.POSITIVE_INFINITY);
  return Math.max(DAY, Math.min(shortest, closest));
}

/** The line between neighbouring drawn values, each piece dashed where it crosses a stretch nobody reports. */
function lineSegments(marks: readonly ChartPoint[], gaps: readonly UnreportedSpan[]): LineSegment[] {
  return marks.slice(1).map((to, i) => {
    const from = marks[i]!;
    return {
      from: { x: from.x, y: from.y },
      to: { x: to.x, y: to.y },
      reported: !crossesUnreported(gaps, from.x, to.x),
    };
  });
}

function timeDomain(points: readonly ChartPoint[]): [number, number] {
  if (points.length === 0) {
    const year = new Date().getUTCFullYear();
    return [Date.UTC(year - 5, 0, 1), Date.UTC(year + 1, 0, 1)];
  }
  const start = Math.min(...points.map((p) => Math.min(p.x0, p.barX0)));
  const end = Math.max(...points.map((p) => Math.max(p.x1, p.barX1)));
  const pad = Math.max(120 * DAY, (end - start) * 0.05);
  const [from, to] = [start - pad, end + pad];
  // A time axis with no New Year in it has no tick to read a year from: stretch it to the years around.
  const firstYear = new Date(from).getUTCFullYear();
  if (Date.UTC(firstYear + 1, 0, 1) > to) return [Date.UTC(firstYear, 0, 1), Date.UTC(firstYear + 1, 0, 1)];
  return [from, to];
}
