import type { Indicator } from './schemas/indicator.ts';
import type { Observation } from './schemas/observation.ts';
import { periodDays, qualifierDirection, seriesOf } from './series.ts';

export type DisagreementKind = 'same_period_conflict' | 'stock_falls' | 'qualifier_conflict';

/** A place where the sources do not add up, found by comparing observations; never written by hand. */
export interface Disagreement {
  kind: DisagreementKind;
  indicator: string;
  entity: string;
  /** The observations involved, in series order. */
  observations: Observation[];
}

const NEARBY_DAYS = 366;

/**
 * Finds, for every indicator and entity: two different values for the same period; a stock that falls
 * between two articles; and qualifiers pointing opposite ways for the same figure at nearby dates
 * ("nearly 35 billion" then "over 35 billion").
 */
export function findDisagreements(indicators: readonly Indicator[], observations: readonly Observation[]): Disagreement[] {
  const found: Disagreement[] = [];
  const entities = [...new Set(observations.map((o) => o.entity))].sort();
  // Each series is looked up, not filtered out of every observation: 100 places × 30 indicators × 360,000
  // observations would be a billion comparisons.
  const bySeries = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = `${o.indicator}\u0000${o.entity}`;
    const list = bySeries.get(key);
    if (list) list.push(o);
    else bySeries.set(key, [o]);
  }
  for (const indicator of indicators) {
    for (const entity of entities) {
      const series = seriesOf(bySeries.get(`${indicator.id}\u0000${entity}`) ?? [], indicator.id, entity);
      const push = (kind: DisagreementKind, items: Observation[]) =>
        found.push({ kind, indicator: indicator.id, entity, observations: items });
      for (let i = 0; i < series.length; i++) {
        const a = series[i] as Observation;
        for (let j = i + 1; j < series.length; j++) {
          const b = series[j] as Observation;
          const samePeriod = a.period_start === b.period_start && a.period_end === b.period_end;
          if (samePeriod && (a.value !== b.value || a.qualifier !== b.qualifier)) push('same_period_conflict', [a, b]);
          if (a.value === b.value && !samePeriod && periodDays(a) === periodDays(b)) {
            const gap = (Date.parse(b.period_end) - Date.parse(a.period_end)) / 86_400_000;
            const da = qualifierDirection(a.qualifier);
            const db = qualifierDirection(b.qualifier);
            if (gap <= NEARBY_DAYS && da !== 0 && db !== 0 && da !== db) push('qualifier_conflict', [a, b]);
          }
        }
        const next = series[i + 1];
        if (indicator.kind === 'stock' && !indicator.can_fall && next && next.period_end > a.period_end && next.value < a.value) {
          push('stock_falls', [a, next]);
        }
      }
    }
  }
  return found;
}
