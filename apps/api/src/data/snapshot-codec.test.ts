import type { Dataset, Observation } from '@bd/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DATA_DIR } from '../test-fixtures/fixture-data.ts';
import { loadDataset } from './load-dataset.ts';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_FORMAT, SnapshotMismatch } from './snapshot-codec.ts';

const KEY = { version: 'abcdef123456', checks: '0123456789ab' };
const encode = (dataset: Dataset, key = KEY) => [...encodeSnapshot(key, dataset)].join('');

async function fixtureDataset(): Promise<Dataset> {
  const loaded = await loadDataset(FIXTURE_DATA_DIR);
  if (!loaded.ok) throw new Error('the fixture data should be valid');
  return loaded.dataset;
}

/** Observations as the schema gives them: optional fields absent (not undefined), in the schema's order. */
const observation = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    indicator: fc.constantFrom('partner_localities', 'fdi_registered'),
    entity: fc.constantFrom('binh-duong', 'province-001'),
    period_start: fc.constantFrom('2020-01-01', '2024-01-24'),
    period_end: fc.constantFrom('2020-12-31', '2024-01-24'),
    value: fc.double({ noNaN: true, noDefaultInfinity: true }),
    qualifier: fc.constantFrom('exact', 'nearly', 'more_than'),
    method: fc.constantFrom('stated', 'derived'),
    source: fc.constantFrom('portal-2020-06-26-fdi', 'baomoi-2024-01-24-partners'),
    evidence: fc.string({ minLength: 1 }),
    evidence_en: fc.string({ minLength: 1 }),
    note: fc.string({ minLength: 1 }),
  },
  {
    requiredKeys: [
      'id',
      'indicator',
      'entity',
      'period_start',
      'period_end',
      'value',
      'qualifier',
      'method',
      'source',
      'evidence',
    ],
  },
) as fc.Arbitrary<Observation>;

describe('the snapshot of a checked dataset', () => {
  it('reads back as the very dataset written, with every field in the order the schema gave it', async () => {
    const dataset = await fixtureDataset();
    const read = decodeSnapshot(encode(dataset), KEY);
    expect(read).toEqual(dataset);
    expect(JSON.stringify(read)).toBe(JSON.stringify(dataset));
  });

  it('reads back any observations as they were, across chunks (property)', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 4500 }), (observations) => {
        const dataset: Dataset = { entities: [], indicators: [], sources: [], observations, events: [] };
        expect(JSON.stringify(decodeSnapshot(encode(dataset), KEY))).toBe(JSON.stringify(dataset));
      }),
      { numRuns: 25 },
    );
  });

  it('writes each repeated text once, in as many chunks as the observations need', async () => {
    const dataset = await fixtureDataset();
    const observations = Array.from({ length: 1000 }, (_, i) => dataset.observations.map((o) => ({ ...o, id: `${o.id}-${i}` })));
    const many = { ...dataset, observations: observations.flat() };
    const text = encode(many);
    expect(text.split('"partner_localities"').length - 1).toBeLessThanOrEqual(2);
    expect(decodeSnapshot(text, KEY)).toEqual(many);
  });

  it('is not used for other data, other checks or another format', async () => {
    const text = encode(await fixtureDataset());
    expect(() => decodeSnapshot(text, { ...KEY, version: 'ffffffffffff' })).toThrow(SnapshotMismatch);
    expect(() => decodeSnapshot(text, { ...KEY, checks: 'ffffffffffff' })).toThrow(SnapshotMismatch);
    const otherFormat = text.replace(`"format":${SNAPSHOT_FORMAT}`, `"format":${SNAPSHOT_FORMAT + 1}`);
    expect(() => decodeSnapshot(otherFormat, KEY)).toThrow(/format/);
  });

  it('refuses a damaged snapshot rather than serving part of it', async () => {
    const text = encode(await fixtureDataset());
    expect(() => decodeSnapshot(text.slice(0, text.length / 2), KEY)).toThrow(SyntaxError);
    expect(() => decodeSnapshot(text.replace('"rows":[[', '"rows":[{"x":1},['), KEY)).toThrow(/not a list/);
    expect(() => decodeSnapshot(text.replace('"events":', '"happenings":'), KEY)).toThrow(/missing/);
  });
});
