import type { Observation, Qualifier } from './schemas/observation.ts';

/**
 * Orders two ids or ISO dates by their characters' code points: the same order in every locale (ids and dates are
 * ASCII), and many times faster than `localeCompare` when 360,000 observations are sorted.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders observations by period end, then period start, then source, then id: the order of every series. */
export function compareObservations(a: Observation, b: Observation): number {
  return (
    compareIds(a.period_end, b.period_end) ||
    compareIds(a.period_start, b.period_start) ||
    compareIds(a.source, b.source) ||
    compareIds(a.id, b.id)
  );
}

/** The observations of one indicator for one entity, in series order. */
export function seriesOf(observations: readonly Observation[], indicator: string, entity?: string): Observation[] {
  return observations
    .filter((o) => o.indicator === indicator && (entity === undefined || o.entity === entity))
    .sort(compareObservations);
}

/** The change from the previous observation to the latest one, or undefined with fewer than two. */
export interface Change {
  from: Observation;
  to: Observation;
  delta: number;
  /**
   * How far `delta` can be stated: `exact` between two exact figures; `approximate` when either end is "about"
   * and neither says more; `unknown` when either end is "nearly", "more than" or "at least", where the difference
   * of the two figures is not the change (two "more than" figures can be any distance apart), so only the two ends
   * may be shown.
   */
  precision: ChangePrecision;
}

export type ChangePrecision = 'exact' | 'approximate' | 'unknown';

/** How well the change between two figures is known from their qualifiers: see `Change.precision`. */
export function changePrecision(from: Qualifier, to: Qualifier): ChangePrecision {
  const stated = (q: Qualifier) => q === 'exact' || q === 'about';
  if (!stated(from) || !stated(to)) return 'unknown';
  return from === 'exact' && to === 'exact' ? 'exact' : 'approximate';
}

/**
 * Latest observation and its change since the previous comparable one: for a stock or rank, the latest earlier
 * as-of date; for a flow, the latest earlier period of the same length (a year against a year, never a year
 * against a half year or two years). No change where there is nothing comparable.
 */
export function latestChange(series: readonly Observation[]): { latest?: Observation; change?: Change } {
  const latest = series.at(-1);
  if (!latest) return {};
  const flow = latest.period_start !== latest.period_end;
  const previous = [...series]
    .reverse()
    .find(
      (o) =>
        o.period_end < latest.period_end &&
        (!flow || Math.abs(periodDays(o) - periodDays(latest)) <= 1 || sameCalendarSpan(o, latest)),
    );
  if (!previous) return { latest };
  return {
    latest,
    change: {
      from: previous,
      to: latest,
      delta: latest.value - previous.value,
      precision: changePrecision(previous.qualifier, latest.qualifier),
    },
  };
}

/** Both periods are whole calendar years, or both the same months of a year (leap days aside). */
function sameCalendarSpan(a: Observation, b: Observation): boolean {
  return (
    a.period_start.slice(5) === b.period_start.slice(5) &&
    a.period_end.slice(5) === b.period_end.slice(5) &&
    a.period_start.slice(0, 4) === a.period_end.slice(0, 4) &&
    b.period_start.slice(0, 4) === b.period_end.slice(0, 4)
  );
}

/** Flows are comparable only over periods of the same length; this groups a flow series by period length in days. */
export function periodDays(o: Pick<Observation, 'period_start' | 'period_end'>): number {
  return Math.round((Date.parse(o.period_end) - Date.parse(o.period_start)) / 86_400_000) + 1;
}

/** Qualifiers that say the true figure lies below (`nearly`) or above (`more_than`, `at_least`) the value. */
export function qualifierDirection(q: Qualifier): -1 | 0 | 1 {
  if (q === 'nearly') return -1;
  if (q === 'more_than' || q === 'at_least') return 1;
  return 0;
}
