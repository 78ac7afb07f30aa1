import { formatDate } from './format.ts';
import { dateTimeFormat, intlLocale } from './intl-formats.ts';
import { type Locale, lastDayOfMonth } from './schemas/common.ts';

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

/**
 * A period as people say it: "23 June 2020" (as of), "2019", "2018–2019", "first half of 2020",
 * "January–March 2021", or the two dates.
 */
export function formatPeriod(p: Period, locale: Locale): string {
  if (isAsOf(p)) return formatDate(p.period_start, locale);
  const s = parts(p.period_start);
  const e = parts(p.period_end);
  const months = wholeMonths(p);
  if (months !== undefined && s.m === 1 && e.m === 12) {
    return s.y === e.y ? String(s.y) : `${s.y}–${e.y}`;
  }
  if (months === 6 && s.y === e.y && (s.m === 1 || s.m === 7)) {
    if (locale === 'vi') return `${s.m === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${s.y}`;
    return `${s.m === 1 ? 'first' : 'second'} half of ${s.y}`;
  }
  if (months !== undefined && s.y === e.y) {
    const month = dateTimeFormat(intlLocale[locale], { month: 'long', timeZone: 'UTC' });
    const from = month.format(new Date(Date.UTC(s.y, s.m - 1, 1)));
    const to = month.format(new Date(Date.UTC(e.y, e.m - 1, 1)));
    return months === 1 ? `${from} ${s.y}` : `${from}–${to} ${s.y}`;
  }
  return `${formatDate(p.period_start, locale)} – ${formatDate(p.period_end, locale)}`;
}

/** "as of 23 June 2020" for a stock, the period for a flow. */
export function formatPeriodLabel(p: Period, locale: Locale): string {
  if (!isAsOf(p)) return formatPeriod(p, locale);
  return locale === 'vi' ? `tính đến ${formatPeriod(p, locale)}` : `as of ${formatPeriod(p, locale)}`;
}
