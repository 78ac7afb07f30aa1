import { describe, expect, it } from 'vitest';
import { displayNames } from './intl-formats.ts';

describe('displayNames', () => {
  it('names in Vietnamese every country the data names, as Vietnamese publications write them', () => {
    const country = displayNames('vi', { type: 'region' });
    const names = ['IT', 'JP', 'KR', 'US', 'DE', 'NL', 'BE', 'CN', 'KH', 'LA', 'RU', 'CU'].map((code) => country.of(code));
    expect(names).toEqual([
      'Ý',
      'Nhật Bản',
      'Hàn Quốc',
      'Hoa Kỳ',
      'Đức',
      'Hà Lan',
      'Bỉ',
      'Trung Quốc',
      'Campuchia',
      'Lào',
      'Nga',
      'Cuba',
    ]);
  });
  it('shortens the names CLDR writes as administrative titles, whatever the tag', () => {
    expect(displayNames('vi-VN', { type: 'region' }).of('HK')).toBe('Hồng Kông');
    expect(displayNames('vi', { type: 'region' }).of('mm')).toBe('Myanmar');
  });
  it('leaves English and language names to Intl', () => {
    expect(displayNames('en', { type: 'region' }).of('IT')).toBe('Italy');
    expect(displayNames('vi', { type: 'language' }).of('nl')).toBe('Tiếng Hà Lan');
  });
});
