import { describe, expect, it } from 'vitest';
import { byEventDate, formatEventDate, formatPeriod, formatPeriodLabel, wholeMonths } from './period.ts';

const p = (period_start: string, period_end: string) => ({ period_start, period_end });

describe('formatPeriod', () => {
  it('names a year, a span of years and an as-of date', () => {
    expect(formatPeriod(p('2019-01-01', '2019-12-31'), 'en')).toBe('2019');
    expect(formatPeriod(p('2018-01-01', '2019-12-31'), 'en')).toBe('2018–2019');
    expect(formatPeriodLabel(p('2024-01-23', '2024-01-23'), 'en')).toBe('as of 23 January 2024');
    expect(formatPeriod(p('2018-01-01', '2019-12-31'), 'vi')).toBe('2018–2019');
    expect(formatPeriodLabel(p('2024-01-23', '2024-01-23'), 'vi')).toBe('tính đến ngày 23 tháng 1 năm 2024');
    expect(formatPeriodLabel(p('2024-01-23', '2024-01-23'), 'vi', 'short')).toBe('tính đến 23/1/2024');
  });
  it('names the first half of a year as what it is, not a year', () => {
    expect(formatPeriod(p('2020-01-01', '2020-06-30'), 'en')).toBe('first half of 2020');
    expect(formatPeriod(p('2020-01-01', '2020-06-30'), 'vi')).toBe('6 tháng đầu năm 2020');
    expect(wholeMonths(p('2020-01-01', '2020-06-30'))).toBe(6);
    expect(formatPeriod(p('2020-07-01', '2020-12-31'), 'en')).toBe('second half of 2020');
    expect(formatPeriod(p('2020-07-01', '2020-12-31'), 'vi')).toBe('6 tháng cuối năm 2020');
  });
  it('names months as each language does', () => {
    expect(formatPeriod(p('2024-12-01', '2024-12-31'), 'en')).toBe('December 2024');
    expect(formatPeriod(p('2024-12-01', '2024-12-31'), 'vi')).toBe('tháng 12/2024');
    expect(formatPeriod(p('2021-04-01', '2021-06-30'), 'en')).toBe('April–June 2021');
    expect(formatPeriod(p('2021-04-01', '2021-06-30'), 'vi')).toBe('tháng 4–6/2021');
    expect(formatPeriod(p('2024-01-01', '2024-09-30'), 'vi')).toBe('9 tháng đầu năm 2024');
  });
  it('falls back to the two dates', () => {
    expect(formatPeriod(p('2024-01-01', '2024-12-15'), 'en')).toBe('1 January 2024 – 15 December 2024');
    expect(formatPeriod(p('2024-01-01', '2024-12-15'), 'vi')).toBe('từ 1/1 đến 15/12/2024');
    expect(formatPeriod(p('2023-07-15', '2024-06-30'), 'vi')).toBe('từ 15/7/2023 đến 30/6/2024');
  });
});

describe('formatEventDate', () => {
  it('writes only as much of the date as the article gives', () => {
    expect(formatEventDate({ date: '2021-03-01', date_precision: 'day' }, 'en')).toBe('1 March 2021');
    expect(formatEventDate({ date: '2021-03-01', date_precision: 'month' }, 'en')).toBe('March 2021');
    expect(formatEventDate({ date: '2021-01-01', date_precision: 'year' }, 'vi')).toBe('2021');
    expect(formatEventDate({ date: '2024-01-24', date_precision: 'reported' }, 'vi')).toBe('ngày 24 tháng 1 năm 2024');
    expect(formatEventDate({ date: '2021-03-01', date_precision: 'month' }, 'vi')).toBe('tháng 3/2021');
  });
});

describe('byEventDate', () => {
  it('puts an event dated only by its year after the dated events of that year, and before the next year', () => {
    const events = [
      { id: 'next-year', date: '2025-01-02', date_precision: 'day' as const },
      { id: 'year-only', date: '2024-01-01', date_precision: 'year' as const },
      { id: 'december', date: '2024-12-01', date_precision: 'month' as const },
      { id: 'january', date: '2024-01-23', date_precision: 'day' as const },
      { id: 'new-year', date: '2024-12-31', date_precision: 'day' as const },
    ];
    expect([...events].sort(byEventDate).map((e) => e.id)).toEqual(['january', 'new-year', 'december', 'year-only', 'next-year']);
  });
});
