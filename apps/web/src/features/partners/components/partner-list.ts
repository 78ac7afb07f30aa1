import type { DatedEvent, Source } from '@bd/core';
import { namedItemKey } from '@bd/core/checks/named-counts';

/** A partner locality as the article that first names it writes it. */
export interface PartnerEntry {
  event: DatedEvent;
  source: Source | undefined;
}

/**
 * The partner localities the articles name, each once (as `findChecks` counts them), taken from the article that
 * names it first; ordered by that article's date, then by name.
 */
export function partnersOf(events: readonly DatedEvent[], sources: readonly Source[], entity?: string): PartnerEntry[] {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const published = (e: DatedEvent) => sourceById.get(e.source)?.published ?? '9999-12-31';
  const first = new Map<string, DatedEvent>();
  const named = events.filter((e) => e.type === 'partner_locality' && (entity === undefined || e.entity === entity));
  for (const e of [...named].sort((a, b) => published(a).localeCompare(published(b)) || a.id.localeCompare(b.id))) {
    if (!first.has(namedItemKey(e))) first.set(namedItemKey(e), e);
  }
  return [...first.values()]
    .sort((a, b) => published(a).localeCompare(published(b)) || a.name.localeCompare(b.name))
    .map((event) => ({ event, source: sourceById.get(event.source) }));
}

/** How many partner localities each country has, by ISO 3166-1 alpha-2 code; partners without a country are left out. */
export function partnersByCountry(partners: readonly PartnerEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { event } of partners) if (event.country) counts.set(event.country, (counts.get(event.country) ?? 0) + 1);
  return counts;
}
