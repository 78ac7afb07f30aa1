import type { TextLanguage } from '@bd/core';

/** Frequent short words that only one of the three languages uses. */
const MARKERS: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set([
    'the',
    'and',
    'of',
    'to',
    'with',
    'has',
    'from',
    'that',
    'was',
    'were',
    'which',
    'this',
    'for',
    'by',
    'at',
    'its',
  ]),
  nl: new Set([
    'de',
    'het',
    'een',
    'en',
    'van',
    'met',
    'op',
    'dat',
    'voor',
    'zijn',
    'heeft',
    'werd',
    'wordt',
    'ook',
    'bij',
    'aan',
    'naar',
    'uit',
  ]),
  vi: new Set([
    'của',
    'và',
    'các',
    'có',
    'với',
    'được',
    'trong',
    'là',
    'đã',
    'những',
    'này',
    'cho',
    'tỉnh',
    'năm',
    'người',
    'một',
    'về',
  ]),
};

export interface LanguageGuess {
  /** Undefined when the text has none of the marker words. */
  language?: TextLanguage;
  /** How many marker words of each language the text has. */
  counts: Record<TextLanguage, number>;
}

/** The language whose frequent words the text uses most. */
export function detectLanguage(text: string): LanguageGuess {
  const counts: Record<TextLanguage, number> = { en: 0, nl: 0, vi: 0 };
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const language of ['en', 'nl', 'vi'] as const) if (MARKERS[language].has(word)) counts[language]++;
  }
  const ranked = (['en', 'nl', 'vi'] as const).filter((l) => counts[l] > 0).sort((a, b) => counts[b] - counts[a]);
  return { language: ranked[0], counts };
}
