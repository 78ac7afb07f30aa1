import type { Qualifier, TextLanguage } from '@bd/core';

const QUALIFIER_WORDS: Record<TextLanguage, [string, Qualifier][]> = {
  en: [
    ['more than', 'more_than'],
    ['at least', 'at_least'],
    ['approximately', 'about'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['over', 'more_than'],
    ['about', 'about'],
    ['around', 'about'],
  ],
  nl: [
    ['meer dan', 'more_than'],
    ['ten minste', 'at_least'],
    ['minstens', 'at_least'],
    ['ongeveer', 'about'],
    ['circa', 'about'],
    ['bijna', 'nearly'],
    ['ruim', 'more_than'],
  ],
  vi: [
    ['ít nhất', 'at_least'],
    ['khoảng', 'about'],
    ['gần', 'nearly'],
    ['hơn', 'more_than'],
    ['trên', 'more_than'],
  ],
};

const CURRENCY_AT_END = /\s*(?:USD|US\$|\$|VND|VNĐ)\s*$/u;

/** The qualifier the words right before a figure give it ("nearly USD 35 billion" is `nearly`), and the word. */
export function qualifierBefore(textBefore: string, language: TextLanguage): { qualifier: Qualifier; word?: string } {
  const before = textBefore.replace(CURRENCY_AT_END, '').trimEnd().toLowerCase();
  for (const [word, qualifier] of QUALIFIER_WORDS[language]) {
    if (before.endsWith(word) && !/\p{L}/u.test(before.charAt(before.length - word.length - 1))) return { qualifier, word };
  }
  return { qualifier: 'exact' };
}
