import { type Disagreement, findDisagreements } from '../disagreements.ts';
import type { Check, CheckKind } from '../schemas/check.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { DatedEvent } from '../schemas/event.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Observation } from '../schemas/observation.ts';
import type { Source } from '../schemas/source.ts';
import { compareObservations } from '../series.ts';
import { disagreementText, namedText } from './check-text.ts';
import { type NamedTally, tallyNamed } from './named-counts.ts';

/** What `findChecks` reads: the records, as loaded and validated. */
export type CheckInput = Pick<Dataset, 'indicators' | 'observations' | 'events' | 'sources'>;

/**
 * `stock-falls-<observation id>-<observation id>`: stable while the records keep their ids. Exported so that a
 * disagreement found on a page links to its check on /checks by the id the API gives it.
 */
export function checkId(kind: CheckKind, observations: readonly Observation[]): string {
  return [kind.replaceAll('_', '-'), ...observations.map((o) => o.id)].join('-');
}

function sourcesOf(observations: readonly Observation[], tally: NamedTally | undefined, sources: ReadonlyMap<string, Source>) {
  const ids = new Set([...observations.map((o) => o.source), ...(tally?.events ?? []).map((e) => e.source)]);
  return [...ids].sort(
    (a, b) => (sources.get(a)?.published ?? '').localeCompare(sources.get(b)?.published ?? '') || a.localeCompare(b),
  );
}

function fromDisagreement(d: Disagreement, indicator: Indicator, sources: ReadonlyMap<string, Source>): Check | undefined {
  const [a, b] = d.observations;
  if (!a || !b) return undefined;
  return {
    id: checkId(d.kind, d.observations),
    kind: d.kind,
    indicator: d.indicator,
    entity: d.entity,
    ...disagreementText(d.kind, indicator, a, b),
    observations: [...d.observations],
    sources: sourcesOf(d.observations, undefined, sources),
  };
}

function fromTally(o: Observation, indicator: Indicator, tally: NamedTally, sources: ReadonlyMap<string, Source>): Check {
  const kind: CheckKind = tally.missing > 0 ? 'named_short' : 'named_exceeds';
  return {
    id: checkId(kind, [o]),
    kind,
    indicator: indicator.id,
    entity: o.entity,
    ...namedText(indicator, o, tally),
    observations: [o],
    named: tally,
    sources: sourcesOf([o], tally, sources),
  };
}

/**
 * Every place the sources do not add up, derived from the records alone: the disagreements between observations
 * (`findDisagreements`: a stock that falls, two values for one period, "nearly" against "more than" the same
 * figure), and every stated count that the items the articles name fall short of (or, for a period, exceed).
 * In the order of the indicators, then entity, then date; each with a sentence in English and Vietnamese.
 */
export function findChecks(data: CheckInput): Check[] {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const indicators = new Map(data.indicators.map((i) => [i.id, i]));
  const checks: Check[] = [];
  for (const d of findDisagreements(data.indicators, data.observations)) {
    const indicator = indicators.get(d.indicator);
    const check = indicator && fromDisagreement(d, indicator, sources);
    if (check) checks.push(check);
  }
  const eventsOf = new Map<string, DatedEvent[]>();
  for (const e of data.events) {
    const key = `${e.type}|${e.entity}`;
    const group = eventsOf.get(key);
    if (group) group.push(e);
    else eventsOf.set(key, [e]);
  }
  for (const o of data.observations) {
    const indicator = indicators.get(o.indicator);
    if (!indicator?.counts_events) continue;
    const tally = tallyNamed(o, indicator, eventsOf.get(`${indicator.counts_events}|${o.entity}`) ?? [], sources);
    if (tally && (tally.missing > 0 || tally.extra > 0)) checks.push(fromTally(o, indicator, tally, sources));
  }
  const rank = new Map(data.indicators.map((i, index) => [i.id, index]));
  return checks.sort(
    (a, b) =>
      (rank.get(a.indicator) ?? 0) - (rank.get(b.indicator) ?? 0) ||
      a.entity.localeCompare(b.entity) ||
      compareObservations(a.observations[0] as Observation, b.observations[0] as Observation) ||
      a.id.localeCompare(b.id),
  );
}
