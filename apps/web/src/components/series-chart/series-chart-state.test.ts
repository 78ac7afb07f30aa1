import { findDisagreements, seriesOf } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n/translate.ts';
import { indicators, observations, sources } from '../../test-fixtures.ts';
import { formatAxisValue, niceCeiling, rankTicks, valueAxis, valueTicks, yearTicks } from './chart-axes.ts';
import { axisTitle, chartSummary } from './chart-summary.ts';
import { seriesChartState } from './series-chart-state.ts';

const byId = (id: string) => indicators.find((i) => i.id === id)!;

function stateOf(id: string, locale: 'en' | 'vi' = 'en') {
  const indicator = byId(id);
  const series = seriesOf(observations, id);
  return seriesChartState(indicator, series, sources, findDisagreements([indicator], series), locale);
}

describe('seriesChartState', () => {
  it('places a stock at its as-of dates and joins them with a line', () => {
    const state = stateOf('partner_localities');
    expect(state.points.map((p) => p.y)).toEqual([10, 13, 14]);
    expect(state.points[0]?.x).toBe(Date.UTC(2020, 5, 26));
    expect(state.segments).toHaveLength(2);
    expect(state.yDomain[0]).toBe(0);
  });

  it('draws a flow as equally wide bars, whatever their period, each with the span of its period', () => {
    const state = stateOf('fdi_attracted');
    const [year, half] = state.points;
    expect(state.segments).toEqual([]);
    expect(half?.periodText).toBe('first half of 2020');
    expect(half?.x0).toBe(Date.UTC(2020, 0, 1));
    expect(half?.x1).toBe(Date.UTC(2020, 6, 1));
    const widths = state.points.map((p) => p.barX1 - p.barX0);
    expect(new Set(widths).size).toBe(1);
    expect(half!.barX0 + half!.barX1).toBe(half!.x0 + half!.x1);
    expect(year!.barX1).toBeLessThan(half!.barX0);
  });

  it('draws qualified values hollow and writes them with their qualifier', () => {
    const state = stateOf('fdi_registered_capital_cumulative');
    expect(state.points.map((p) => p.hollow)).toEqual([true, true, true]);
    expect(state.points[2]?.valueText).toBe('more than 42.4 billion USD');
    expect(stateOf('fdi_registered_capital_cumulative', 'vi').points[2]?.valueText).toBe('hơn 42,4 tỷ USD');
    expect(state.qualifiers).toEqual(['nearly', 'more_than']);
    expect(state.points.map((p) => p.mark)).toEqual(['triangle-down', 'triangle-up', 'triangle-up']);
  });

  it('marks the observations the sources disagree on', () => {
    const state = stateOf('international_org_memberships');
    expect(state.hasDisputed).toBe(true);
    expect(state.points.map((p) => p.disputed)).toEqual([false, true, true]);
  });

  it('turns the rank axis upside down with 1 at the top', () => {
    const state = stateOf('fdi_national_rank');
    expect(state.yReversed).toBe(true);
    expect(state.yDomain[0]).toBe(1);
  });

  it('puts a year on the time axis of a single value', () => {
    const indicator = byId('fdi_national_rank');
    const one = seriesOf(observations, 'fdi_national_rank').slice(0, 1);
    const state = seriesChartState(indicator, one, sources, [], 'en');
    expect(state.xTicks.length).toBeGreaterThan(0);
    expect(state.xDomain[0]).toBeLessThanOrEqual(state.points[0]!.x0);
    expect(state.xDomain[1]).toBeGreaterThanOrEqual(state.points[0]!.x1);
  });

  it('gives a domain even for an empty series', () => {
    const state = seriesChartState(byId('trade_surplus'), [], sources, [], 'en');
    expect(state.points).toEqual([]);
    expect(state.xDomain[0]).toBeLessThan(state.xDomain[1]);
  });
});

