import { getAllCitiesOfCountry, getCountryByCode, getStatesOfCountry } from '@countrystatecity/countries';
import type { ReferencePlace } from './locate-partner.ts';

/** One country of the reference geography: the part of the world it lies in, and its subdivisions and cities. */
export interface ReferenceCountry {
  /** The reference's region of the world: "Europe", "Asia", "Americas", … */
  region: string | undefined;
  places: ReferencePlace[];
}

function coordinate(text: string | null): number | undefined {
  const n = text === null ? Number.NaN : Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A country's provinces, states, regions and cities from the countries-states-cities database
 * (`@countrystatecity/countries`, ODbL), read from the package's files in Node. Build time only: the package is
 * tens of megabytes, and the map ships only the few places `partner-places.json` keeps of it.
 */
export async function referenceCountry(country: string): Promise<ReferenceCountry> {
  const [meta, states, cities] = await Promise.all([
    getCountryByCode(country),
    getStatesOfCountry(country),
    getAllCitiesOfCountry(country),
  ]);
  const places: ReferencePlace[] = [];
  const stateByCode = new Map(states.map((s) => [s.iso2, s]));
  for (const s of states) {
    const latitude = coordinate(s.latitude);
    const longitude = coordinate(s.longitude);
    if (latitude === undefined || longitude === undefined) continue;
    const subdivision = s.iso3166_2 ?? `${country}-${s.iso2}`;
    places.push({ kind: 'subdivision', name: s.name, native: s.native, subdivision, latitude, longitude });
  }
  for (const c of cities) {
    const latitude = coordinate(c.latitude);
    const longitude = coordinate(c.longitude);
    if (latitude === undefined || longitude === undefined) continue;
    const state = stateByCode.get(c.state_code);
    places.push({
      kind: 'city',
      name: c.name,
      native: c.native,
      subdivision: state?.iso3166_2 ?? `${country}-${c.state_code}`,
      subdivisionName: state?.name,
      latitude,
      longitude,
    });
  }
  return { region: meta?.region || undefined, places };
}
