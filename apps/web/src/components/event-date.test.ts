import { describe, expect, it } from 'vitest';
import { translator } from '../lib/i18n/translate.ts';
import { eventDateLabel } from './event-date.ts';

describe('eventDateLabel', () => {
  it('says when the article gives only the year, and states no more of the date than it gives', () => {
    const year = { id: 'a', date: '2024-01-01', date_precision: 'year' as const };
    expect(eventDateLabel(year, 'en', translator('en'))).toEqual({ text: '2024, date not given', dateTime: '2024' });
    expect(eventDateLabel(year, 'vi', translator('vi')).text).toBe('năm 2024, không nêu ngày');
    const reported = { id: 'b', date: '2024-01-24', date_precision: 'reported' as const };
    expect(eventDateLabel(reported, 'vi', translator('vi')).text).toBe('đưa tin ngày 24 tháng 1 năm 2024');
    expect(eventDateLabel({ ...reported, date_precision: 'month' }, 'en', translator('en'))).toEqual({
      text: 'January 2024',
      dateTime: '2024-01',
    });
  });
});
