import { formatPeriod, type IndicatorKind, type Locale } from '@bd/core';
import type { TimePlacement } from './series-time.ts';

const DAY = 86_400_000;
/** Two years: between stocks further apart than this nobody reported the level, whatever the usual spacing. */
const LONGEST_REPORTED_STRETCH = 730 * DAY;
/** A flow's periods a month apart or less are taken as adjoining (sources round their dates). */
const ADJOINING = 31 * DAY;

/**
 * A stretch of time no source reports a value for, where a line or an empty stretch of axis would suggest one.
 * For a stock or rank, `start` and `end` are the as-of dates either side; for a flow, the uncovered time itself.
 */
export interface UnreportedSpan extends UnreportedStretch {
  /** "between September 2020 and January 2024" is said with `from` and `to` as the months either side. */
  from: string;
  to: string;
}

/** A stretch of time with no value, as times: see `UnreportedSpan`. */
export interface UnreportedStretch {
  start: number;
  end: number;
}

/**
 * The stretches with no value. A stock's two neighbouring values are further apart than usual when their distance
 * is more than twice the series' median spacing, or more than two years: a solid line there would show a trend
 * nobody reported. A flow's are the times between its periods that no period covers.
 */
export function unreportedStretches(kind: IndicatorKind, points: readonly TimePlacement[]): UnreportedStretch[] {
  return kind === 'flow' ? uncoveredTimes(points) : distantNeighbours(points);
}

/** `unreportedStretches`, each with the months (or years) either side as the interface writes them. */
export function unreportedSpans(kind: IndicatorKind, points: readonly TimePlacement[], locale: Locale): UnreportedSpan[] {
  return unreportedStretches(kind, points).map((s) => {
    if (kind !== 'flow') return { ...s, from: monthOf(s.start, locale), to: monthOf(s.end, locale) };
    const lastDay = s.end - DAY;
    const wholeYears = new Date(s.start).getUTCMonth() === 0 && new Date(s.end).getUTCMonth() === 0;
    return {
      ...s,
      from: wholeYears ? String(new Date(s.start).getUTCFullYear()) : monthOf(s.start, locale),
      to: wholeYears ? String(new Date(lastDay).getUTCFullYear()) : monthOf(lastDay, locale),
    };
  });
}

function distantNeighbours(points: readonly TimePlacement[]): UnreportedStretch[] {
  const times = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
  const steps = times.slice(1).map((t, i) => ({ start: times[i]!, end: t }));
  const usual = median(steps.map((s) => s.end - s.start));
  return steps.filter((s) => s.end - s.start > Math.min(2 * usual, LONGEST_REPORTED_STRETCH));
}

function uncoveredTimes(points: readonly TimePlacement[]): UnreportedStretch[] {
  const periods = [...points].sort((a, b) => a.x0 - b.x0);
  const stretches: UnreportedStretch[] = [];
  let covered = periods[0]?.x1 ?? 0;
  for (const period of periods.slice(1)) {
    if (period.x0 - covered > ADJOINING) stretches.push({ start: covered, end: period.x0 });
    covered = Math.max(covered, period.x1);
  }
  return stretches;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.POSITIVE_INFINITY;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** "September 2020": the month a time falls in, as the interface writes a whole month. */
function monthOf(time: number, locale: Locale): string {
  const date = new Date(time);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return formatPeriod({ period_start: `${y}-${mm}-01`, period_end: `${y}-${mm}-${last}` }, locale);
}

/** True when the step from `from` to `to` crosses one of the `stretches` nobody reports: its line is dashed. */
export function crossesUnreported(stretches: readonly UnreportedStretch[], from: number, to: number): boolean {
  return stretches.some((s) => s.start >= from && s.end <= to);
}
