import { readAmounts, type TextAmount, type TextLanguage } from '@bd/core';
import type { FigureUnit, SkippedFigure } from './draft-records.ts';
import type { TextDate } from './text-dates.ts';
import { isInside, overlaps, paragraphAround, type Span } from './text-spans.ts';

/** A number in the text that may be an observation. */
export interface Figure extends TextAmount {
  /** `text` with the currency written around it ("USD 3.4 billion", "60 miljard USD"). */
  extent: Span;
  unit: FigureUnit;
  /** Written in words ("third", "two"), not digits. */
  inWords: boolean;
}

const CURRENCY_AFTER = /^\s*(?:(USD|US\$|\$|dollars?|đô la|đô-la)|(VND|VNĐ|đồng|dong))(?![\p{L}])/iu;
const CURRENCY_BEFORE = /(?:(USD|US\$|\$)|(VND|VNĐ))\s*$/u;
const PERCENT_WORD = /^\s*(?:percent|per cent|procent|phần trăm)(?![\p{L}])/iu;

const DURATION =
  /^\s+(?:\p{L}+\s+)?(?:years?|months?|weeks?|days?|jaar|jaren|maanden|maand|weken|dagen|năm|tháng|tuần|ngày)(?![\p{L}])/iu;
const VIEW_COUNTER = /(?:views|lượt xem|lượt người xem|weergaven|bekeken)\s*:?\s*$/iu;
const ATTACHED_TO_NAME = /(?:\p{L}-|covid[\s-]?)$/iu;
const SHORT_LINE_WORDS = 3;

function unitOf(text: string, amount: TextAmount, end: number): { unit: FigureUnit; extent: Span } {
  const extent = { start: amount.index, end };
  if (amount.percent || PERCENT_WORD.test(text.slice(end))) return { unit: 'percent', extent };
  if (amount.ordinal) return { unit: 'rank', extent };
  const after = CURRENCY_AFTER.exec(text.slice(end));
  if (after) return { unit: after[1] ? 'USD' : 'VND', extent: { ...extent, end: end + after[0].length } };
  const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, amount.index - 8), amount.index));
  if (before) return { unit: before[1] ? 'USD' : 'VND', extent: { ...extent, start: amount.index - before[0].length } };
  return { unit: 'count', extent };
}

function skipReason(text: string, amount: TextAmount, span: Span, dates: readonly TextDate[], links: readonly Span[]) {
  if (isInside(span, links)) return 'part of a link or an image';
  const date = dates.find((d) => overlaps(d, span));
  if (date && amount.scale === undefined && !amount.percent) {
    return date.kind === 'year' || date.kind === 'years' ? 'a year' : `part of a ${date.kind === 'time' ? 'time' : 'date'}`;
  }
  const before = text.slice(Math.max(0, span.start - 12), span.start);
  if (ATTACHED_TO_NAME.test(before)) return 'part of a name, e.g. Covid-19';
  if (VIEW_COUNTER.test(before)) return 'a page-view counter';
  if (DURATION.test(text.slice(span.end))) return 'a duration';
  const line = paragraphAround(text, span.start);
  if (text.slice(line.start, line.end).trim().split(/\s+/).length <= SHORT_LINE_WORDS)
    return 'page furniture (a line of three words or fewer)';
  return undefined;
}

/**
 * The figures of `text` and the numbers set aside: years and dates, links, durations ("2 consecutive years"),
 * page counters, names such as Covid-19. Numbers written as Vietnamese words are set aside too: "năm" is both
 * "five" and "year".
 */
export function readFigures(
  text: string,
  language: TextLanguage,
  dates: readonly TextDate[],
  links: readonly Span[],
): { figures: Figure[]; skipped: SkippedFigure[] } {
  const figures: Figure[] = [];
  const skipped: SkippedFigure[] = [];
  for (const amount of readAmounts(text, language)) {
    const span = { start: amount.index, end: amount.index + amount.text.length };
    const inWords = !/\d/.test(amount.text);
    if (inWords && language === 'vi' && !amount.ordinal) continue;
    const reason = skipReason(text, amount, span, dates, links);
    if (reason !== undefined) {
      if (!inWords) skipped.push({ text: amount.text, index: amount.index, reason });
      continue;
    }
    figures.push({ ...amount, ...unitOf(text, amount, span.end), inWords });
  }
  return { figures, skipped };
}

const PEOPLE_WORDS =
  'people|persons|delegates|delegations|participants|attendees|representatives|speakers|ambassadors|guests|visitors|students|workers|officials|mensen|personen|deelnemers|afgevaardigden|delegaties|vertegenwoordigers|sprekers|bezoekers|gasten|người|đại biểu|đoàn|khách|diễn giả';
const PEOPLE = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PEOPLE_WORDS})(?![\\p{L}])`, 'iu');

/** "31 Ambassadors", "34.5 million people", "200 đại biểu": a count of people, which no indicator measures. */
export function isCountOfPeople(text: string, figure: Figure): boolean {
  return PEOPLE.test(text.slice(figure.extent.end));
}

const PEOPLE_FROM = new RegExp(
  `(?:${PEOPLE_WORDS})\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:from|representing|of|uit|van|đến từ|từ|của)\\s+(?:(?:more than|over|nearly|about|around|almost|some|meer dan|ruim|bijna|ongeveer|circa|hơn|gần|khoảng|trên)\\s+)?$`,
  'iu',
);
const COUNTRIES_AFTER = /^\s+(?:[\p{L}-]+\s+){0,1}?(?:countries|nations|landen|naties|quốc gia|nước)(?![\p{L}])/iu;

/**
 * "300 delegates from 20 countries", "200 đại biểu đến từ 15 quốc gia", "deelnemers uit 12 landen": the countries
 * a count of people came from, which is not the number of countries investing in the province.
 */
export function isOriginOfPeople(text: string, figure: Figure): boolean {
  const before = text.slice(Math.max(0, figure.extent.start - 80), figure.extent.start);
  return COUNTRIES_AFTER.test(text.slice(figure.extent.end)) && PEOPLE_FROM.test(before);
}
