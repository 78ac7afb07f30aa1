import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { iso31661Alpha2ToNumeric } from 'iso-3166';
import { feature } from 'topojson-client';
import type { PartnerEntry } from './partner-list.ts';
import type { PartnerPlace } from './partner-place.ts';

/** A world atlas as `world-atlas` ships it: countries keyed by ISO 3166-1 numeric code. */
export type WorldTopology = Parameters<typeof feature>[0];

export interface MapCountry {
  /** ISO 3166-1 numeric code, as the atlas gives it. */
  id: string;
  d: string;
  role: 'home' | 'other';
}

/** A partner locality on the map, in the map's own coordinates before any zoom. */
export interface MapMarker {
  entry: PartnerEntry;
  x: number;
  y: number;
  /** At its own province, state or city (`place`), or, where that was not found, at the middle of its country. */
  place: PartnerPlace | undefined;
}

/** Everything the map draws, in its own coordinates, worked out without the DOM. */
export interface WorldMapState {
  width: number;
  height: number;
  /** The outline of the globe. */
  sphere: string;
  countries: MapCountry[];
  markers: MapMarker[];
  /** Partners with neither a place of their own nor a country the atlas has a shape for. */
  unmapped: PartnerEntry[];
}

type Country = Feature<Polygon | MultiPolygon, { name: string }>;

/** The middle of a country's largest polygon, so a marker for the United States sits in its lower 48 states. */
function mainCentroid(country: Country): [number, number] {
  const { geometry } = country;
  if (geometry.type === 'Polygon') return geoCentroid(country);
  const largest = geometry.coordinates
    .map((coordinates) => ({ type: 'Polygon' as const, coordinates }))
    .sort((a, b) => geoArea(b) - geoArea(a))[0];
  return largest ? geoCentroid(largest) : geoCentroid(country);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The world on an Equal Earth projection fitted to `size`, the home country picked out, and a marker per partner
 * at its own place (`placeOf`), or at the middle of its country where its place is not known.
 */
export function worldMapState(
  topology: WorldTopology,
  partners: readonly PartnerEntry[],
  placeOf: (entry: PartnerEntry) => PartnerPlace | undefined,
  home: string | undefined,
  size: { width: number; height: number },
): WorldMapState {
  const collection = feature(topology, topology.objects.countries as never) as unknown as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const countries = collection.features.filter(
    (f): f is Country => f.geometry !== null && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
  );
  const projection = geoEqualEarth().fitSize([size.width, size.height], { type: 'Sphere' });
  const path = geoPath(projection);
  const byNumeric = new Map(countries.map((c) => [String(c.id), c]));
  const countryOf = (code: string | undefined) => byNumeric.get((code && iso31661Alpha2ToNumeric[code]) ?? '');
  const homeId = home ? iso31661Alpha2ToNumeric[home] : undefined;
  const markers: MapMarker[] = [];
  const unmapped: PartnerEntry[] = [];
  for (const entry of partners) {
    const place = placeOf(entry);
    const country = countryOf(entry.event.country);
    const lonLat: [number, number] | undefined = place
      ? [place.longitude, place.latitude]
      : country
        ? mainCentroid(country)
        : undefined;
    const [x, y] = (lonLat && projection(lonLat)) ?? [Number.NaN, Number.NaN];
    if (Number.isFinite(x) && Number.isFinite(y)) markers.push({ entry, x: round(x), y: round(y), place });
    else unmapped.push(entry);
  }
  return {
    width: size.width,
    height: size.height,
    sphere: path({ type: 'Sphere' }) ?? '',
    countries: countries.map((c, index) => {
      const id = c.id === undefined ? `unnumbered-${index}` : String(c.id);
      return { id, d: path(c) ?? '', role: id === homeId ? 'home' : 'other' };
    }),
    markers,
    unmapped,
  };
}
