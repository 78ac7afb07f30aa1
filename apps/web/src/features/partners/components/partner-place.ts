import type { DatedEvent } from '@bd/core';
import { namedItemKey } from '@bd/core/checks/named-counts';
import type { LocatedPlace } from './locate-partner.ts';
import partnerPlaces from './partner-places.json';

/** Where each partner locality of data/ is, written by `partner-places.test.ts` from the reference geography. */
export interface PartnerPlaces {
  /** The reference the places come from, and its licence. */
  source: string;
  /** By the partner's `namedItemKey`: its country and its name as the article writes it. */
  places: Record<string, Omit<LocatedPlace, 'native'> & { region?: string | undefined }>;
}

/** A partner locality's own province, state or city, with the region of the world its country is in. */
export type PartnerPlace = PartnerPlaces['places'][string];

const places: PartnerPlaces['places'] = (partnerPlaces as PartnerPlaces).places;

/** Where a partner locality is: looked up by its country and its name as the article writes it. */
export function partnerPlace(event: Pick<DatedEvent, 'name' | 'country'>): PartnerPlace | undefined {
  return places[namedItemKey(event as DatedEvent)];
}

/** The reference the places come from, for the map's credit line. */
export const partnerPlacesSource = (partnerPlaces as PartnerPlaces).source;
