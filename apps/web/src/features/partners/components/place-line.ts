import type { Translate } from '../../../lib/i18n/translate.ts';
import type { PartnerPlace } from './partner-place.ts';

/** A place as a reader finds it: "Guangzhou, Guangdong" for a city, "Nebraska" for a state. */
export function placeName(place: PartnerPlace): string {
  return place.kind === 'city' && place.subdivisionName && place.subdivisionName !== place.name
    ? `${place.name}, ${place.subdivisionName}`
    : place.name;
}

/** The message saying where the map puts a partner: at its own place, at the nearest spelling of it, or at its country. */
export function placeLineKey(
  place: PartnerPlace | undefined,
): 'partnersPlacedAtCountry' | 'partnersPlacedBySpelling' | 'partnersPlacedAt' {
  if (!place) return 'partnersPlacedAtCountry';
  return place.match === 'spelling' ? 'partnersPlacedBySpelling' : 'partnersPlacedAt';
}

/** Where the map puts a partner, and on what grounds: its own place, the nearest spelling of it, or its country. */
export function placeLine(place: PartnerPlace | undefined, countryName: string, t: Translate): string {
  if (!place) return t(placeLineKey(place), { country: countryName });
  return t(placeLineKey(place), { place: placeName(place) });
}
