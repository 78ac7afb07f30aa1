import type { Observation } from '@bd/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { indicators, observations } from '../../test-fixtures.ts';
import { SeriesChart } from './series-chart.tsx';
import { MAX_CHART_MARKS, seriesChartState } from './series-chart-state.ts';

/** A monthly series of `count` values: a long one, as a large data set has. */
function monthly(count: number): Observation[] {
  return Array.from({ length: count }, (_, i) => {
    const year = 1940 + Math.floor(i / 12);
    const month = String((i % 12) + 1).padStart(2, '0');
    return {
      ...observations[0]!,
      id: `o-${i}`,
      period_start: `${year}-${month}-28`,
      period_end: `${year}-${month}-28`,
      value: 100 + (i % 37),
    };
  });
}

const stock = indicators.find((i) => i.kind === 'stock')!;
const flow = indicators.find((i) => i.kind === 'flow')!;

describe('a chart of a long series', () => {
  it('draws at most MAX_CHART_MARKS of its values, joined by a line, and keeps every value in `points`', () => {
    const state = seriesChartState(stock, monthly(1000), [], [], 'en');
    expect(state.points).toHaveLength(1000);
    expect(state.sampled).toBe(true);
    expect(state.marks).toHaveLength(MAX_CHART_MARKS);
    expect(state.marks[0]?.id).toBe('o-0');
    expect(state.marks.at(-1)?.id).toBe('o-999');
    expect(state.segments).toHaveLength(MAX_CHART_MARKS - 1);
    expect(state.segments.every((s) => s.reported)).toBe(true);
  });

  it('draws a long flow as a line too, and a short one as bars', () => {
    const long = monthly(500).map((o) => ({ ...o, indicator: flow.id, period_start: `${o.period_end.slice(0, 8)}01` }));
    expect(seriesChartState(flow, long, [], [], 'en').segments).toHaveLength(MAX_CHART_MARKS - 1);
    expect(seriesChartState(flow, long.slice(0, 12), [], [], 'en').segments).toEqual([]);
  });

  it('renders the sampled marks only, and says so in the legend', async () => {
    const state = seriesChartState(stock, monthly(1000), [], [], 'en');
    const location = memoryLocation({ path: '/' });
    render(
      <Router hook={location.hook} searchHook={location.searchHook}>
        <SeriesChart state={state} summary="A long series" width={640} height={320} />
      </Router>,
    );
    expect(await screen.findAllByTestId('chart-point')).toHaveLength(MAX_CHART_MARKS);
    expect(screen.getByText(/through 160 of the 1000 values/)).toBeInTheDocument();
  });
});
