import { describe, expect, it } from 'vitest';
import { observations } from '../../../test-fixtures.ts';
import { readViewState, withinYears, writeViewState, yearsOf } from './indicator-view-state.ts';

describe('indicator view state', () => {
  it('reads and writes the address', () => {
    const params = new URLSearchParams('lang=vi&from=2019&to=abc&view=table');
    expect(readViewState(params)).toEqual({ from: 2019, to: undefined, table: true, point: undefined });
    expect(writeViewState(params, { table: false, to: 2024 }).toString()).toBe('lang=vi&from=2019&to=2024');
  });

  it('keeps the observations that touch the years', () => {
    const flows = observations.filter((o) => o.indicator === 'fdi_attracted');
    expect(yearsOf(flows)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(withinYears(flows, 2020, 2023).map((o) => o.period_start)).toEqual(['2020-01-01']);
    expect(withinYears(flows, undefined, 2019)).toHaveLength(1);
  });
});
