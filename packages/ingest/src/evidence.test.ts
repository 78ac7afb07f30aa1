import { describe, expect, it } from 'vitest';
import { evidenceFor } from './evidence.ts';
import type { Span } from './text-spans.ts';

const spanOf = (text: string, part: string): Span => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

/** The evidence of each of `figures` in `text`, the others being its neighbours. */
function phrases(text: string, figures: string[], datelines: Span[] = []): string[] {
  const spans = figures.map((f) => spanOf(text, f));
  return spans.map((span) => evidenceFor(text, span, { neighbours: spans, datelines }));
}

describe('evidenceFor', () => {
  it.each([
    [
      'The province attracted USD 600 million and welcomed 300 delegates to the forum.',
      ['USD 600 million', '300'],
      ['The province attracted USD 600 million', 'welcomed 300 delegates to the forum'],
    ],
    [
      'Toàn tỉnh có 4.300 dự án đầu tư nước ngoài với tổng vốn đăng ký 43,1 tỷ USD.',
      ['4.300', '43,1 tỷ USD'],
      ['Toàn tỉnh có 4.300 dự án đầu tư nước ngoài', 'tổng vốn đăng ký 43,1 tỷ USD'],
    ],
    [
      'De provincie telt 4.300 projecten uit 66 landen en gebieden met een geregistreerd kapitaal van 43,1 miljard USD.',
      ['4.300', '66', '43,1 miljard USD'],
      [
        'De provincie telt 4.300 projecten uit 66 landen en gebieden',
        'De provincie telt 4.300 projecten uit 66 landen en gebieden',
        'een geregistreerd kapitaal van 43,1 miljard USD',
      ],
    ],
  ])('gives each figure of "%s" its own part of the sentence, cut at the word joining them', (text, figures, expected) => {
    expect(phrases(text, figures)).toEqual(expected);
  });

  it('leaves out a dateline that opens the sentence', () => {
    const text = '20 March 2025 - The province attracted nearly USD 600 million in the first quarter.';
    expect(phrases(text, ['USD 600 million'], [spanOf(text, '20 March 2025 - ')])).toEqual([
      'The province attracted nearly USD 600 million in the first quarter',
    ]);
  });

  it('keeps a clause whole when no word joins its figures', () => {
    const text = 'In 2023, the province attracted USD 2.7 billion from 180 new investment projects.';
    expect(phrases(text, ['USD 2.7 billion', '180'])).toEqual([
      'the province attracted USD 2.7 billion from 180 new investment projects',
      'the province attracted USD 2.7 billion from 180 new investment projects',
    ]);
  });
});
