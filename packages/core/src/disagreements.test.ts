import { describe, expect, it } from 'vitest';
import { findDisagreements } from './disagreements.ts';
import { changePrecision, latestChange, seriesOf } from './series.ts';
import { testIndicator, testObservation } from './test-records.ts';

const memberships = { ...testIndicator, id: 'international_org_memberships' };
const capital = { ...testIndicator, id: 'fdi_registered_capital_cumulative', unit: 'USD' as const };
const at = (id: string, date: string, value: number, extra = {}) =>
  testObservation({ id, indicator: 'international_org_memberships', period_start: date, period_end: date, value, ...extra });

describe('seriesOf and latestChange', () => {
  it('orders by period end and measures the change from the previous period', () => {
    const series = seriesOf(
      [at('c', '2024-01-23', 3), at('a', '2020-06-23', 2), at('b', '2020-09-24', 4)],
      'international_org_memberships',
    );
    expect(series.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    const { latest, change } = latestChange(series);
    expect(latest?.id).toBe('c');
    expect(change).toMatchObject({ delta: -1, precision: 'exact' });
  });
});

describe('latestChange of a flow', () => {
  const flow = (id: string, start: string, end: string, value: number) =>
    testObservation({ id, indicator: 'fdi_attracted', period_start: start, period_end: end, value });
  it('compares a year with the latest earlier year, never with a half year', () => {
    const series = [
      flow('y2019', '2019-01-01', '2019-12-31', 3.4e9),
      flow('h2020', '2020-01-01', '2020-06-30', 853e6),
      flow('y2024', '2024-01-01', '2024-12-31', 2.2e9),
    ];
    expect(latestChange(series).change?.from.id).toBe('y2019');
  });
  it('gives no change where no earlier period has the same length', () => {
    const series = [flow('two-years', '2018-01-01', '2019-12-31', 4), flow('y2023', '2023-01-01', '2023-12-31', 3)];
    expect(latestChange(series).change).toBeUndefined();
  });
});

describe('findDisagreements', () => {
  it('finds a stock that falls between two articles', () => {
    const found = findDisagreements([memberships], [at('a', '2020-09-24', 4), at('b', '2024-01-23', 3)]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'stock_falls', indicator: 'international_org_memberships' });
  });
  it('finds no fall in a stock that can fall for a reason of its own (units merging)', () => {
    const units = { ...memberships, can_fall: true };
    expect(findDisagreements([units], [at('a', '2025-06-11', 63), at('b', '2025-06-12', 34)])).toEqual([]);
  });
  it('finds two values for the same date', () => {
    const found = findDisagreements([memberships], [at('a', '2024-01-23', 3), at('b', '2024-01-23', 4, { source: 'other' })]);
    expect(found.map((d) => d.kind)).toContain('same_period_conflict');
  });
  it('finds "nearly" and "more than" the same figure at nearby dates', () => {
    const obs = [
      testObservation({
        id: 'a',
        indicator: capital.id,
        period_start: '2020-06-23',
        period_end: '2020-06-23',
        value: 35e9,
        qualifier: 'nearly',
      }),
      testObservation({
        id: 'b',
        indicator: capital.id,
        period_start: '2020-09-24',
        period_end: '2020-09-24',
        value: 35e9,
        qualifier: 'more_than',
      }),
    ];
    expect(findDisagreements([capital], obs).map((d) => d.kind)).toEqual(['qualifier_conflict']);
  });
  it('finds nothing in a consistent rising series', () => {
    expect(findDisagreements([memberships], [at('a', '2020-06-23', 2), at('b', '2020-09-24', 4)])).toEqual([]);
  });
});

describe('changePrecision', () => {
  it('states a change as a number only when both ends allow it', () => {
    expect(changePrecision('exact', 'exact')).toBe('exact');
    expect(changePrecision('about', 'about')).toBe('approximate');
    expect(changePrecision('exact', 'about')).toBe('approximate');
    for (const bound of ['nearly', 'more_than', 'at_least'] as const) {
      expect(changePrecision(bound, 'exact')).toBe('unknown');
      expect(changePrecision('exact', bound)).toBe('unknown');
      expect(changePrecision('about', bound)).toBe('unknown');
    }
    expect(changePrecision('more_than', 'more_than')).toBe('unknown');
  });

  it('gives no number for the change between two "more than" figures', () => {
    const series = [
      testObservation({ id: 'a', period_start: '2020-09-24', period_end: '2020-09-24', value: 3900, qualifier: 'more_than' }),
      testObservation({ id: 'b', period_start: '2024-12-15', period_end: '2024-12-15', value: 4400, qualifier: 'more_than' }),
    ];
    expect(latestChange(series).change?.precision).toBe('unknown');
  });
});
