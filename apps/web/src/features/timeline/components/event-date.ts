import { type DatedEvent, formatDate, type Locale } from '@bd/core';
import { dateTimeFormat, intlLocale } from '@bd/core/intl-formats';

/** An event's date as precisely as the article gives it: "1 March 2021", "March 2021", "2021". */
export function eventDateText(event: Pick<DatedEvent, 'date' | 'date_precision'>, locale: Locale): string {
  const date = new Date(`${event.date}T00:00:00Z`);
  const tag = intlLocale[locale];
  switch (event.date_precision) {
    case 'year':
      return String(date.getUTCFullYear());
    case 'month':
      return dateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
    default:
      return formatDate(event.date, locale);
  }
}
