import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatRankAmong, formatValue } from './format.ts';

describe('formatRankAmong', () => {
  it('says out of how many, in both languages', () => {
    expect(formatRankAmong(3, 63, 'exact', 'en')).toBe('3rd of 63 provinces and cities');
    expect(formatRankAmong(2, 34, 'exact', 'vi')).toBe('thứ 2 trên 34 tỉnh, thành phố');
    expect(formatRankAmong(1, 63, 'about', 'en')).toBe('about 1st of 63 provinces and cities');
  });
});

describe('formatValue', () => {
  it('writes the qualifier and unit in English', () => {
    expect(formatValue(42.4e9, 'USD', 'more_than', 'en')).toBe('more than 42.4 billion USD');
    expect(formatValue(35e9, 'USD', 'nearly', 'en')).toBe('nearly 35 billion USD');
    expect(formatValue(3852, 'count', 'exact', 'en')).toBe('3,852');
    expect(formatValue(3, 'count', 'at_least', 'en')).toBe('at least 3');
    expect(formatValue(5_642_000_000, 'USD', 'exact', 'en')).toBe('5.642 billion USD');
  });
  it('writes the qualifier and unit in Vietnamese with Vietnamese separators', () => {
    expect(formatValue(42.4e9, 'USD', 'more_than', 'vi')).toBe('hơn 42,4 tỷ USD');
    expect(formatValue(35e9, 'USD', 'nearly', 'vi')).toBe('gần 35 tỷ USD');
    expect(formatValue(3852, 'count', 'exact', 'vi')).toBe('3.852');
    expect(formatValue(181e6, 'VND', 'exact', 'vi')).toBe('181 triệu VND');
  });
  it('writes percentages and ranks per language', () => {
    expect(formatValue(7.48, 'percent', 'exact', 'en')).toBe('7.48%');
    expect(formatValue(7.48, 'percent', 'exact', 'vi')).toBe('7,48%');
    expect(formatValue(3, 'rank', 'exact', 'en')).toBe('3rd');
    expect(formatValue(2, 'rank', 'exact', 'en')).toBe('2nd');
    expect(formatValue(2, 'rank', 'exact', 'vi')).toBe('thứ 2');
  });
});

describe('formatChange', () => {
  it('signs the change and marks it approximate when a value is qualified', () => {
    expect(formatChange(1, 'count', false, 'en')).toBe('+1');
    expect(formatChange(-1, 'count', false, 'en')).toBe('−1');
    expect(formatChange(7.4e9, 'USD', true, 'en')).toBe('≈ +7.4 billion USD');
    expect(formatChange(7.4e9, 'USD', true, 'vi')).toBe('≈ +7,4 tỷ USD');
  });
});

describe('formatDate', () => {
  it('writes dates per language, in UTC', () => {
    expect(formatDate('2020-06-23', 'en')).toBe('23 June 2020');
    expect(formatDate('2020-06-23', 'en', 'short')).toBe('23 Jun 2020');
  });
  it('writes Vietnamese dates as Vietnamese publications do, not as Intl does', () => {
    expect(formatDate('2024-12-18', 'vi')).toBe('ngày 18 tháng 12 năm 2024');
    expect(formatDate('2024-01-05', 'vi', 'short')).toBe('5/1/2024');
  });
});
