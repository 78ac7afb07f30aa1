import type { Locale } from '@bd/core';
import { staticApiPath } from '@bd/core/static-paths';
import { isStaticSite } from './api-client.ts';

/** What a CSV download covers: every observation, or one indicator (of one place) within a span of years. */
export interface CsvSelection {
  indicator?: string;
  entity?: string | undefined;
  from?: string;
  to?: string;
  /** Prepend a byte order mark so Excel reads the file as UTF-8. */
  bom?: boolean;
  /** The language of the indicator names; English by default. */
  lang?: Locale;
}

/**
 * The address of `/api/observations.csv` for a selection. The static export holds each indicator's whole file,
 * not one per span of years: there a download covers every year, from a file with a plain name
 * (`/api/indicators/fdi_attracted.csv`, see `staticApiPath`).
 */
export function csvHref({ indicator, entity, from, to, bom, lang }: CsvSelection = {}, staticSite = isStaticSite()): string {
  const params = new URLSearchParams();
  if (indicator) params.set('indicator', indicator);
  if (entity) params.set('entity', entity);
  if (from && !staticSite) params.set('from', from);
  if (to && !staticSite) params.set('to', to);
  if (bom) params.set('bom', '1');
  if (lang === 'vi') params.set('lang', 'vi');
  const query = params.toString();
  const path = `/api/observations.csv${query ? `?${query}` : ''}`;
  return staticSite ? staticApiPath(path) : path;
}
