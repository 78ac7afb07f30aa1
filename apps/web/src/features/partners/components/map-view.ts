import type { MapMarker } from './world-map-state.ts';

/** A zoom of the map: scale `k`, then shift by `x`, `y` (as d3-zoom's transform). */
export interface MapView {
  k: number;
  x: number;
  y: number;
}

export interface MapSize {
  width: number;
  height: number;
}

/** The whole world. */
export const WORLD_VIEW: MapView = { k: 1, x: 0, y: 0 };

/** The closest the map zooms: enough to tell Eindhoven from Emmen on a phone. */
export const MAX_ZOOM = 32;

/** Markers close enough on screen to be drawn as one, with how many they are. */
export interface MarkerGroup {
  /** Stable while the same partners are together: their event ids. */
  key: string;
  members: MapMarker[];
  /** Where it is drawn, zoomed. */
  x: number;
  y: number;
}

/** A region of the world the reference geography names, and the view that shows all its partners. */
export interface RegionView {
  region: string;
  view: MapView;
}

/** Keeps a view inside the map, as d3-zoom's translate extent does. */
function constrained(view: MapView, size: MapSize): MapView {
  const k = Math.min(MAX_ZOOM, Math.max(1, view.k));
  const clamp = (v: number, span: number) => Math.min(0, Math.max(span - span * k, v));
  return { k, x: clamp(view.x, size.width), y: clamp(view.y, size.height) };
}

/** The view that shows `markers` (in map coordinates) with room around them, no closer than `atLeast`. */
export function viewOf(markers: readonly MapMarker[], size: MapSize, atLeast = 1): MapView {
  const xs = markers.map((m) => m.x);
  const ys = markers.map((m) => m.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fit = 0.6 * Math.min(size.width / Math.max(x1 - x0, 1), size.height / Math.max(y1 - y0, 1));
  const k = Math.min(MAX_ZOOM, Math.max(atLeast, fit));
  return constrained({ k, x: size.width / 2 - (k * (x0 + x1)) / 2, y: size.height / 2 - (k * (y0 + y1)) / 2 }, size);
}

/**
 * The markers as the view shows them, those closer than `spacing` (map units on screen) drawn as one group, so no
 * marker hides another; markers the view leaves out are left out. Grouped in the order given, each marker joining the
 * first group it is near.
 */
export function markerGroups(markers: readonly MapMarker[], view: MapView, size: MapSize, spacing: number): MarkerGroup[] {
  const groups: { members: MapMarker[]; x: number; y: number }[] = [];
  for (const marker of markers) {
    const x = marker.x * view.k + view.x;
    const y = marker.y * view.k + view.y;
    if (x < 0 || x > size.width || y < 0 || y > size.height) continue;
    const near = groups.find((g) => Math.hypot(g.x - x, g.y - y) < spacing);
    if (!near) {
      groups.push({ members: [marker], x, y });
      continue;
    }
    const n = near.members.push(marker);
    near.x += (x - near.x) / n;
    near.y += (y - near.y) / n;
  }
  return groups.map((g) => ({
    key: g.members.map((m) => m.entry.event.id).join(' '),
    members: g.members,
    x: Math.round(g.x * 10) / 10,
    y: Math.round(g.y * 10) / 10,
  }));
}

/** The view that pulls a group apart: closer than now by at least half again, up to the closest zoom. */
export function viewOfGroup(group: MarkerGroup, view: MapView, size: MapSize): MapView {
  return viewOf(group.members, size, Math.min(MAX_ZOOM, view.k * 1.5));
}

/** A view per region of the world with two partners or more placed at their own place, by how many it has. */
export function regionViews(markers: readonly MapMarker[], size: MapSize): RegionView[] {
  const byRegion = new Map<string, MapMarker[]>();
  for (const m of markers) {
    const region = m.place?.region;
    if (region) byRegion.set(region, [...(byRegion.get(region) ?? []), m]);
  }
  return [...byRegion]
    .filter(([, members]) => members.length >= 2)
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
    .map(([region, members]) => ({ region, view: viewOf(members, size) }));
}
