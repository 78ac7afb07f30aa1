import type { DataIssue, Located } from '../dataset-checks.ts';
import type { DatedEvent } from '../schemas/event.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Observation } from '../schemas/observation.ts';
import type { Source } from '../schemas/source.ts';
import { coveredEvents } from './named-counts.ts';

/**
 * A derived value (`method: derived`) is a count the curator made of the items its article names, so it is held
 * against those items: the events of the kind its indicator counts (`counts_events`) that its own article names
 * and that fall in its period, as `coveredEvents` reads them. A value its events do not support is an issue naming
 * both; so is a derived value of an indicator that counts no events, which nothing in the data can support.
 */
export function checkDerivedCounts(
  observations: readonly Located<Observation>[],
  indicators: ReadonlyMap<string, Indicator>,
  events: readonly DatedEvent[],
  sources: ReadonlyMap<string, Source>,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const eventsBySource = new Map<string, DatedEvent[]>();
  for (const e of events) {
    const list = eventsBySource.get(e.source);
    if (list) list.push(e);
    else eventsBySource.set(e.source, [e]);
  }
  for (const located of observations) {
    const o = located.value;
    const indicator = indicators.get(o.indicator);
    if (o.method !== 'derived' || !indicator || !sources.has(o.source)) continue;
    const record = `${located.position} "${o.id}"`;
    if (indicator.counts_events === undefined || indicator.unit !== 'count') {
      issues.push({
        file: located.file,
        record,
        field: 'method',
        message: `a derived value is a count of the items its article names, but "${indicator.id}" counts no events: set method: stated and quote the phrase that states ${o.value}`,
      });
      continue;
    }
    const named = coveredEvents(o, indicator, eventsBySource.get(o.source) ?? [], sources);
    if (named.length === o.value) continue;
    const which = named.length === 0 ? 'none' : named.map((e) => `"${e.id}"`).join(', ');
    issues.push({
      file: located.file,
      record,
      field: 'value',
      message: `a derived value must be the count of the ${indicator.counts_events} events its article names in its period: the value is ${o.value}, the events of source "${o.source}" give ${named.length} (${which}); add the events the article names or correct the value`,
    });
  }
  return issues;
}
