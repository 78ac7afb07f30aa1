import type { Observation } from '@bd/core';

/** What the address says about the indicator view: `?from=2019&to=2024&view=table&point=<observation id>`. */
export interface IndicatorViewState {
  from: number | undefined;
  to: number | undefined;
  table: boolean;
  point: string | undefined;
}

function year(text: string | null): number | undefined {
  return text && /^\d{4}$/.test(text) ? Number(text) : undefined;
}

/** Reads the view's state from the search parameters; anything malformed is ignored. */
export function readViewState(params: URLSearchParams): IndicatorViewState {
  return {
    from: year(params.get('from')),
    to: year(params.get('to')),
    table: params.get('view') === 'table',
    point: params.get('point') ?? undefined,
  };
}

/** Writes a change into the search parameters, keeping the others (language…). */
export function writeViewState(params: URLSearchParams, change: Partial<IndicatorViewState>): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | undefined) => (value === undefined ? next.delete(key) : next.set(key, value));
  if ('from' in change) set('from', change.from?.toString());
  if ('to' in change) set('to', change.to?.toString());
  if ('table' in change) set('view', change.table ? 'table' : undefined);
  if ('point' in change) set('point', change.point);
  return next;
}

/** The years an indicator's observations touch, first to last. */
export function yearsOf(observations: readonly Observation[]): number[] {
  if (observations.length === 0) return [];
  const first = Math.min(...observations.map((o) => Number(o.period_start.slice(0, 4))));
  const last = Math.max(...observations.map((o) => Number(o.period_end.slice(0, 4))));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Observations whose period touches the years `from`–`to`, as the API's `from`/`to` filters select them. */
export function withinYears(observations: readonly Observation[], from?: number, to?: number): Observation[] {
  return observations.filter(
    (o) => (from === undefined || o.period_end >= `${from}-01-01`) && (to === undefined || o.period_start <= `${to}-12-31`),
  );
}
