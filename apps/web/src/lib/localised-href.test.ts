import { describe, expect, it } from 'vitest';
import { localisedHref } from './localised-href.ts';

describe('localisedHref', () => {
  it('adds the language before the hash', () => {
    expect(localisedHref('/sources#source-a', 'vi')).toBe('/sources?lang=vi#source-a');
    expect(localisedHref('/sources#source-a', 'en')).toBe('/sources#source-a');
  });

  it('sets and drops parameters', () => {
    expect(localisedHref('/indicators/x?from=2019', 'en', { to: '2024', from: undefined })).toBe('/indicators/x?to=2024');
  });
});
