import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unreportedSpans, unreportedStretches } from './unreported-spans.ts';

const DAY = 86_400_000;
const at = (iso: string) => {
  const x = Date.parse(`${iso}T00:00:00Z`);
  return { x, x0: x, x1: x };
};
const period = (start: string, end: string) => {
  const x0 = Date.parse(`${start}T00:00:00Z`);
  const x1 = Date.parse(`${end}T00:00:00Z`) + DAY;
  return { x: (x0 + x1) / 2, x0, x1 };
};

describe('unreportedSpans', () => {
  it('finds the three years nobody reported partner localities for, and not the months between close reports', () => {
    const points = [at('2020-06-23'), at('2020-09-24'), at('2024-01-23'), at('2024-12-18')];
    const spans = unreportedSpans('stock', points, 'en');
    expect(spans).toEqual([{ start: points[1]!.x, end: points[2]!.x, from: 'September 2020', to: 'January 2024' }]);
  });

  it('counts more than two years without a value as unreported, even where that is the usual spacing', () => {
    const points = [at('2020-06-23'), at('2020-09-24'), at('2024-12-15')];
    expect(unreportedStretches('stock', points)).toEqual([{ start: points[1]!.x, end: points[2]!.x }]);
    expect(unreportedStretches('stock', [at('2019-01-01'), at('2022-01-01')])).toHaveLength(1);
    expect(unreportedStretches('stock', [at('2019-01-01'), at('2020-01-01')])).toEqual([]);
  });

  it('ignores two values on one date', () => {
    expect(unreportedStretches('stock', [at('2020-06-23'), at('2020-06-23'), at('2020-09-24')])).toEqual([]);
  });

  it("finds the time between a flow's periods that no period covers, in months or whole years", () => {
    const attracted = [
      period('2019-01-01', '2019-12-31'),
      period('2020-01-01', '2020-06-30'),
      period('2024-01-01', '2024-12-31'),
    ];
    expect(unreportedSpans('flow', attracted, 'en').map((s) => [s.from, s.to])).toEqual([['July 2020', 'December 2023']]);
    const conferences = [period('2018-01-01', '2019-12-31'), period('2023-01-01', '2023-12-31')];
    expect(unreportedSpans('flow', conferences, 'en').map((s) => [s.from, s.to])).toEqual([['2020', '2022']]);
    expect(unreportedSpans('flow', conferences, 'vi')[0]?.from).toBe('2020');
  });

  it('takes periods that adjoin or overlap as covering the time', () => {
    const periods = [period('2019-01-01', '2019-12-31'), period('2019-07-01', '2020-06-30'), period('2020-07-01', '2020-12-31')];
    expect(unreportedStretches('flow', periods)).toEqual([]);
  });

  it('never marks more than the stretches between values, and never two at once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 0, maxLength: 30 }), (days) => {
        const points = days.map((d) => ({ x: d * DAY, x0: d * DAY, x1: d * DAY }));
        const stretches = unreportedStretches('stock', points);
        const times = [...new Set(days)].sort((a, b) => a - b).map((d) => d * DAY);
        for (const s of stretches) {
          const i = times.indexOf(s.start);
          expect(i).toBeGreaterThanOrEqual(0);
          expect(times[i + 1]).toBe(s.end);
        }
        expect(stretches.length).toBeLessThan(Math.max(1, times.length));
      }),
    );
  });
});
