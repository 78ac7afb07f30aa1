/** What a CSV download covers: every observation, or one indicator (of one place) within a span of years. */
export interface CsvSelection {
  indicator?: string;
  entity?: string | undefined;
  from?: string;
  to?: string;
  /** Prepend a byte order mark so Excel reads the file as UTF-8. */
  bom?: boolean;
}

/** The address of `/api/observations.csv` for a selection. */
export function csvHref({ indicator, entity, from, to, bom }: CsvSelection = {}): string {
  const params = new URLSearchParams();
  if (indicator) params.set('indicator', indicator);
  if (entity) params.set('entity', entity);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (bom) params.set('bom', '1');
  const query = params.toString();
  return `/api/observations.csv${query ? `?${query}` : ''}`;
}
