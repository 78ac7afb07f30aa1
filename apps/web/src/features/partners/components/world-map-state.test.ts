import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json';
import { partnerEvent } from '../../../test-fixtures.ts';
import type { PartnerEntry } from './partner-list.ts';
import { partnerPlace } from './partner-place.ts';
import { type WorldTopology, worldMapState } from './world-map-state.ts';

const entry = (id: string, name: string, country: string | undefined): PartnerEntry => ({
  event: partnerEvent(id, name, country),
  source: undefined,
});
const partners = [
  entry('nebraska', 'Nebraska State', 'US'),
  entry('guangzhou', 'Guangzhou City', 'CN'),
  entry('heldeberg', 'Heldeberg', 'DE'),
  entry('singapore', 'Nowhere Known', 'SG'),
  entry('stateless', 'Somewhere', undefined),
];
const state = worldMapState(world as unknown as WorldTopology, partners, (e) => partnerPlace(e.event), 'VN', {
  width: 960,
  height: 470,
});
const marker = (id: string) => state.markers.find((m) => m.entry.event.id === id)!;

describe('worldMapState', () => {
  it('draws every country of the atlas, the home country picked out and no partner country filled', () => {
    expect(state.countries.length).toBeGreaterThan(170);
    expect(state.countries.filter((c) => c.role === 'home').map((c) => c.id)).toEqual(['704']);
    expect(state.countries.every((c) => c.d.startsWith('M'))).toBe(true);
    expect(new Set(state.countries.map((c) => c.id)).size).toBe(state.countries.length);
    expect(state.sphere).toMatch(/^M/);
  });

  it('puts a partner at its own state or city, not at the middle of its country', () => {
    const nebraska = marker('nebraska');
    const guangzhou = marker('guangzhou');
    expect(nebraska.place?.subdivision).toBe('US-NE');
    expect(guangzhou.place?.subdivision).toBe('CN-GD');
    // Nebraska is in the middle of the lower 48 states, west of where Kansas City is; Guangzhou on China's south coast,
    // south of where the middle of China (about 35° N) would put it.
    const middleOfChina = worldMapState(
      world as unknown as WorldTopology,
      [entry('cn', 'Unknown', 'CN')],
      () => undefined,
      'VN',
      {
        width: 960,
        height: 470,
      },
    ).markers[0]!;
    expect(guangzhou.y).toBeGreaterThan(middleOfChina.y + 20);
    expect(guangzhou.x).toBeGreaterThan(middleOfChina.x);
    expect(nebraska.x).toBeLessThan(guangzhou.x);
  });

  it('puts a partner whose place is not known at its country, and says which have neither', () => {
    expect(marker('heldeberg').place).toBeUndefined();
    expect(state.unmapped.map((e) => e.event.id)).toEqual(['singapore', 'stateless']);
  });
});
