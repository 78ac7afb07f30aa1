import type { Translate } from '../../../lib/i18n/translate.ts';
import type { PartnerPlace } from './partner-place.ts';

/** A place as a reader finds it: "Guangzhou, Guangdong" for a city, "Nebraska" for a state. */
export function placeName(place: PartnerPlace): string {
  return place.kind === 'city' && place.subdivisionName && place.subdivisionName !== place.name
    ? `${place.name}, ${place.subdivisionName}`
    : place.name;
}

/** Where the map puts a partner, and on what grounds: its own place, the nearest spelling of it, or its country. */
export function placeLine(place: PartnerPlace | undefined, countryName: string, t: Translate): string {
  if (!place) return t('partnersPlacedAtCountry', { country: countryName });
  return t(place.match === 'spelling' ? 'partnersPlacedBySpelling' : 'partnersPlacedAt', { place: placeName(place) });
}
