import type { TextLanguage } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { guessPeriod } from './guess-period.ts';
import { readDates } from './text-dates.ts';

/** The flow period guessed for the figure `figure` of `text`. */
function flowOf(text: string, figure: string, language: TextLanguage): [string | undefined, string | undefined] {
  const start = text.indexOf(figure);
  const guess = guessPeriod({ text, language, dates: readDates(text) }, { start, end: start + figure.length }, 'flow');
  return 'period_start' in guess ? [guess.period_start, guess.period_end] : [undefined, undefined];
}

describe('guessPeriod reads a quarter as the quarter, not its year', () => {
  it.each<[TextLanguage, string, string, [string, string]]>([
    [
      'en',
      'In the first quarter of 2025, the province attracted nearly USD 600 million.',
      'USD 600 million',
      ['2025-01-01', '2025-03-31'],
    ],
    ['en', 'Exports reached USD 9 billion in the third quarter of 2024.', 'USD 9 billion', ['2024-07-01', '2024-09-30']],
    ['en', 'In Q4 2024 the province attracted USD 1 billion.', 'USD 1 billion', ['2024-10-01', '2024-12-31']],
    ['vi', 'Trong quý I năm 2025, tỉnh thu hút gần 600 triệu USD.', '600 triệu USD', ['2025-01-01', '2025-03-31']],
    ['vi', 'Quý 2/2025, tỉnh thu hút 700 triệu USD.', '700 triệu USD', ['2025-04-01', '2025-06-30']],
    [
      'nl',
      'In het eerste kwartaal van 2025 trok de provincie bijna 600 miljoen USD aan.',
      '600 miljoen USD',
      ['2025-01-01', '2025-03-31'],
    ],
    ['nl', 'In het vierde kwartaal van 2024 trok de provincie 1 miljard USD aan.', '1 miljard USD', ['2024-10-01', '2024-12-31']],
  ])('%s: "%s"', (language, text, figure, period) => {
    expect(flowOf(text, figure, language)).toEqual(period);
  });
});

describe('guessPeriod reads the first months and the halves of a year', () => {
  it.each<[TextLanguage, string, string, [string, string]]>([
    [
      'en',
      'In the first six months of 2025, the province attracted USD 1.2 billion.',
      'USD 1.2 billion',
      ['2025-01-01', '2025-06-30'],
    ],
    [
      'en',
      'In the second half of 2024, the province attracted USD 1.5 billion.',
      'USD 1.5 billion',
      ['2024-07-01', '2024-12-31'],
    ],
    ['vi', 'Trong 9 tháng đầu năm 2024, tỉnh thu hút 2 tỷ USD.', '2 tỷ USD', ['2024-01-01', '2024-09-30']],
    ['vi', 'Nửa cuối năm 2024, tỉnh thu hút 1 tỷ USD.', '1 tỷ USD', ['2024-07-01', '2024-12-31']],
    [
      'nl',
      'In de eerste zes maanden van 2025 trok de provincie 1,2 miljard USD aan.',
      '1,2 miljard USD',
      ['2025-01-01', '2025-06-30'],
    ],
    ['nl', 'In de tweede helft van 2024 trok de provincie 1,5 miljard USD aan.', '1,5 miljard USD', ['2024-07-01', '2024-12-31']],
  ])('%s: "%s"', (language, text, figure, period) => {
    expect(flowOf(text, figure, language)).toEqual(period);
  });

  it('carries the quarter of an earlier sentence of the paragraph to a figure whose sentence names no period', () => {
    const text = 'In the first quarter of 2025, the province did well. It attracted USD 600 million of investment.';
    expect(flowOf(text, 'USD 600 million', 'en')).toEqual(['2025-01-01', '2025-03-31']);
  });

  it('still reads a year alone as the whole year', () => {
    expect(flowOf('In 2025 the province attracted USD 2 billion.', 'USD 2 billion', 'en')).toEqual(['2025-01-01', '2025-12-31']);
  });
});
