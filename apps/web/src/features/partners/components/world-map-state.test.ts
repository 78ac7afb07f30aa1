import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json';
import { type WorldTopology, worldMapState } from './world-map-state.ts';

const partners = new Map([
  ['NL', 2],
  ['US', 1],
  ['SG', 1],
]);
const state = worldMapState(world as unknown as WorldTopology, partners, 'VN', { width: 960, height: 470 });

describe('worldMapState', () => {
  it('draws every country of the atlas, the partner countries and the home country picked out', () => {
    expect(state.countries.length).toBeGreaterThan(170);
    expect(state.countries.filter((c) => c.role === 'partner').map((c) => c.id)).toEqual(expect.arrayContaining(['528', '840']));
    expect(state.countries.filter((c) => c.role === 'home').map((c) => c.id)).toEqual(['704']);
    expect(state.countries.every((c) => c.d.startsWith('M'))).toBe(true);
    expect(new Set(state.countries.map((c) => c.id)).size).toBe(state.countries.length);
    expect(state.sphere).toMatch(/^M/);
  });

  it('puts a marker per partner country inside the map, the US one in its lower 48 states', () => {
    expect(state.markers.map((m) => [m.code, m.count])).toEqual([
      ['NL', 2],
      ['US', 1],
    ]);
    for (const m of state.markers) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(960);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(470);
    }
    const us = state.markers.find((m) => m.code === 'US')!;
    const nl = state.markers.find((m) => m.code === 'NL')!;
    expect(us.x).toBeLessThan(nl.x);
    expect(us.y).toBeGreaterThan(80);
    expect(us.y).toBeGreaterThan(nl.y);
  });

  it('lists the partner countries too small for the atlas', () => {
    expect(state.unmapped).toEqual(['SG']);
  });
});
