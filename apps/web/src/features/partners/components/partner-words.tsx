import { Fragment, type ReactNode } from 'react';
import { useLocale } from '../../../lib/i18n/use-locale.ts';
import type { PartnerEntry } from './partner-list.ts';
import type { PartnerPlace } from './partner-place.ts';
import { placeLineKey, placeName } from './place-line.ts';

/** A message with elements in its `{name}` slots: a name marked with its language inside the interface's sentence. */
export function SlottedMessage({ message, slots }: { message: string; slots: Readonly<Record<string, ReactNode>> }) {
  return message
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 1 ? <Fragment key={`${part}-${i}`}>{slots[part] ?? `{${part}}`}</Fragment> : part));
}

/**
 * "Heldeberg (Germany), Henan province (China)": each partner's name as its article writes it, marked with the
 * article's language; the country in the interface's.
 */
export function PartnerNames({
  entries,
  countryName,
}: {
  entries: readonly PartnerEntry[];
  countryName: (code?: string) => string;
}) {
  return entries.map(({ event, source }, i) => (
    <Fragment key={event.id}>
      {i > 0 && ', '}
      <span lang={source?.language}>{event.name}</span>
      {event.country && ` (${countryName(event.country)})`}
    </Fragment>
  ));
}

/**
 * Where the map puts a partner (see `placeLine`), the place's name marked English: the gazetteer's names
 * (`partner-places.json`) are English ones ("North Brabant").
 */
export function PlaceLine({ place, countryName }: { place: PartnerPlace | undefined; countryName: string }) {
  const { t } = useLocale();
  const key = placeLineKey(place);
  if (!place) return t(key, { country: countryName });
  return <SlottedMessage message={t(key)} slots={{ place: <span lang="en">{placeName(place)}</span> }} />;
}
