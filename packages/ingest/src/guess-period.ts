import type { IndicatorKind, TextLanguage } from '@bd/core';
import type { Confidence } from './draft-records.ts';
import { isoDay, lastDayOf, type TextDate } from './text-dates.ts';
import { paragraphAround, type Span, sentenceAround } from './text-spans.ts';

export type PeriodGuess =
  | { period_start: string; period_end: string; confidence: Confidence; reason: string }
  | { period_needs_review: true; confidence: 'low'; reason: string };

/** What the proposer knows when it reads a figure's period. */
export interface PeriodContext {
  text: string;
  language: TextLanguage;
  dates: readonly TextDate[];
  /** The day the article reports on ("up to now"). */
  reference?: string;
}

const AS_OF: Record<TextLanguage, RegExp> = {
  en: /\b(?:up to now|to date|so far|until now|currently|at present|as of now)\b/i,
  nl: /(?:tot nu toe|tot op heden|momenteel|op dit moment|inmiddels|thans)/i,
  vi: /(?:tính đến nay|đến nay|hiện nay|hiện tại|cho đến nay)/i,
};
const THIS_YEAR: Record<TextLanguage, RegExp> = {
  en: /\b(?:this year|during the year|in the year|over the year)\b/i,
  nl: /(?:dit jaar|gedurende het jaar|in het afgelopen jaar|het afgelopen jaar)/i,
  vi: /(?:năm nay|trong năm)/i,
};
const NUMBER_WORDS: Record<string, number> = { three: 3, six: 6, nine: 9, drie: 3, zes: 6, negen: 9 };
const YEAR = '((?:19|20)\\d{2})';
const FIRST_MONTHS: Record<TextLanguage, RegExp> = {
  en: new RegExp(`\\bfirst (\\d{1,2}|three|six|nine) months of (?:the year )?${YEAR}`, 'i'),
  nl: new RegExp(`\\beerste (\\d{1,2}|drie|zes|negen) maanden (?:van )?${YEAR}`, 'i'),
  vi: new RegExp(`(\\d{1,2}) tháng đầu năm ${YEAR}`, 'i'),
};
const FIRST_HALF: Record<TextLanguage, RegExp> = {
  en: new RegExp(`\\bfirst half of (?:the year )?${YEAR}`, 'i'),
  nl: new RegExp(`\\beerste (?:helft|halfjaar) (?:van )?${YEAR}`, 'i'),
  vi: new RegExp(`(?:nửa đầu|6 tháng đầu) năm ${YEAR}`, 'i'),
};
const SECOND_HALF: Record<TextLanguage, RegExp> = {
  en: new RegExp(`\\b(?:second|last) half of (?:the year )?${YEAR}`, 'i'),
  nl: new RegExp(`\\b(?:tweede|laatste) (?:helft|halfjaar) (?:van )?${YEAR}`, 'i'),
  vi: new RegExp(`(?:nửa cuối|6 tháng cuối) năm ${YEAR}`, 'i'),
};
/** "first quarter of 2025", "Q1 2025", "quý I năm 2025", "quý 1/2025", "eerste kwartaal van 2025". */
const QUARTER: Record<TextLanguage, RegExp> = {
  en: new RegExp(
    `\\b(?:(first|second|third|fourth|last|1st|2nd|3rd|4th) quarter (?:\\(Q[1-4]\\) )?of (?:the year )?|Q([1-4])[ /-]?)${YEAR}`,
    'i',
  ),
  nl: new RegExp(
    `\\b(?:(eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e) kwartaal (?:van )?(?:het jaar )?|Q([1-4])[ /-]?)${YEAR}`,
    'i',
  ),
  vi: new RegExp(`quý (I{1,3}|IV|[1-4])(?: năm |/)${YEAR}`, 'i'),
};
const QUARTER_NUMBERS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  last: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  eerste: 1,
  tweede: 2,
  derde: 3,
  vierde: 4,
  laatste: 4,
  '1e': 1,
  '2e': 2,
  '3e': 3,
  '4e': 4,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
};

type Found = { start: string; end: string; reason: string };

function quarterOf(sentence: string, language: TextLanguage): Found | undefined {
  const m = QUARTER[language].exec(sentence);
  const [word, digit, year] = language === 'vi' ? [m?.[1], undefined, m?.[2]] : [m?.[1], m?.[2], m?.[3]];
  const named = word?.toLowerCase() ?? '';
  const quarter = digit ? Number(digit) : (QUARTER_NUMBERS[named] ?? Number(named));
  if (!m || !quarter || !year) return undefined;
  const y = Number(year);
  const first = String(quarter * 3 - 2).padStart(2, '0');
  return { start: `${y}-${first}-01`, end: lastDayOf(y, quarter * 3), reason: `"${m[0]}"` };
}

/** A part of a year the sentence names: a quarter, its first months, or a half; not the whole year it names. */
function partOfYear(sentence: string, language: TextLanguage): Found | undefined {
  const quarter = quarterOf(sentence, language);
  if (quarter) return quarter;
  const months = FIRST_MONTHS[language].exec(sentence);
  if (months?.[1] && months[2]) {
    const count = NUMBER_WORDS[months[1].toLowerCase()] ?? Number(months[1]);
    const year = Number(months[2]);
    if (count >= 1 && count <= 12) return { start: `${year}-01-01`, end: lastDayOf(year, count), reason: `"${months[0]}"` };
  }
  const half = FIRST_HALF[language].exec(sentence);
  if (half?.[1]) return { start: `${half[1]}-01-01`, end: `${half[1]}-06-30`, reason: `"${half[0]}"` };
  const second = SECOND_HALF[language].exec(sentence);
  if (second?.[1]) return { start: `${second[1]}-07-01`, end: `${second[1]}-12-31`, reason: `"${second[0]}"` };
  return undefined;
}

