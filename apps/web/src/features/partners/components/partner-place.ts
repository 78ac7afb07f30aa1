import type { DatedEvent } from '@bd/core';
import { namedItemKey } from '@bd/core/checks/named-counts';
import { type PartnerPlace, partnerPlacesSchema } from '@bd/core/schemas/partner-place';
import partnerPlaces from './partner-places.json';

export type { PartnerPlace };

/** The places `pnpm places` wrote, checked once against the schema they were written by. */
const { source, places } = partnerPlacesSchema.parse(partnerPlaces);

/** Where a partner locality is: looked up by its country and its name as the article writes it. */
export function partnerPlace(event: Pick<DatedEvent, 'name' | 'country'>): PartnerPlace | undefined {
  return places[namedItemKey(event)];
}

/** The reference the places come from, for the map's credit line. */
export const partnerPlacesSource = source;
