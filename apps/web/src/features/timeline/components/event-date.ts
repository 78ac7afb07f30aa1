import { type DatedEvent, formatEventDate, type Locale, lastDayOfMonth } from '@bd/core';
import type { Translate } from '../../../lib/i18n/translate.ts';

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
 * Timeline order: by the last day each date can mean, so an event the article dates only "2024" comes after every
 * event dated within 2024 instead of before 23 January (its `date` is 1 January); on the same day the more
 * precise date first, then by id so the order never depends on the answer's.
 */
export function byEventDate(a: EventDate, b: EventDate): number {
  return (
    latestDay(a).localeCompare(latestDay(b)) ||
    PRECISION_ORDER[a.date_precision] - PRECISION_ORDER[b.date_precision] ||
    a.id.localeCompare(b.id)
  );
}

/** How much of the ISO date a `<time>` states: "2024", "2021-03", "2024-01-23". */
const DATETIME_LENGTH: Record<DatedEvent['date_precision'], number> = { year: 4, month: 7, day: 10, reported: 10 };

/** An event's date in the timeline: "March 2021", "reported on 24 January 2024", "2024, date not given". */
export function eventDateLabel(event: EventDate, locale: Locale, t: Translate): { text: string; dateTime: string } {
  const date = formatEventDate(event, locale);
  const dateTime = event.date.slice(0, DATETIME_LENGTH[event.date_precision]);
  if (event.date_precision === 'reported') return { text: t('reportedOn', { date }), dateTime };
  if (event.date_precision === 'year') return { text: t('yearOnly', { year: date }), dateTime };
  return { text: date, dateTime };
}
