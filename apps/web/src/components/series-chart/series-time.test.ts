import { describe, expect, it } from 'vitest';
import { linePaths, timePlacement } from './series-time.ts';

describe('timePlacement', () => {
  it('puts a stock at its as-of date and a flow at the middle of its period, its end the end of the last day', () => {
    expect(timePlacement({ period_start: '2020-06-23', period_end: '2020-06-23' }, 'stock')).toEqual({
      x0: Date.UTC(2020, 5, 23),
      x1: Date.UTC(2020, 5, 23),
      x: Date.UTC(2020, 5, 23),
    });
    const half = timePlacement({ period_start: '2020-01-01', period_end: '2020-06-30' }, 'flow');
    expect(half.x1).toBe(Date.UTC(2020, 6, 1));
    expect(half.x).toBe((Date.UTC(2020, 0, 1) + Date.UTC(2020, 6, 1)) / 2);
  });
});

describe('linePaths', () => {
  const points = [0, 1, 2, 3, 4].map((x) => ({ x, y: x * 10 }));

  it('joins neighbouring steps of one kind into one run, and starts a new run after the other kind', () => {
    expect(linePaths(points, (step) => step !== 2)).toEqual({
      reported: 'M0 0 L1 10 L2 20 M3 30 L4 40',
      unreported: 'M2 20 L3 30',
    });
  });

  it('draws nothing for a single point, and one kind only when every step is of it', () => {
    expect(linePaths(points.slice(0, 1), () => true)).toEqual({ reported: '', unreported: '' });
    expect(linePaths(points, () => false).reported).toBe('');
  });
});
