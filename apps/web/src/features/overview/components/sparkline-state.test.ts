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
    // 26 June 2020 and 1 March 2021 are close; 1 March 2021 to 24 January 2024 nobody reported: dashed.
    expect(state.path).toMatch(/^M6 [\d.]+ L[\d.]+ [\d.]+$/);
    expect(state.gapPath).toMatch(/^M[\d.]+ [\d.]+ L214 6$/);
  });

  it("draws qualified values hollow, each in its qualifier's shape", () => {
    const state = sparklineState(seriesOf(observations, 'fdi_registered_capital_cumulative'), 'stock', box);
    expect(state.marks.map((m) => m.hollow)).toEqual([true, true, true]);
    expect(state.marks.map((m) => m.shape)).toEqual(['triangle-down', 'triangle-up', 'triangle-up']);
  });

  it('puts rank 1 at the top', () => {
    const series = monthly(3).map((o, i) => ({ ...o, value: i + 1 }));
    const state = sparklineState(series, 'rank', box);
    expect(state.marks[0]?.y).toBe(6);
    expect(state.marks[2]?.y).toBe(50);
  });

  it('centres a single value and draws no line; nothing for an empty series', () => {
    expect(sparklineState(monthly(1), 'stock', box)).toEqual({
      path: '',
      gapPath: '',
      marks: [{ x: 110, y: 28, hollow: false, shape: 'dot' }],
      bars: [],
    });
    expect(sparklineState([], 'flow', box)).toEqual({ path: '', gapPath: '', marks: [], bars: [] });
  });

  it('draws a long series as a line without dots', () => {
    const state = sparklineState(monthly(MAX_SPARKLINE_DOTS + 1), 'stock', box);
    expect(state.marks).toEqual([]);
    expect(state.path.split('L')).toHaveLength(MAX_SPARKLINE_DOTS + 1);
  });

  it('draws a flow as equally wide bars from zero, never as a line', () => {
    const years = [2019, 2020, 2024].map((year, i) => ({
      ...observations[0]!,
      id: `y-${year}`,
      period_start: `${year}-01-01`,
      period_end: `${year}-12-31`,
      value: [3.4e9, 0.9e9, 2.2e9][i]!,
      qualifier: i === 2 ? ('more_than' as const) : ('exact' as const),
    }));
    const state = sparklineState(years, 'flow', box);
    expect(state.path).toBe('');
    expect(state.marks).toEqual([]);
    expect(state.bars).toHaveLength(3);
    expect(new Set(state.bars.map((b) => b.width)).size).toBe(1);
    expect(state.bars.every((b) => b.base === 50)).toBe(true);
    expect(state.bars[0]!.y).toBe(6);
    expect(state.bars[2]).toMatchObject({ hollow: true, shape: 'triangle-up' });
    const [a, b] = state.bars;
    expect(b!.x - a!.x).toBeGreaterThan(a!.width);
    expect(a!.x - a!.width / 2).toBeGreaterThan(5.9);
    expect(state.bars[2]!.x + state.bars[2]!.width / 2).toBeLessThan(214.1);
  });
});
