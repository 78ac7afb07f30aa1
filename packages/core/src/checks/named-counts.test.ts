import { describe, expect, it } from 'vitest';
import { testObservation } from '../test-records.ts';
import { tallyNamed } from './named-counts.ts';
import { article, newPartners, partners, testEvent } from './test-events.ts';

const sources = new Map(
  [article('portal-2020', '2020-06-26'), article('portal-2024', '2024-01-24'), article('later-2024', '2024-12-18')].map((s) => [
    s.id,
    s,
  ]),
);
const stated = (value: number, date: string, source: string, extra = {}) =>
  testObservation({ id: `stated-${date}`, period_start: date, period_end: date, value, source, ...extra });

const events = [
  testEvent('kratie', '2020-06-23'),
  testEvent('champa', '2020-06-23'),
  testEvent('nebraska', '2023-01-01', { date_precision: 'year', source: 'portal-2024', country: 'US' }),
  testEvent('heldeberg', '2024-01-01', { date_precision: 'year', source: 'later-2024', country: 'DE' }),
];

describe('tallyNamed of a stock', () => {
  it('counts what articles published by the stating one name, dated by its as-of date', () => {
    expect(tallyNamed(stated(2, '2020-06-23', 'portal-2020'), partners, events, sources)).toMatchObject({
      stated: 2,
      count: 2,
      missing: 0,
    });
    const january = tallyNamed(stated(4, '2024-01-23', 'portal-2024'), partners, events, sources);
    expect(january).toMatchObject({ stated: 4, count: 3, missing: 1, extra: 0 });
    expect(january?.events.map((e) => e.id)).toEqual(['champa', 'kratie', 'nebraska']);
    expect(tallyNamed(stated(5, '2024-12-18', 'later-2024'), partners, events, sources)).toMatchObject({ count: 4, missing: 1 });
  });

  it('counts a partner two articles name once', () => {
    const twice = [...events, testEvent('Kratie', '2023-05-01', { source: 'portal-2024', name: 'kratie.' })];
    expect(tallyNamed(stated(3, '2024-01-23', 'portal-2024'), partners, twice, sources)?.count).toBe(3);
  });

  it('reads "more than 3" as at least 4, and takes no floor from "nearly" or "about"', () => {
    expect(
      tallyNamed(stated(3, '2024-01-23', 'portal-2024', { qualifier: 'more_than' }), partners, events, sources),
    ).toMatchObject({ stated: 4, missing: 1 });
    expect(
      tallyNamed(stated(5, '2024-01-23', 'portal-2024', { qualifier: 'nearly' }), partners, events, sources),
    ).toBeUndefined();
  });

  it('checks only stated counts of an indicator that counts events', () => {
    const derived = stated(9, '2024-01-23', 'portal-2024', { method: 'derived' });
    expect(tallyNamed(derived, partners, events, sources)).toBeUndefined();
    const { counts_events: _, ...plain } = partners;
    expect(tallyNamed(stated(9, '2024-01-23', 'portal-2024'), plain, events, sources)).toBeUndefined();
  });
});

describe('tallyNamed of a flow', () => {
  const period = (value: number, start: string, end: string) =>
    testObservation({ id: 'new', indicator: newPartners.id, period_start: start, period_end: end, value, source: 'portal-2024' });

  it('counts the events that certainly fall within the period, never those dated only by their report', () => {
    expect(tallyNamed(period(1, '2023-01-01', '2023-12-31'), newPartners, events, sources)).toMatchObject({
      count: 1,
      missing: 0,
    });
    expect(tallyNamed(period(3, '2020-01-01', '2020-12-31'), newPartners, events, sources)).toMatchObject({
      count: 0,
      missing: 3,
    });
    expect(tallyNamed(period(1, '2023-01-01', '2023-06-30'), newPartners, events, sources)?.count).toBe(0);
  });

  it('finds more named in a period than an exact count states', () => {
    const two = [
      ...events,
      testEvent('artemisa', '2023-03-01', { date_precision: 'month', source: 'portal-2024', country: 'CU' }),
    ];
    expect(tallyNamed(period(1, '2023-01-01', '2023-12-31'), newPartners, two, sources)).toMatchObject({ count: 2, extra: 1 });
  });
});
