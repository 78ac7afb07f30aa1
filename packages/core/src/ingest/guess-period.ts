import type { TextLanguage } from '../numbers.ts';
import type { IndicatorKind } from '../schemas/indicator.ts';
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
const FIRST_MONTHS: Record<TextLanguage, RegExp> = {
  en: /\bfirst (\d{1,2}|three|six|nine) months of (?:the year )?((?:19|20)\d{2})/i,
  nl: /\beerste (\d{1,2}|drie|zes|negen) maanden (?:van )?((?:19|20)\d{2})/i,
  vi: /(\d{1,2}) tháng đầu năm ((?:19|20)\d{2})/i,
};
const FIRST_HALF: Record<TextLanguage, RegExp> = {
  en: /\bfirst half of ((?:19|20)\d{2})/i,
  nl: /\beerste (?:helft|halfjaar) (?:van )?((?:19|20)\d{2})/i,
  vi: /nửa đầu năm ((?:19|20)\d{2})/i,
};

type Found = { start: string; end: string; reason: string };

function monthsOfYear(sentence: string, language: TextLanguage): Found | undefined {
  const months = FIRST_MONTHS[language].exec(sentence);
  if (months?.[1] && months[2]) {
    const count = NUMBER_WORDS[months[1].toLowerCase()] ?? Number(months[1]);
    const year = Number(months[2]);
    if (count >= 1 && count <= 12) return { start: `${year}-01-01`, end: lastDayOf(year, count), reason: `"${months[0]}"` };
  }
  const half = FIRST_HALF[language].exec(sentence);
  if (half?.[1]) return { start: `${half[1]}-01-01`, end: `${half[1]}-06-30`, reason: `"${half[0]}"` };
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

function flowPeriod(ctx: PeriodContext, sentence: Span, figureIndex: number): PeriodGuess {
  const text = ctx.text.slice(sentence.start, sentence.end);
  const months = monthsOfYear(text, ctx.language);
  if (months) return { period_start: months.start, period_end: months.end, confidence: 'high', reason: months.reason };
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
  const fromParagraph = earlier && yearsOf(earlier);
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
 * The period of a figure: for a flow, "first 6 months of 2020", a year or a year range in its sentence, "this
 * year", or a year earlier in the paragraph; for a stock or a rank, a day in its sentence, or "up to now" /
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
