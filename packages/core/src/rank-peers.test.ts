import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankPeerIssues } from './checks/rank-peers.ts';
import type { LocatedDataset } from './dataset-checks.ts';
import { peerCountOn, peerCountsOf } from './rank-peers.ts';
import type { Indicator } from './schemas/indicator.ts';
import { testIndicator, testObservation } from './test-records.ts';

const count = (date: string, value: number) =>
  testObservation({
    id: `units-${date}`,
    indicator: 'provincial_units',
    entity: 'vietnam',
    period_start: date,
    period_end: date,
    value,
  });
const counts = [count('2020-06-01', 63), count('2025-06-11', 63), count('2025-06-12', 34)];
const rankIndicator: Indicator = {
  ...testIndicator,
  id: 'fdi_national_rank',
  unit: 'rank',
  kind: 'rank',
  peers: { indicator: 'provincial_units', entity: 'vietnam' },
};
const rank = (date: string, value: number) =>
  testObservation({ id: `rank-${date}`, indicator: 'fdi_national_rank', period_start: date, period_end: date, value });

describe('the peers of a rank', () => {
  it('are the latest count on or before its date: 63 for 2020 and 2024, 34 from 12 June 2025', () => {
    expect(peerCountOn('2020-09-24', counts)?.value).toBe(63);
    expect(peerCountOn('2024-12-18', counts)?.value).toBe(63);
    expect(peerCountOn('2025-06-12', counts)?.value).toBe(34);
    expect(peerCountOn('2026-01-01', counts)?.value).toBe(34);
    expect(peerCountOn('2019-12-31', counts)).toBeUndefined();
  });

  it('are counted by the indicator and entity the rank names, and by nothing else', () => {
    const other = testObservation({ id: 'other', indicator: 'provincial_units', entity: 'binh-duong', value: 9 });
    expect(peerCountsOf(rankIndicator, [...counts, other, rank('2020-09-24', 3)])).toEqual(counts);
    expect(peerCountsOf(testIndicator, counts)).toEqual([]);
  });

  it('never come from a count dated after the rank, whatever the order of the counts', () => {
    const dates = fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 3000 }), (days, day) => {
        const iso = (d: number) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10);
        const series = days.map((d, i) => count(iso(d), 30 + i));
        const found = peerCountOn(iso(day), series);
        const before = series.filter((c) => c.period_end <= iso(day));
        if (before.length === 0) expect(found).toBeUndefined();
        else
          expect(found?.period_end).toBe(
            before
              .map((c) => c.period_end)
              .sort()
              .at(-1),
          );
      }),
    );
  });
});

describe('rankPeerIssues', () => {
  const at = <T>(file: string, position: string, value: T) => ({ file, position, value });
  const dataset = (over: Partial<LocatedDataset>): LocatedDataset => ({
    entities: [
      at('entities.yaml', 'entities[0]', {
        id: 'binh-duong',
        name: { en: 'b', vi: 'b' },
        kind: 'province' as const,
        country: 'VN',
      }),
      at('entities.yaml', 'entities[1]', { id: 'vietnam', name: { en: 'v', vi: 'v' }, kind: 'country' as const, country: 'VN' }),
    ],
    indicators: [
      at('indicators.yaml', 'indicators[0]', rankIndicator),
      at('indicators.yaml', 'indicators[1]', { ...testIndicator, id: 'provincial_units' }),
    ],
    sources: [],
    observations: [...counts, rank('2020-09-24', 3)].map((o, i) => at('sources/a.yaml', `observations[${i}]`, o)),
    events: [],
    ...over,
  });

  it('accepts a rank with a count of peers on or before it', () => {
    expect(rankPeerIssues(dataset({}))).toEqual([]);
  });

  it('refuses a rank with no count before it, a rank past its peers, and a rank indicator without peers', () => {
    const observations = [...counts, rank('2019-01-01', 3), rank('2025-07-01', 40)].map((o, i) =>
      at('sources/a.yaml', `observations[${i}]`, o),
    );
    expect(rankPeerIssues(dataset({ observations })).map((i) => `${i.record} ${i.field}: ${i.message}`)).toEqual([
      'observation "rank-2019-01-01" (observations[3]) period_end: no count of peers on or before 2019-01-01: add an observation of provincial_units dated on or before it, with its source',
      'observation "rank-2025-07-01" (observations[4]) value: rank 40 is past the 34 it is ranked among (observation "units-2025-06-12"): correct the rank or the count',
    ]);
    const { peers: _, ...withoutPeers } = rankIndicator;
    const issues = rankPeerIssues(dataset({ indicators: [at('indicators.yaml', 'indicators[0]', withoutPeers)] }));
    expect(issues.map((i) => i.field)).toEqual(['peers']);
  });
});
