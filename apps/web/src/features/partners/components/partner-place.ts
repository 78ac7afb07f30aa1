import type { DatedEvent } from '@bd/core';
import { namedItemKey } from '@bd/core/checks/named-counts';
import type { PartnerPlace, PartnerPlaces } from '@bd/core/schemas/partner-place';
import partnerPlaces from './partner-places.json';

export type { PartnerPlace };

/**
 * The places `pnpm places` wrote. The API's test parses the file with `partnerPlacesSchema`; it is not parsed again
 * here, where the zod parts the schema needs would add 1.2 KB gzip to the first view (shared chunk).
 */
const { source, places } = partnerPlaces as PartnerPlaces;

/** Where a partner locality is: looked up by its country and its name as the article writes it. */
export function partnerPlace(event: Pick<DatedEvent, 'name' | 'country'>): PartnerPlace | undefined {
  return places[namedItemKey(event)];
}

/** The reference the places come from, for the map's credit line. */
export const partnerPlacesSource = source;
