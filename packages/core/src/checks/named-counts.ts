import type { DatedEvent } from '../schemas/event.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Observation } from '../schemas/observation.ts';
import { expandPartialDate } from '../schemas/query.ts';
import type { Source } from '../schemas/source.ts';

/** A stated count set against the items the articles name. */
export interface NamedTally {
  /** The least the stated value allows: 13 for "13", 36 for "more than 35". */
  stated: number;
  count: number;
  /** Stated but never named. */
  missing: number;
  /** Named beyond an exact count of a period. */
  extra: number;
  events: DatedEvent[];
}

/** The least whole count a stated value allows, or undefined where it gives no floor ("nearly", "about"). */
function statedFloor(observation: Observation): number | undefined {
  switch (observation.qualifier) {
    case 'exact':
    case 'at_least':
      return Math.ceil(observation.value);
    case 'more_than':
      return Math.floor(observation.value) + 1;
    default:
      return undefined;
  }
}

/** The last day a dated event may have happened on: the end of its month or year when only those are given. */
function latestDay(event: DatedEvent): string {
  if (event.date_precision === 'year') return `${event.date.slice(0, 4)}-12-31`;
  if (event.date_precision === 'month') return expandPartialDate(event.date.slice(0, 7), 'end') ?? event.date;
  return event.date;
}

/** The same item named twice (by two articles) is one: same country, same name up to case and punctuation. */
export function namedItemKey(event: Pick<DatedEvent, 'country' | 'name'>): string {
  return `${event.country ?? ''}|${event.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')}`;
}

/**
 * Which named events a stated count covers.
 * - A stock as of a date: the events dated on or before it that articles published no later than the stating
 *   one name. What a later article names is not held against an earlier count.
 * - A flow over a period: the events that certainly happened within it. An event dated only by the day it was
 *   reported (`reported`) says nothing about when it happened, so it counts towards no period.
 */
export function coveredEvents(
  observation: Observation,
  indicator: Indicator,
  events: readonly DatedEvent[],
  sources: ReadonlyMap<string, Source>,
): DatedEvent[] {
  const statedIn = sources.get(observation.source)?.published;
  const candidates = events.filter((e) => e.type === indicator.counts_events && e.entity === observation.entity);
  const covered =
    indicator.kind === 'stock'
      ? candidates.filter((e) => {
          const namedIn = sources.get(e.source)?.published;
          return e.date <= observation.period_end && namedIn !== undefined && statedIn !== undefined && namedIn <= statedIn;
        })
      : candidates.filter(
          (e) => e.date_precision !== 'reported' && e.date >= observation.period_start && latestDay(e) <= observation.period_end,
        );
  const distinct = new Map<string, DatedEvent>();
  for (const e of [...covered].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))) {
    const key = namedItemKey(e);
    if (!distinct.has(key)) distinct.set(key, e);
  }
  return [...distinct.values()];
}

/**
 * A count an article states (`method: stated`) against the events of the kind the indicator counts
 * (`counts_events`) that the articles name; undefined where the indicator counts no events or the value gives no
 * floor. A flow's exact count is also checked the other way: more named in the period than stated.
 */
export function tallyNamed(
  observation: Observation,
  indicator: Indicator,
  events: readonly DatedEvent[],
  sources: ReadonlyMap<string, Source>,
): NamedTally | undefined {
  if (indicator.counts_events === undefined || indicator.unit !== 'count' || observation.method !== 'stated') return undefined;
  const stated = statedFloor(observation);
  if (stated === undefined) return undefined;
  const named = coveredEvents(observation, indicator, events, sources);
  const exactFlow = indicator.kind === 'flow' && observation.qualifier === 'exact';
  return {
    stated,
    count: named.length,
    missing: Math.max(0, stated - named.length),
    extra: exactFlow ? Math.max(0, named.length - stated) : 0,
    events: named,
  };
}
