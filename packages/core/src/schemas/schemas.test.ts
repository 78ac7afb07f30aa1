import { describe, expect, it } from 'vitest';
import { testObservation, testSource } from '../test-records.ts';
import { observationSchema } from './observation.ts';
import { observationQuerySchema } from './query.ts';
import { sourceSchema } from './source.ts';

const firstMessage = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');

describe('observationSchema', () => {
  it('accepts a good record', () => {
    expect(observationSchema.safeParse(testObservation()).success).toBe(true);
  });
  it('rejects a date that does not exist, naming the field', () => {
    const r = observationSchema.safeParse(testObservation({ period_start: '2024-02-30', period_end: '2024-02-30' }));
    expect(firstMessage(r)).toContain('period_start: 2024-02-30 is not a date that exists');
  });
  it('rejects a period that ends before it starts', () => {
    const r = observationSchema.safeParse(testObservation({ period_start: '2024-02-01', period_end: '2024-01-01' }));
    expect(firstMessage(r)).toContain('period_end: period_end must not be before period_start');
  });
  it('rejects empty evidence, a value written as text, an unknown qualifier and unknown fields', () => {
    expect(firstMessage(observationSchema.safeParse(testObservation({ evidence: ' ' })))).toContain('evidence must not be empty');
    expect(firstMessage(observationSchema.safeParse({ ...testObservation(), value: '13' }))).toContain(
      'value: expected a number',
    );
    expect(observationSchema.safeParse({ ...testObservation(), qualifier: 'roughly' }).success).toBe(false);
    expect(observationSchema.safeParse({ ...testObservation(), valeu: 3 }).success).toBe(false);
  });
});

describe('sourceSchema', () => {
  it('accepts a source without url and rejects a non-http url', () => {
    expect(sourceSchema.safeParse(testSource).success).toBe(true);
    expect(sourceSchema.safeParse({ ...testSource, url: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('observationQuerySchema', () => {
  it('expands partial dates to whole days and splits id lists', () => {
    const q = observationQuerySchema.parse({ indicator: 'a_b, c', from: '2020', to: '2024-02' });
    expect(q).toEqual({ indicator: ['a_b', 'c'], from: '2020-01-01', to: '2024-02-29' });
  });
  it('rejects a malformed date, "from" after "to" and unknown parameters', () => {
    expect(firstMessage(observationQuerySchema.safeParse({ from: '2020-13' }))).toContain(
      'from: expected YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(firstMessage(observationQuerySchema.safeParse({ from: '2024', to: '2020' }))).toContain(
      '"from" must not be after "to"',
    );
    expect(observationQuerySchema.safeParse({ colour: 'red' }).success).toBe(false);
  });
});
