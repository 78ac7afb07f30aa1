import { type DatedEvent, formatEventDate, type Locale } from '@bd/core';
import type { Translate } from '../lib/i18n/translate.ts';

type EventDate = Pick<DatedEvent, 'id' | 'date' | 'date_precision'>;

/** How much of the ISO date a `<time>` states: "2024", "2021-03", "2024-01-23". */
const DATETIME_LENGTH: Record<DatedEvent['date_precision'], number> = { year: 4, month: 7, day: 10, reported: 10 };

/** An event's date as every view writes it (timeline, sources, partners): "March 2021", "reported on 24 January 2024", "2024, date not given". */
export function eventDateLabel(event: EventDate, locale: Locale, t: Translate): { text: string; dateTime: string } {
  const date = formatEventDate(event, locale);
  const dateTime = event.date.slice(0, DATETIME_LENGTH[event.date_precision]);
  if (event.date_precision === 'reported') return { text: t('reportedOn', { date }), dateTime };
  if (event.date_precision === 'year') return { text: t('yearOnly', { year: date }), dateTime };
  return { text: date, dateTime };
}
