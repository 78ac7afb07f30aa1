import { describe, expect, it } from 'vitest';
import { parseNumberToken, readAmounts, textStatesValue } from './numbers.ts';

describe('parseNumberToken', () => {
  it('reads English grouping and decimals', () => {
    expect(parseNumberToken('3,852', 'en')).toBe(3852);
    expect(parseNumberToken('3.4', 'en')).toBe(3.4);
  });
  it('reads Dutch and Vietnamese grouping and decimals', () => {
    expect(parseNumberToken('4.400', 'nl')).toBe(4400);
    expect(parseNumberToken('42,4', 'nl')).toBe(42.4);
    expect(parseNumberToken('1.234,5', 'vi')).toBe(1234.5);
  });
});

describe('readAmounts', () => {
  it('applies scale words per language', () => {
    expect(readAmounts('USD 3.4 billion from 252 new projects', 'en').map((a) => a.value)).toEqual([3.4e9, 252]);
    expect(readAmounts('meer dan 42,4 miljard dollar', 'nl')[0]?.value).toBe(42.4e9);
    expect(readAmounts('181 miljoen VND', 'nl')[0]?.value).toBe(181e6);
    expect(readAmounts('vốn 42,4 tỷ USD', 'vi')[0]?.value).toBe(42.4e9);
  });
  it('joins an amount written in parts', () => {
    expect(readAmounts('a total investment of USD 5 billion and 642 million', 'en')[0]?.value).toBe(5_642_000_000);
  });
  it('reads percentages, leading zeros and ordinals', () => {
    const growth = readAmounts('steeg met 7,48%;', 'nl')[0];
    expect(growth).toMatchObject({ value: 7.48, percent: true });
    expect(readAmounts('member of 03 international organizations', 'en')[0]?.value).toBe(3);
    expect(textStatesValue('ranked third in the country', 3, 'en')).toBe(true);
    expect(textStatesValue('op de tweede plaats in het land', 2, 'nl')).toBe(true);
  });
  it('does not read a number the text does not write', () => {
    expect(textStatesValue('nearly 3,900 projects', 3.9, 'en')).toBe(false);
    expect(textStatesValue('meer dan 4.400 investeringsprojecten', 4.4, 'nl')).toBe(false);
    expect(textStatesValue('meer dan 4.400 investeringsprojecten', 4400, 'nl')).toBe(true);
  });
  it('reads a fall written as its size', () => {
    expect(textStatesValue('fell by about 5 percent', -5, 'en')).toBe(true);
    expect(textStatesValue('giảm 5%', -5, 'vi')).toBe(true);
    expect(textStatesValue('fell by about 5 percent', -6, 'en')).toBe(false);
  });
});
