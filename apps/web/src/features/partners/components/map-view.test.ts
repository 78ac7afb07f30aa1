import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, markerGroups, regionViews, viewOf, viewOfGroup, WORLD_VIEW } from './map-view.ts';
import type { PartnerEntry } from './partner-list.ts';
import type { PartnerPlace } from './partner-place.ts';
import type { MapMarker } from './world-map-state.ts';

const size = { width: 960, height: 470 };
const marker = (id: string, x: number, y: number, region?: string): MapMarker => ({
  entry: { event: { id } } as PartnerEntry,
  x,
  y,
  place: region ? ({ region } as PartnerPlace) : undefined,
});
// Three partners a few map units apart (as the Low Countries are on the whole world), and two far away.
const markers = [
  marker('east-flanders', 480, 100, 'Europe'),
  marker('eindhoven', 484, 99, 'Europe'),
  marker('emmen', 487, 95, 'Europe'),
  marker('guangzhou', 780, 180, 'Asia'),
  marker('heldeberg', 490, 110),
];
const ids = (groups: ReturnType<typeof markerGroups>) => groups.map((g) => g.members.map((m) => m.entry.event.id));

describe('markerGroups', () => {
  it('draws markers too close to tell apart as one, and the others each on their own', () => {
    expect(ids(markerGroups(markers, WORLD_VIEW, size, 24))).toEqual([
      ['east-flanders', 'eindhoven', 'emmen', 'heldeberg'],
      ['guangzhou'],
    ]);
  });

  it('pulls them apart as the map zooms in, and leaves out what the view does not show', () => {
    const view = viewOf(markers.slice(0, 3), size);
    expect(ids(markerGroups(markers, view, size, 24))).toEqual([['east-flanders'], ['eindhoven'], ['emmen']]);
  });

  it('draws a group at the middle of its members, zoomed', () => {
    const [group] = markerGroups(markers.slice(1, 3), { k: 2, x: -100, y: 0 }, size, 24);
    expect([group?.x, group?.y]).toEqual([484 + 487 - 100, 99 + 95]);
  });
});

describe('the views', () => {
  it('zooms a group in, by half again at the least, never past the closest zoom or out of the map', () => {
    const [group] = markerGroups(markers, WORLD_VIEW, size, 24);
    const view = viewOfGroup(group!, WORLD_VIEW, size);
    expect(view.k).toBeGreaterThan(1.5);
    expect(view.k).toBeLessThanOrEqual(MAX_ZOOM);
    expect(view.x).toBeLessThanOrEqual(0);
    expect(view.x).toBeGreaterThanOrEqual(size.width - size.width * view.k);
    const apart = viewOfGroup(group!, { k: MAX_ZOOM, x: 0, y: 0 }, size);
    expect(apart.k).toBe(MAX_ZOOM);
  });

  it('offers a view per region with two partners at their own place or more', () => {
    const regions = regionViews(markers, size);
    expect(regions.map((r) => r.region)).toEqual(['Europe']);
    const europe = regions[0]!.view;
    for (const m of markers.slice(0, 3)) {
      const x = m.x * europe.k + europe.x;
      const y = m.y * europe.k + europe.y;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(size.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(size.height);
    }
  });
});
