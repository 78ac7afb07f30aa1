import type { Locale } from '@bd/core';
import type { ObservationFilter } from '../routes/observation-filter.ts';

const MAX_NAMED = 3;

/** Letters, digits and `._+-` only: a file name every system and every Content-Disposition parser accepts. */
function safe(part: string): string {
  return part.replace(/[^A-Za-z0-9._+-]/g, '-');
}

function named(ids: string[] | undefined, plural: string): string {
  if (!ids || ids.length === 0) return 'all';
  const distinct = [...new Set(ids)].sort();
  return distinct.length > MAX_NAMED ? `${distinct.length}-${plural}` : distinct.join('+');
}

function span(from: string | undefined, to: string | undefined): string[] {
  if (from && to) return [from, 'to', to];
  if (from) return ['from', from];
  if (to) return ['to', to];
  return [];
}

/**
 * `binh-duong-fdi_attracted-2019-01-01-to-2020-06-30-observations.csv`, `binh-duong-all-observations.csv`; the file
 * with Vietnamese names ends `-vi`, so the two downloads keep apart.
 */
export function observationsCsvFilename(filter: ObservationFilter, lang: Locale): string {
  const language = lang === 'en' ? [] : [lang];
  const parts = ['binh-duong', named(filter.indicator, 'indicators'), ...span(filter.from, filter.to), 'observations'];
  return `${safe([...parts, ...language].join('-'))}.csv`;
}

/** `binh-duong-all-events.csv`, `binh-duong-agreement+award-events.csv`. */
export function eventsCsvFilename(types: string[] | undefined): string {
  return `${safe(['binh-duong', named(types, 'types'), 'events'].join('-'))}.csv`;
}

/** `binh-duong-entities.csv`, `binh-duong-entity-changes.csv`. */
export function lookupTableFilename(name: string): string {
  return `${safe(['binh-duong', name].join('-'))}.csv`;
}

/** `attachment; filename="…"` for a safe file name. */
export function attachment(filename: string): string {
  return `attachment; filename="${filename}"`;
}