function within(dates: readonly TextDate[], span: Span): TextDate[] {
  return dates.filter((d) => d.start >= span.start && d.end <= span.end);
}

function nearestBefore(dates: readonly TextDate[], index: number): TextDate | undefined {
  return dates.filter((d) => d.start < index).at(-1);
}

/** The period a year or year range gives a flow. */
function yearsOf(d: TextDate): Found | undefined {
  if (d.kind === 'years' && d.year && d.endYear)
    return { start: `${d.year}-01-01`, end: `${d.endYear}-12-31`, reason: `"${d.text}"` };
  if (d.kind === 'year' && d.year) return { start: `${d.year}-01-01`, end: `${d.year}-12-31`, reason: `"${d.text}"` };
  return undefined;
}

/** The part of a year the sentence of `year` names with that year ("In the first quarter of 2025, …"). */
function partOfYearAround(ctx: PeriodContext, year: TextDate): Found | undefined {
  const sentence = sentenceAround(ctx.text, year.start, year.end, false);
  const part = partOfYear(ctx.text.slice(sentence.start, sentence.end), ctx.language);
  return part?.start.startsWith(`${year.year}-`) ? part : undefined;
}

function flowPeriod(ctx: PeriodContext, sentence: Span, figureIndex: number): PeriodGuess {
  const text = ctx.text.slice(sentence.start, sentence.end);
  const part = partOfYear(text, ctx.language);
  if (part) return { period_start: part.start, period_end: part.end, confidence: 'high', reason: part.reason };
  const years = within(ctx.dates, sentence).filter((d) => d.kind === 'year' || d.kind === 'years');
  const nearest = nearestBefore(years, figureIndex) ?? years[0];
  const year = nearest && yearsOf(nearest);
  if (year) return { period_start: year.start, period_end: year.end, confidence: 'high', reason: year.reason };
  const thisYear = THIS_YEAR[ctx.language].exec(text);
  if (thisYear && ctx.reference) {
    const y = ctx.reference.slice(0, 4);
    return {
      period_start: `${y}-01-01`,
      period_end: `${y}-12-31`,
      confidence: 'medium',
      reason: `"${thisYear[0]}" in an article of ${ctx.reference}`,
    };
  }
  const paragraph = paragraphAround(ctx.text, figureIndex);
  const earlier = nearestBefore(
    within(ctx.dates, { start: paragraph.start, end: sentence.start }).filter((d) => d.kind === 'year' || d.kind === 'years'),
    sentence.start,
  );
  const fromParagraph = earlier && (partOfYearAround(ctx, earlier) ?? yearsOf(earlier));
  if (fromParagraph) {
    return {
      period_start: fromParagraph.start,
      period_end: fromParagraph.end,
      confidence: 'medium',
      reason: `${fromParagraph.reason} earlier in the paragraph`,
    };
  }
  return { period_needs_review: true, confidence: 'low', reason: 'no year in the sentence or its paragraph' };
}

function stockPeriod(ctx: PeriodContext, sentence: Span, figureIndex: number): PeriodGuess {
  const text = ctx.text.slice(sentence.start, sentence.end);
  const days = within(ctx.dates, sentence).filter((d) => d.kind === 'day' && d.start < figureIndex);
  const day = days.at(-1);
  const iso = day && isoDay(day.year ?? Number(ctx.reference?.slice(0, 4)), day.month, day.day);
  if (day && iso) return { period_start: iso, period_end: iso, confidence: 'high', reason: `as of "${day.text}"` };
  const asOf = AS_OF[ctx.language].exec(text);
  if (asOf && ctx.reference) {
    return {
      period_start: ctx.reference,
      period_end: ctx.reference,
      confidence: 'high',
      reason: `"${asOf[0]}": as of ${ctx.reference}, the day reported`,
    };
  }
  const year = within(ctx.dates, sentence).find((d) => d.kind === 'year' || d.kind === 'years');
  if (year)
    return {
      period_needs_review: true,
      confidence: 'low',
      reason: `a level "as of" needs a day; the sentence gives only "${year.text}"`,
    };
  if (ctx.reference) {
    return {
      period_start: ctx.reference,
      period_end: ctx.reference,
      confidence: 'medium',
      reason: `no date in the sentence: as of ${ctx.reference}, the day reported`,
    };
  }
  return { period_needs_review: true, confidence: 'low', reason: 'no date in the sentence and none for the article' };
}

/**
 * The period of a figure: for a flow, a part of a year in its sentence ("first quarter of 2025", "quý I năm 2025",
 * "first 6 months of 2020", "tweede helft van 2024"), else a year or a year range there, "this year", or a year
 * (with the part of it its sentence names) earlier in the paragraph; for a stock or a rank, a day in its sentence, or "up to now" /
 * "tot nu toe" / "đến nay" (the day the article reports), or that day when the sentence gives no date.
 * Without an indicator the figure is read as a flow when its sentence names a year, else as a stock.
 */
export function guessPeriod(ctx: PeriodContext, figure: Span, kind: IndicatorKind | undefined): PeriodGuess {
  const sentence = sentenceAround(ctx.text, figure.start, figure.end, false);
  if (kind === 'flow') return flowPeriod(ctx, sentence, figure.start);
  if (kind === 'stock' || kind === 'rank') return stockPeriod(ctx, sentence, figure.start);
  const flow = flowPeriod(ctx, sentence, figure.start);
  return 'period_start' in flow && flow.confidence === 'high' ? flow : stockPeriod(ctx, sentence, figure.start);
}
