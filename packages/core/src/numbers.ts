/**
 * Reading figures out of article text by the conventions of the article's language:
 * `1,234.5` in English, `1.234,5` in Dutch and Vietnamese; scale words (billion / miljard / tỷ…);
 * amounts written in parts ("USD 5 billion and 642 million"); ordinals ("third", "tweede").
 */

export type TextLanguage = 'en' | 'nl' | 'vi';

/** A figure found in a text. */
export interface TextAmount {
  /** In base units: "42,4 miljard" is 42400000000. */
  value: number;
  /** The characters it was read from. */
  text: string;
  /** Offset of `text` in the input. */
  index: number;
  /** The scale word, if any ("billion", "miljoen", "tỷ"). */
  scale?: string;
  /** "%" directly after the number. */
  percent: boolean;
  /** Written as an ordinal ("third", "2nd", "tweede"). */
  ordinal: boolean;
}

const SCALES: Record<TextLanguage, Record<string, number>> = {
  en: { thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, bn: 1e9 },
  nl: { duizend: 1e3, miljoen: 1e6, miljard: 1e9, biljoen: 1e12 },
  vi: { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9, 'nghìn tỷ': 1e12 },
};

const ORDINALS: Record<TextLanguage, string[]> = {
  en: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
  nl: ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'],
  vi: ['thứ nhất', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'thứ tám', 'thứ chín', 'thứ mười'],
};

const CARDINALS: Record<TextLanguage, string[]> = {
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  nl: ['één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'],
  vi: ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'],
};

const CONNECTORS: Record<TextLanguage, string> = { en: 'and', nl: 'en', vi: 'và' };

const NUMBER = /\d{1,3}(?:([.,])\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/gu;

/** Parses one number token written by the conventions of `language`. */
export function parseNumberToken(token: string, language: TextLanguage): number {
  const thousands = language === 'en' ? ',' : '.';
  const decimal = language === 'en' ? '.' : ',';
  const grouped =
    token.includes(thousands) &&
    token
      .split(thousands)
      .slice(1)
      .every((g) => /^\d{3}(?:[.,]\d+)?$/.test(g));
  return Number((grouped ? token.replaceAll(thousands, '') : token).replace(decimal, '.'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A number word's pattern, its value, whether it is an ordinal, and the word in lower case (to skip texts without it). */
type WordPattern = [RegExp, number, boolean, string];

/** Built once per language: reading the figures of every evidence phrase of a large data set reuses them. */
const patterns = new Map<TextLanguage, { scaleAfter: RegExp; partAfter: RegExp; words: [RegExp, number, boolean, string][] }>();

function patternsOf(language: TextLanguage) {
  let found = patterns.get(language);
  if (!found) {
    const scaleWords = Object.keys(SCALES[language])
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'giu');
    found = {
      scaleAfter: new RegExp(`^\\s*(${scaleWords.join('|')})(?![\\p{L}])`, 'iu'),
      partAfter: new RegExp(
        `^\\s*(?:${CONNECTORS[language]}\\s+)?(\\d+(?:[.,]\\d+)?)\\s*(${Object.keys(SCALES[language]).map(escapeRegExp).join('|')})(?![\\p{L}])`,
        'iu',
      ),
      words: [
        ...ORDINALS[language].map((word, i): WordPattern => [wordPattern(word), i + 1, true, word.toLowerCase()]),
        ...CARDINALS[language].map((word, i): WordPattern => [wordPattern(word), i + 1, false, word.toLowerCase()]),
      ],
    };
    patterns.set(language, found);
  }
  return found;
}

/** Every figure written in `text`, read by the conventions of `language`. */
export function readAmounts(text: string, language: TextLanguage): TextAmount[] {
  return [...readDigits(text, language), ...readWords(text, language)].sort((a, b) => a.index - b.index);
}

/** The figures written in digits, with their scale words ("5 billion and 642 million"), in order. */
function readDigits(text: string, language: TextLanguage): TextAmount[] {
  const amounts: TextAmount[] = [];
  const { scaleAfter, partAfter } = patternsOf(language);
  const consumedUntil = { index: -1 };
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    if (start < consumedUntil.index) continue;
    if (start > 0 && /[\p{L}]/u.test(text[start - 1] ?? '') && !/\s/.test(text[start - 1] ?? '')) continue;
    let value = parseNumberToken(match[0], language);
    let end = start + match[0].length;
    let scale: string | undefined;
    const scaleMatch = scaleAfter.exec(text.slice(end));
    if (scaleMatch?.[1]) {
      scale = scaleMatch[1];
      const factor = SCALES[language][scale.toLowerCase()] ?? 1;
      value = Math.round(value * factor * 1e6) / 1e6;
      end += scaleMatch[0].length;
      // "5 billion and 642 million": a smaller part continues the same amount.
      const part = partAfter.exec(text.slice(end));
      const partFactor = part?.[2] ? (SCALES[language][part[2].toLowerCase()] ?? 0) : 0;
      if (part?.[1] && partFactor > 0 && partFactor < factor) {
        value += parseNumberToken(part[1], language) * partFactor;
        end += part[0].length;
      }
    }
    const percent = /^\s?%/.test(text.slice(end));
    const ordinal = language === 'en' && /^(?:st|nd|rd|th)\b/.test(text.slice(end));
    consumedUntil.index = end;
    amounts.push({ value, text: text.slice(start, end), index: start, scale, percent, ordinal });
  }
  return amounts;
}

function readWords(text: string, language: TextLanguage): TextAmount[] {
  const found: TextAmount[] = [];
  const lower = text.toLowerCase();
  for (const [pattern, value, ordinal, word] of patternsOf(language).words) {
    if (!lower.includes(word)) continue;
    for (const match of text.matchAll(pattern)) {
      found.push({ value, text: match[0], index: match.index, percent: false, ordinal });
    }
  }
  return found;
}

/**
 * True when `text` writes `value` (in base units) in the way `language` writes numbers. Called for every stated
 * observation of a data set, so the figures in words are read only when no figure in digits is the value.
 */
export function textStatesValue(text: string, value: number, language: TextLanguage): boolean {
  const tolerance = Math.max(1e-9, Math.abs(value) * 1e-9);
  // A fall is written as its size, its sign in words ("fell by 5 percent", "giảm 5%"): -5 is stated by a 5.
  const states = (amount: TextAmount) =>
    Math.abs(amount.value - value) <= tolerance || (value < 0 && Math.abs(amount.value + value) <= tolerance);
  return readDigits(text, language).some(states) || readWords(text, language).some(states);
}

/** The language a figure in a text of BCP 47 tag `tag` is read by; unknown languages read as English. */
export function textLanguageOf(tag: string): TextLanguage {
  const primary = tag.split('-')[0]?.toLowerCase();
  return primary === 'nl' || primary === 'vi' ? primary : 'en';
}
