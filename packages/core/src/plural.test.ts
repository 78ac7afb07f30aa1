import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';

const values = { one: 'value', other: 'values' };

describe('plural', () => {
  it('gives English its singular for one only', () => {
    expect([0, 1, 2, 1.5, 21].map((n) => plural('en', n, values))).toEqual(['values', 'value', 'values', 'values', 'values']);
  });

  it('gives Vietnamese its one form for every count', () => {
    expect([0, 1, 2].map((n) => plural('vi', n, { other: 'số liệu' }))).toEqual(['số liệu', 'số liệu', 'số liệu']);
    expect(plural('vi', 1, values)).toBe('values');
  });

  it('falls back to the other form where a language’s category is not given', () => {
    expect(plural('en', 1, { other: 'values' })).toBe('values');
  });
});
