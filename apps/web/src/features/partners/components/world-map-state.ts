import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { iso31661Alpha2ToNumeric } from 'iso-3166';
import { feature } from 'topojson-client';

/** A world atlas as `world-atlas` ships it: countries keyed by ISO 3166-1 numeric code. */
export type WorldTopology = Parameters<typeof feature>[0];

export interface MapCountry {
  /** ISO 3166-1 numeric code, as the atlas gives it. */
  id: string;
  d: string;
  role: 'partner' | 'home' | 'other';
}

export interface MapMarker {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  x: number;
  y: number;
  count: number;
}

/** Everything the map draws, in pixels, worked out without the DOM. */
export interface WorldMapState {
  width: number;
  height: number;
  /** The outline of the globe. */
  sphere: string;
  countries: MapCountry[];
  /** One per partner country, at the middle of its largest land mass. */
  markers: MapMarker[];
  /** Partner countries the atlas has no shape for (too small at this scale). */
  unmapped: string[];
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

/**
 * The world on an Equal Earth projection fitted to `size`: every country, the partner countries (by alpha-2 code,
 * with how many partners each has) and the home country picked out, and a marker per partner country.
 */
export function worldMapState(
  topology: WorldTopology,
  partners: ReadonlyMap<string, number>,
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
  const numeric = (code: string) => iso31661Alpha2ToNumeric[code];
  const partnerIds = new Set([...partners.keys()].map(numeric));
  const homeId = home ? numeric(home) : undefined;
  const markers: MapMarker[] = [];
  const unmapped: string[] = [];
  for (const [code, count] of [...partners].sort(([a], [b]) => a.localeCompare(b))) {
    const country = byNumeric.get(numeric(code) ?? '');
    if (!country) {
      unmapped.push(code);
      continue;
    }
    const [x, y] = projection(mainCentroid(country)) ?? [Number.NaN, Number.NaN];
    if (Number.isFinite(x) && Number.isFinite(y)) markers.push({ code, x: round(x), y: round(y), count });
  }
  return {
    width: size.width,
    height: size.height,
    sphere: path({ type: 'Sphere' }) ?? '',
    countries: countries.map((c, index) => {
      const id = c.id === undefined ? `unnumbered-${index}` : String(c.id);
      return { id, d: path(c) ?? '', role: partnerIds.has(id) ? 'partner' : id === homeId ? 'home' : 'other' };
    }),
    markers,
    unmapped,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
