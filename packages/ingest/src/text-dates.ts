import { isRealDate, lastDayOfMonth } from '@bd/core';
import type { Span } from './text-spans.ts';

/** A date, a year, a time or a weekday written in a text: its numbers are not figures. */
export interface TextDate extends Span {
  text: string;
  /** `day`: a day of a month; `month`: a month; `years`: a range such as 2018-2019. */
  kind: 'day' | 'month' | 'year' | 'years' | 'time' | 'weekday';
  year?: number;
  month?: number;
  day?: number;
  /** The last year of a `years` range. */
  endYear?: number;
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  januari: 1,
  februari: 2,
  maart: 3,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  oktober: 10,
};
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const YEAR = '(?:19|20)\\d{2}';
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\d])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\d])';

type Reader = [RegExp, (m: RegExpMatchArray) => Omit<TextDate, 'start' | 'end' | 'text'> | undefined];

const num = (text: string | undefined) => (text === undefined ? undefined : Number(text));
const monthOf = (name: string | undefined) => (name === undefined ? undefined : MONTHS[name.toLowerCase()]);
const re = (source: string) => new RegExp(source, 'giu');

const READERS: Reader[] = [
  [re(`(?<!\\d)(${YEAR})-(\\d{2})-(\\d{2})(?!\\d)`), (m) => ({ kind: 'day', year: num(m[1]), month: num(m[2]), day: num(m[3]) })],
  [
    re(`(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(${YEAR}))?(?![\\d/])`),
    (m) => (Number(m[2]) <= 12 ? { kind: 'day', day: num(m[1]), month: num(m[2]), year: num(m[3]) } : undefined),
  ],
  [re(`${NOT_LETTER_BEFORE}(\\d{1,2}):(\\d{2})${NOT_LETTER_AFTER}`), () => ({ kind: 'time' })],
  [
    re(
      `${NOT_LETTER_BEFORE}(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?${NOT_LETTER_AFTER}(?:,?\\s+(${YEAR})${NOT_LETTER_AFTER})?`,
    ),
    (m) => ({ kind: 'day', month: monthOf(m[1]), day: num(m[2]), year: num(m[3]) }),
  ],
  [
    re(
      `${NOT_LETTER_BEFORE}(\\d{1,2})(?:st|nd|rd|th|e)?\\s+(?:of\\s+)?(${MONTH})${NOT_LETTER_AFTER}(?:,?\\s+(${YEAR})${NOT_LETTER_AFTER})?`,
    ),
    (m) => ({ kind: 'day', day: num(m[1]), month: monthOf(m[2]), year: num(m[3]) }),
  ],
  [
    re(`${NOT_LETTER_BEFORE}(${MONTH})\\s+(${YEAR})${NOT_LETTER_AFTER}`),
    (m) => ({ kind: 'month', month: monthOf(m[1]), year: num(m[2]) }),
  ],
  [
    re(`${NOT_LETTER_BEFORE}ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(${YEAR}))?${NOT_LETTER_AFTER}`),
    (m) => ({ kind: 'day', day: num(m[1]), month: num(m[2]), year: num(m[3]) }),
  ],
  [
    re(`${NOT_LETTER_BEFORE}tháng\\s+(\\d{1,2})(?:(?:\\s+năm\\s+|/)(${YEAR}))?${NOT_LETTER_AFTER}`),
    (m) => ({ kind: 'month', month: num(m[1]), year: num(m[2]) }),
  ],
  [re(`${NOT_LETTER_BEFORE}thứ\\s+[2-7]${NOT_LETTER_AFTER}`), () => ({ kind: 'weekday' })],
  [re(`(?<![\\d.,/])(${YEAR})\\s*[-–]\\s*(${YEAR})(?!\\d)`), (m) => ({ kind: 'years', year: num(m[1]), endYear: num(m[2]) })],
  [re(`(?<![\\d.,/-])(${YEAR})(?!\\d|[.,]\\d)`), (m) => ({ kind: 'year', year: num(m[1]) })],
];

function plausible(d: Omit<TextDate, 'start' | 'end' | 'text'>): boolean {
  if (d.day !== undefined && (d.day < 1 || d.day > 31)) return false;
  return d.month === undefined || (d.month >= 1 && d.month <= 12);
}

