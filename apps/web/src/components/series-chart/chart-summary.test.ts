import { findDisagreements, seriesOf } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n/translate.ts';
import { indicators, observations, sources } from '../../test-fixtures.ts';
import { chartSummary } from './chart-summary.ts';
import { seriesChartState } from './series-chart-state.ts';

/** The chart of partner localities drawn from its first `n` values. */
function firstValues(n: number, locale: 'en' | 'vi') {
  const indicator = indicators.find((i) => i.id === 'partner_localities')!;
  const series = seriesOf(observations, indicator.id).slice(0, n);
  return seriesChartState(indicator, series, sources, findDisagreements([indicator], series), locale);
}

describe('chartSummary counts its values in the words of each language', () => {
  it('says "one value" of a chart with one value, without a span from its date to itself, and "values" of more', () => {
    expect(chartSummary(firstValues(1, 'en'), 'Partner localities', translator('en'))).toBe(
      'Partner localities, one value: 10 (26 June 2020).',
    );
    expect(chartSummary(firstValues(2, 'en'), 'Partner localities', translator('en'))).toMatch(
      /^Partner localities, 2 values from /,
    );
  });

  it('says "số liệu" whatever the count, as Vietnamese does', () => {
    expect(chartSummary(firstValues(1, 'vi'), 'Địa phương đối tác', translator('vi'))).toBe(
      'Địa phương đối tác, một số liệu: 10 (ngày 26 tháng 6 năm 2020).',
    );
    expect(chartSummary(firstValues(2, 'vi'), 'Địa phương đối tác', translator('vi'))).toMatch(
      /^Địa phương đối tác, 2 số liệu từ /,
    );
  });

  it('says there are none rather than "0 values"', () => {
    expect(chartSummary(firstValues(0, 'en'), 'Partner localities', translator('en'))).toBe(
      'Partner localities: no values in the years shown.',
    );
  });
});
