import { describe, expect, it } from 'vitest';
import { formatPeriod, formatPeriodLabel, wholeMonths } from './period.ts';

const p = (period_start: string, period_end: string) => ({ period_start, period_end });

describe('formatPeriod', () => {
  it('names a year, a span of years and an as-of date', () => {
    expect(formatPeriod(p('2019-01-01', '2019-12-31'), 'en')).toBe('2019');
    expect(formatPeriod(p('2018-01-01', '2019-12-31'), 'en')).toBe('2018–2019');
    expect(formatPeriodLabel(p('2024-01-23', '2024-01-23'), 'en')).toBe('as of 23 January 2024');
  });
  it('names the first half of a year as what it is, not a year', () => {
    expect(formatPeriod(p('2020-01-01', '2020-06-30'), 'en')).toBe('first half of 2020');
    expect(formatPeriod(p('2020-01-01', '2020-06-30'), 'vi')).toBe('6 tháng đầu năm 2020');
    expect(wholeMonths(p('2020-01-01', '2020-06-30'))).toBe(6);
  });
  it('falls back to the two dates', () => {
    expect(formatPeriod(p('2024-01-01', '2024-12-15'), 'en')).toBe('1 January 2024 – 15 December 2024');
  });
});
