import type { Observation, Qualifier } from './schemas/observation.ts';

/** Orders observations by period end, then period start, then source, then id: the order of every series. */
export function compareObservations(a: Observation, b: Observation): number {
  return (
    a.period_end.localeCompare(b.period_end) ||
    a.period_start.localeCompare(b.period_start) ||
    a.source.localeCompare(b.source) ||
    a.id.localeCompare(b.id)
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
  /** True when either value is qualified ("nearly", "more than"…), so the change is approximate. */
  approximate: boolean;
}

/** Latest observation and its change since the previous one with a different period. */
export function latestChange(series: readonly Observation[]): { latest?: Observation; change?: Change } {
  const latest = series.at(-1);
  if (!latest) return {};
  const previous = [...series]
    .reverse()
    .find((o) => o.period_end !== latest.period_end || o.period_start !== latest.period_start);
  if (!previous) return { latest };
  return {
    latest,
    change: {
      from: previous,
      to: latest,
      delta: latest.value - previous.value,
      approximate: previous.qualifier !== 'exact' || latest.qualifier !== 'exact',
    },
  };
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
