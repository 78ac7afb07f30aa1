import { observationSchema } from '@bd/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainObservation } from './plain-observation.ts';

const valid = {
  id: 'partners-2024-01',
  indicator: 'partner_localities',
  entity: 'binh-duong',
  period_start: '2024-01-24',
  period_end: '2024-01-24',
  value: 14,
  qualifier: 'exact',
  method: 'stated',
  source: 'portal-2024-01-24',
  evidence: 'friendly relations with 14 foreign localities',
};

/** Values a field might hold in a data file: right ones, near misses, and the wrong type. */
const fieldValue = fc.oneof(
  fc.constantFrom('binh-duong', 'Binh-Duong', 'partner_localities', '2024-01-24', '2024-02-30', '24/01/2024', '', ' x ', 'x'),
  fc.constantFrom('exact', 'nearly', 'more_than', 'roughly', 'stated', 'derived', 'guessed', '2020-06-30', '2019-12-31'),
  fc.double(),
  fc.integer(),
  fc.constant(null),
  fc.string(),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.constant(Array.from({ length: 41 }, () => 'word').join(' ')),
);

/** A record like `valid` with some fields changed, removed or added. */
const record = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...Object.keys(valid), 'evidence_en', 'note', 'colour'), fieldValue, { maxKeys: 4 }),
    fc.subarray(Object.keys(valid), { maxLength: 2 }),
  )
  .map(([changes, removed]) => {
    const result: Record<string, unknown> = { ...valid, ...changes };
    for (const key of removed) delete result[key];
    return result;
  });

describe('plainObservation', () => {
  it('accepts a plainly valid record, giving what the schema gives in the schema’s field order', () => {
    const { evidence, ...rest } = valid;
    const shuffled = { note: 'A note.', evidence, ...rest };
    const parsed = observationSchema.parse(shuffled);
    expect(JSON.stringify(plainObservation(shuffled))).toBe(JSON.stringify(parsed));
  });

  it('leaves to the schema what it would trim, and what is not valid', () => {
    expect(plainObservation({ ...valid, evidence: ` ${valid.evidence}` })).toBeUndefined();
    expect(plainObservation({ ...valid, period_end: '2024-01-01' })).toBeUndefined();
    expect(plainObservation({ ...valid, colour: 'red' })).toBeUndefined();
    expect(plainObservation([valid])).toBeUndefined();
  });

  it('accepts only what the schema accepts, and gives the same observation, field order included', () => {
    fc.assert(
      fc.property(record, (raw) => {
        const plain = plainObservation(raw);
        if (plain === undefined) return;
        const parsed = observationSchema.safeParse(raw);
        expect(parsed.success).toBe(true);
        expect(JSON.stringify(plain)).toBe(JSON.stringify(parsed.data));
      }),
      { numRuns: 3000 },
    );
  });
});