describe('axis helpers', () => {
  it('rounds up to a nice number', () => {
    expect(niceCeiling(46.6e9)).toBe(50e9);
    expect(niceCeiling(15.4)).toBe(20);
    expect(niceCeiling(2.2)).toBe(2.5);
  });

  it('puts ticks on whole years, thinned', () => {
    expect(yearTicks([Date.UTC(2019, 5, 1), Date.UTC(2022, 1, 1)])).toEqual([
      Date.UTC(2020, 0, 1),
      Date.UTC(2021, 0, 1),
      Date.UTC(2022, 0, 1),
    ]);
    expect(yearTicks([Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1)]).length).toBeLessThanOrEqual(8);
  });

  it('spaces value ticks evenly on round numbers', () => {
    expect(valueTicks([0, 5e9])).toEqual([0, 1e9, 2e9, 3e9, 4e9, 5e9]);
    expect(valueTicks([0, 20])).toEqual([0, 5, 10, 15, 20]);
    expect(valueTicks([0, 2.5])).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(rankTicks(5)).toEqual([1, 2, 3, 4, 5]);
    expect(rankTicks(20)).toEqual([1, 5, 9, 13, 17]);
  });

  it('counts money in the scale of its top tick, said once in the axis title, not on every tick', () => {
    const axis = valueAxis('USD', [0, 10e9, 20e9, 30e9, 40e9, 50e9]);
    expect(axis).toEqual({ unit: 'USD', scale: 'billion', divisor: 1e9 });
    expect(formatAxisValue(40e9, axis, 'en')).toBe('40');
    expect(formatAxisValue(42.5e9, axis, 'vi')).toBe('42,5');
    expect(axisTitle(axis, translator('en'))).toBe('billion USD');
    expect(axisTitle(axis, translator('vi'))).toBe('tỷ USD');
    const vnd = valueAxis('VND', [0, 5e6]);
    expect(axisTitle(vnd, translator('vi'))).toBe('triệu VND');
    expect(axisTitle(valueAxis('USD', [0, 500]), translator('en'))).toBe('USD');
  });

  it('titles every other unit too', () => {
    expect(axisTitle(valueAxis('count', [0, 5]), translator('en'))).toBe('Count');
    expect(formatAxisValue(7.5, valueAxis('percent', [0, 10]), 'en')).toBe('7.5%');
    expect(axisTitle(valueAxis('rank', [1, 5]), translator('vi'))).toBe('Thứ hạng giữa các tỉnh');
    expect(stateOf('fdi_registered_capital_cumulative').yAxis.scale).toBe('billion');
  });
});

describe('chartSummary', () => {
  it('says how many values, over what time, and the latest', () => {
    expect(chartSummary(stateOf('partner_localities'), 'Partner localities', translator('en'))).toBe(
      'Partner localities, 3 values from 26 June 2020 to 24 January 2024. Latest: 14 (24 January 2024). ' +
        'No value reported between March 2021 and January 2024.',
    );
  });

  it('says which stretch of a flow no source reports', () => {
    expect(chartSummary(stateOf('fdi_attracted'), 'FDI attracted', translator('en'))).toContain(
      'No value reported for July 2020 to December 2023.',
    );
  });
});

describe('the chart of a series with gaps', () => {
  it('dashes the line where neighbouring values are further apart than usual, and only there', () => {
    const state = stateOf('partner_localities');
    expect(state.segments.map((s) => s.reported)).toEqual([true, false]);
    expect(state.gaps).toHaveLength(1);
    const [before, after] = [state.points[1]!, state.points[2]!];
    expect(before.gapAfter).toBe(state.gaps[0]);
    expect(after.gapBefore).toBe(state.gaps[0]);
    expect(state.points[0]!.gapAfter).toBeUndefined();
  });

  it('labels the latest value on the chart', () => {
    const state = stateOf('fdi_registered_capital_cumulative');
    expect(state.latest?.valueText).toBe('more than 42.4 billion USD');
  });
});
