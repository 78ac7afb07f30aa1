import { fileURLToPath } from 'node:url';
import type { DatedEvent } from '@bd/core';
import { namedItemKey } from '@bd/core/checks/named-counts';
import type { PartnerPlaces } from '@bd/core/schemas/partner-place';
import { type LocateFailure, locatePartner } from './locate-partner.ts';
import { referenceCountry } from './reference-geography.ts';

/** The reference the places come from, and its licence: the map's credit line. */
export const PARTNER_PLACES_SOURCE = 'countries-states-cities database (@countrystatecity/countries), ODbL 1.0';

/** The file the partners map reads (apps/web), written here because only this side has the reference geography. */
export const PARTNER_PLACES_FILE = fileURLToPath(
  new URL('../../../../web/src/features/partners/components/partner-places.json', import.meta.url),
);

/** Which record could not be placed, and why: "thoidai-… › partner-heldeberg: "Heldeberg" (DE) ambiguous: Feldberg, …". */
function failureLine(event: DatedEvent, failure: LocateFailure): string {
  const candidates = failure.reason === 'ambiguous' ? `: ${failure.candidates.join(', ')}` : '';
  return `${event.source} › ${event.id}: "${event.name}" (${event.country}) ${failure.reason}${candidates}`;
}

/**
 * Each partner locality of the events located in the reference geography, keyed as `findChecks` tells partners
 * apart, and a line for each one that could not be placed (the map shows those at their country and says so).
 */
export async function locatePartners(events: readonly DatedEvent[]): Promise<{ file: PartnerPlaces; failures: string[] }> {
  const places: PartnerPlaces['places'] = {};
  const failures: string[] = [];
  for (const event of events) {
    if (event.type !== 'partner_locality' || !event.country) continue;
    const { region, places: reference } = await referenceCountry(event.country);
    const located = locatePartner(event.name, reference);
    if ('reason' in located) failures.push(failureLine(event, located));
    else {
      const { kind, name, subdivision, subdivisionName, latitude, longitude, match } = located;
      places[namedItemKey(event)] = { kind, name, subdivision, subdivisionName, latitude, longitude, match, region };
    }
  }
  return { file: { source: PARTNER_PLACES_SOURCE, places }, failures };
}

/** The file as `pnpm places` writes it: what the map reads. */
export function partnerPlacesText(file: PartnerPlaces): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
