// Interface words that stay in core, apart from the dashboard's messages (apps/web/src/lib/i18n): the API writes
// periods too, in the sentences of /api/checks, and core imports neither app nor the API the web app. How a
// period is said is a rule per language ("6 tháng đầu năm 2020", "first half of 2020"), not a phrase to look up.
import { type DateStyle, formatDate } from './format.ts';
import { dateTimeFormat, intlLocale } from './intl-formats.ts';
import { type Locale, lastDayOfMonth } from './schemas/common.ts';
import type { DatedEvent } from './schemas/event.ts';
import { compareIds } from './series.ts';

interface Period {
  period_start: string;
  period_end: string;
}

function parts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/** True when the period is a single day: a stock's as-of date. */
export function isAsOf(p: Period): boolean {
  return p.period_start === p.period_end;
}

/** Length of the period in whole months when it runs from a month's first day to a month's last day, else undefined. */
export function wholeMonths(p: Period): number | undefined {
  const s = parts(p.period_start);
  const e = parts(p.period_end);
  if (s.d !== 1 || e.d !== lastDayOfMonth(e.y, e.m)) return undefined;
  return (e.y - s.y) * 12 + (e.m - s.m) + 1;
}

/** A month of a year: "June 2020", "tháng 6/2020". */
export function formatMonth(year: number, month: number, locale: Locale): string {
  if (locale === 'vi') return `tháng ${month}/${year}`;
  return dateTimeFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

/** An event's date as precisely as the article gives it: "1 March 2021", "March 2021", "2021". */
export function formatEventDate(event: Pick<DatedEvent, 'date' | 'date_precision'>, locale: Locale): string {
  const { y, m } = parts(event.date);
  if (event.date_precision === 'year') return String(y);
  if (event.date_precision === 'month') return formatMonth(y, m, locale);
  return formatDate(event.date, locale);
}

/**
 * A period as people say it: "23 June 2020" (as of), "2019", "2018–2019", "first half of 2020",
 * "January–March 2021", or the two dates. Vietnamese says it as Vietnamese statistics do: "6 tháng đầu năm 2020",
 * "9 tháng đầu năm 2024", "tháng 4–6/2021", "từ 1/1 đến 15/12/2024".
 */
export function formatPeriod(p: Period, locale: Locale, style: DateStyle = 'long'): string {
  if (isAsOf(p)) return formatDate(p.period_start, locale, style);
  const s = parts(p.period_start);
  const e = parts(p.period_end);
  const months = wholeMonths(p);
  if (months !== undefined && s.m === 1 && e.m === 12) {
    return s.y === e.y ? String(s.y) : `${s.y}–${e.y}`;
  }
  if (months !== undefined && s.y === e.y) {
    return locale === 'vi' ? monthsVi(s.m, e.m, s.y) : monthsEn(s.m, e.m, s.y);
  }
  if (locale === 'vi') return `từ ${s.d}/${s.m}${s.y === e.y ? '' : `/${s.y}`} đến ${e.d}/${e.m}/${e.y}`;
  return `${formatDate(p.period_start, locale, style)} – ${formatDate(p.period_end, locale, style)}`;
}

/** Whole months within one year, not the whole year: "first half of 2020", "June 2020", "January–March 2021". */
function monthsEn(from: number, to: number, year: number): string {
  if (to - from === 5 && (from === 1 || from === 7)) return `${from === 1 ? 'first' : 'second'} half of ${year}`;
  if (from === to) return formatMonth(year, from, 'en');
  const month = dateTimeFormat(intlLocale.en, { month: 'long', timeZone: 'UTC' });
  return `${month.format(new Date(Date.UTC(year, from - 1, 1)))}–${month.format(new Date(Date.UTC(year, to - 1, 1)))} ${year}`;
}

/** The same in Vietnamese: "6 tháng đầu năm 2020", "6 tháng cuối năm 2020", "tháng 6/2020", "tháng 4–6/2021". */
function monthsVi(from: number, to: number, year: number): string {
  if (from === to) return formatMonth(year, from, 'vi');
  if (from === 1) return `${to} tháng đầu năm ${year}`;
  if (from === 7 && to === 12) return `6 tháng cuối năm ${year}`;
  return `tháng ${from}–${to}/${year}`;
}

/** "as of 23 June 2020" for a stock, the period for a flow. */
export function formatPeriodLabel(p: Period, locale: Locale, style: DateStyle = 'long'): string {
  if (!isAsOf(p)) return formatPeriod(p, locale, style);
  return locale === 'vi' ? `tính đến ${formatPeriod(p, locale, style)}` : `as of ${formatPeriod(p, locale, style)}`;
}

type EventDate = Pick<DatedEvent, 'id' | 'date' | 'date_precision'>;

/** The last day the date can mean: the day itself, or the end of the month or year the article gives. */
function latestDay({ date, date_precision }: EventDate): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  if (date_precision === 'year') return `${year}-12-31`;
  if (date_precision === 'month') return `${date.slice(0, 8)}${String(lastDayOfMonth(year, month)).padStart(2, '0')}`;
  return date;
}

const PRECISION_ORDER: Record<DatedEvent['date_precision'], number> = { day: 0, reported: 0, month: 1, year: 2 };

/**
 * The order of events everywhere (the API's answers, the timeline): by the last day each date can mean, so an event the article dates only "2024" comes after every
 * event dated within 2024 instead of before 23 January (its `date` is 1 January); on the same day the more
 * precise date first, then by id so the order never depends on the answer's.
 */
export function byEventDate(a: EventDate, b: EventDate): number {
  return (
    compareIds(latestDay(a), latestDay(b)) ||
    PRECISION_ORDER[a.date_precision] - PRECISION_ORDER[b.date_precision] ||
    compareIds(a.id, b.id)
  );
}
