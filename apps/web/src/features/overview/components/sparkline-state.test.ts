import { type Observation, seriesOf } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { observations } from '../../../test-fixtures.ts';
import { MAX_SPARKLINE_DOTS, sparklineState } from './sparkline-state.ts';

const box = { width: 220, height: 56, inset: 6 };

function monthly(count: number): Observation[] {
  return Array.from({ length: count }, (_, i) => ({
    ...observations[0]!,
    id: `o-${i}`,
    period_start: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    period_end: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-28`,
    value: i,
  }));
}

describe('sparklineState', () => {
  it('runs from the first period to the last, value up from zero, joined by one line', () => {
    const state = sparklineState(seriesOf(observations, 'partner_localities'), 'stock', box);
    expect(state.marks.map((m) => m.x)).toEqual([6, expect.any(Number), 214]);
    const ys = state.marks.map((m) => m.y);
    expect(ys[2]).toBe(6);
    expect(ys[0]).toBeGreaterThan(ys[1]!);
    expect(state.path).toMatch(/^M6 [\d.]+ L[\d.]+ [\d.]+ L214 6$/);
  });

  it('draws qualified values hollow', () => {
    const state = sparklineState(seriesOf(observations, 'fdi_registered_capital_cumulative'), 'stock', box);
    expect(state.marks.map((m) => m.hollow)).toEqual([true, true, true]);
  });

  it('puts rank 1 at the top', () => {
    const series = monthly(3).map((o, i) => ({ ...o, value: i + 1 }));
    const state = sparklineState(series, 'rank', box);
    expect(state.marks[0]?.y).toBe(6);
    expect(state.marks[2]?.y).toBe(50);
  });

  it('centres a single value and draws no line; nothing for an empty series', () => {
    expect(sparklineState(monthly(1), 'stock', box)).toEqual({ path: '', marks: [{ x: 110, y: 28, hollow: false }] });
    expect(sparklineState([], 'flow', box)).toEqual({ path: '', marks: [] });
  });

  it('draws a long series as a line without dots', () => {
    const state = sparklineState(monthly(MAX_SPARKLINE_DOTS + 1), 'stock', box);
    expect(state.marks).toEqual([]);
    expect(state.path.split('L')).toHaveLength(MAX_SPARKLINE_DOTS + 1);
  });
});
