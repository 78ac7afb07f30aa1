import { describe, expect, it } from 'vitest';
import { eventDateText } from './event-date.ts';

describe('eventDateText', () => {
  it('writes only as much of the date as the article gives', () => {
    expect(eventDateText({ date: '2021-03-01', date_precision: 'day' }, 'en')).toBe('1 March 2021');
    expect(eventDateText({ date: '2021-03-01', date_precision: 'month' }, 'en')).toBe('March 2021');
    expect(eventDateText({ date: '2021-01-01', date_precision: 'year' }, 'vi')).toBe('2021');
    expect(eventDateText({ date: '2024-01-24', date_precision: 'reported' }, 'vi')).toBe('ngày 24 tháng 1 năm 2024');
  });
});
