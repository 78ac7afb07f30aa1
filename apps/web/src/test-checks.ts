import { type CheckListResponse, type DatedEvent, reconcile } from '@bd/core';
import { apiBodies, indicators, observations, sources } from './test-fixtures.ts';

/** The small data set's events, as `/api/events` answers them. */
export const events = (apiBodies()['/api/events'] as { events: DatedEvent[] }).events;

/** `/api/checks` of the small data set, its partner localities counting the partner events: made by the core's `reconcile`. */
export function checksBody(): CheckListResponse {
  const counting = indicators.map((i) =>
    i.id === 'partner_localities' ? { ...i, counts_events: 'partner_locality' as const } : i,
  );
  const checks = reconcile({ indicators: counting, observations, events, sources });
  return { checks, sources: sources.filter((s) => checks.some((c) => c.sources.includes(s.id))) };
}

/** The API bodies of the small data set with its checks. */
export function apiBodiesWithChecks(): Record<string, unknown> {
  return { ...apiBodies(), '/api/checks': checksBody() };
}