/** Every date, month, year, year range, time and weekday written in `text`, in order, none overlapping. */
export function readDates(text: string): TextDate[] {
  const found: TextDate[] = [];
  for (const [pattern, read] of READERS) {
    for (const m of text.matchAll(pattern)) {
      const parts = read(m);
      if (parts && plausible(parts)) found.push({ ...parts, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextDate[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (!last || d.start >= last.end) kept.push(d);
  }
  return kept;
}

/** `YYYY-MM-DD` of a day whose year is known, or undefined. */
export function isoDay(year: number | undefined, month: number | undefined, day: number | undefined): string | undefined {
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealDate(iso) ? iso : undefined;
}

/** The last day of `month` of `year`, as `YYYY-MM-DD`. */
export function lastDayOf(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}`;
}

/** The dates an article is read against. */
export interface ArticleDates {
  /** The dateline (a date in the first lines), or else the latest date the text gives. */
  published?: { date: string; approximate: boolean };
  /**
   * The day the article reports on, which "up to now" and "currently" refer to: the latest day the body names
   * on or before the dateline (not counting cut-offs such as "tot en met 15 december"), or the dateline itself.
   */
  reference?: string;
}

const HEADER_LINES = 5;
/** "Tot en met 15 december", "as of 30 June", "tính đến ngày 30/6": a cut-off for data, not the day reported on. */
const CUT_OFF_BEFORE = /(?:tot en met|tot|up to|as of|until|through|by|tính đến(?: ngày)?|đến hết(?: ngày)?|đến ngày)\s*$/iu;
const DATELINE_OTHER_WORDS = 3;

/** Up to three words (a place, "Ngày") before the date of a dateline that opens a paragraph. */
const DATELINE_LEAD = /^[\p{L}\s.,]*$/u;
/** The dash, bar or colon that ends a dateline opening a paragraph: "20 March 2025 - In the first quarter…". */
const DATELINE_END = /^\s*(?:\([^)\n]{1,30}\)\s*)?[-–—|:]\s+/u;

/**
 * "20 March 2025 - ", "HANOI, 20/3/2025 – ", "20 maart 2025 - ": a dated day opening one of the first lines and
 * ended by a dash, as a dateline, where the paragraph goes on after it.
 */
function datelinePrefix(text: string, line: Span, inLine: readonly TextDate[]): Span | undefined {
  const first = inLine.find((d) => d.kind === 'day');
  if (!first || first.year === undefined) return undefined;
  const lead = text.slice(line.start, first.start);
  if (!DATELINE_LEAD.test(lead) || lead.trim().split(/\s+/).filter(Boolean).length > DATELINE_OTHER_WORDS) return undefined;
  const end = DATELINE_END.exec(text.slice(first.end, line.end));
  return end ? { start: line.start, end: first.end + end[0].length } : undefined;
}

/**
 * The datelines among the first five lines: a line that holds a date and little else ("Thứ 4, Ngày 24/01/2024,
 * 11:00", "26/06/2020 | Nguyen Trang"), or the dated opening of a paragraph ("20 March 2025 - "), which is the
 * dateline only up to its dash.
 */
export function datelineSpans(text: string, dates: readonly TextDate[]): Span[] {
  const spans: Span[] = [];
  let seen = 0;
  for (const m of text.matchAll(/[^\n]*/g)) {
    if (!m[0].trim()) continue;
    if (++seen > HEADER_LINES) break;
    const line = { start: m.index, end: m.index + m[0].length };
    const inLine = dates.filter((d) => d.start >= line.start && d.end <= line.end);
    if (!inLine.some((d) => d.kind === 'day' && d.year !== undefined)) continue;
    let rest = m[0];
    for (const d of inLine) rest = rest.replace(d.text, ' ');
    const words = rest
      .replace(/[\p{P}\p{S}\d]/gu, ' ')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (words.length <= DATELINE_OTHER_WORDS) spans.push(line);
    else {
      const prefix = datelinePrefix(text, line, inLine);
      if (prefix) spans.push(prefix);
    }
  }
  return spans;
}

/** A day's year where the text leaves it out ("January 23"): the dateline's year, or the year before. */
function withYear(d: TextDate, published: string | undefined): string | undefined {
  if (d.year !== undefined) return isoDay(d.year, d.month, d.day);
  if (published === undefined) return undefined;
  const year = Number(published.slice(0, 4));
  const sameYear = isoDay(year, d.month, d.day);
  return sameYear !== undefined && sameYear <= published ? sameYear : isoDay(year - 1, d.month, d.day);
}

/** The dateline and the day reported on, from the dates of `text` (as `readDates` reads them, without links). */
export function readArticleDates(text: string, dates: readonly TextDate[]): ArticleDates {
  const datelines = datelineSpans(text, dates);
  const inDateline = (d: TextDate) => datelines.some((l) => d.start >= l.start && d.end <= l.end);
  const days = dates.filter((d) => d.kind === 'day');
  const dateline = days.find((d) => inDateline(d) && d.year !== undefined);
  const datelineIso = dateline ? isoDay(dateline.year, dateline.month, dateline.day) : undefined;
  const body = days
    .filter((d) => !inDateline(d) && !CUT_OFF_BEFORE.test(text.slice(Math.max(0, d.start - 20), d.start)))
    .map((d) => withYear(d, datelineIso))
    .filter((iso): iso is string => iso !== undefined)
    .sort();
  if (datelineIso !== undefined) {
    const reported = body.filter((iso) => iso <= datelineIso);
    return { published: { date: datelineIso, approximate: false }, reference: reported.at(-1) ?? datelineIso };
  }
  const latest = body.at(-1);
  return latest === undefined ? {} : { published: { date: latest, approximate: true }, reference: latest };
}
