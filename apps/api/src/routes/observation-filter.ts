import type { ErrorAnswer, Observation, ObservationQuery } from '@bd/core';
import type { DatasetIndex } from '../data/dataset-index.ts';

/** The filters of an observation query, without `bom` or other output options. */
export type ObservationFilter = Pick<ObservationQuery, 'indicator' | 'entity' | 'source' | 'from' | 'to'>;

/** True when the query filters nothing. */
export function isUnfiltered(filter: ObservationFilter): boolean {
  return !filter.indicator && !filter.entity && !filter.source && !filter.from && !filter.to;
}

/** One text per distinct filter, whatever the order of ids or parameters: the key of its answer's ETag. */
export function filterKey(filter: ObservationFilter): string {
  const ids = (list: string[] | undefined) => [...new Set(list ?? [])].sort().join(',');
  return `indicator=${ids(filter.indicator)}&entity=${ids(filter.entity)}&source=${ids(filter.source)}&from=${filter.from ?? ''}&to=${filter.to ?? ''}`;
}

/** Ids in the filter that name no record: a 400, since a typo would otherwise look like "no data". */
export function unknownFilterIds(filter: ObservationFilter, data: DatasetIndex): ErrorAnswer['issues'] {
  const lists = [
    ['indicator', filter.indicator, data.indicators, '/api/indicators'],
    ['entity', filter.entity, data.entities, '/api/entities'],
    ['source', filter.source, data.sources, '/api/sources'],
  ] as const;
  return lists.flatMap(([path, ids, known, listing]) => {
    const unknown = (ids ?? []).filter((id) => !known.has(id));
    if (unknown.length === 0) return [];
    const names = unknown.map((id) => `"${id}"`).join(', ');
    return [{ path, message: `unknown ${path} ${names}: ${listing} lists the ids` }];
  });
}

/**
 * The observations the filter selects, in the index's order, looked up by indicator and entity (or source) first
 * so that a narrow question about a large data set never scans all of it.
 */
export function selectObservations(data: DatasetIndex, filter: ObservationFilter): Observation[] {
  const lists: (readonly Observation[])[] = [];
  if (filter.indicator) {
    for (const indicator of new Set(filter.indicator)) {
      const series = data.series.get(indicator);
      if (!series) continue;
      if (filter.entity) for (const entity of new Set(filter.entity)) lists.push(series.byEntity.get(entity) ?? []);
      else lists.push(series.indexed);
    }
  } else if (filter.entity) {
    for (const entity of new Set(filter.entity)) lists.push(data.observationsByEntity.get(entity) ?? []);
  } else if (filter.source) {
    for (const source of new Set(filter.source)) lists.push(data.observationsBySource.get(source) ?? []);
  } else {
    lists.push(data.observations);
  }
  const candidates =
    lists.length === 1 ? (lists[0] ?? []) : lists.flat().sort((a, b) => data.position.get(a)! - data.position.get(b)!);
  return filterObservations(candidates, filter);
}

/**
 * The observations the filter selects, in the given order. A period matches `from` when it ends on or after it
 * and `to` when it starts on or before it: any overlap counts.
 */
export function filterObservations(observations: readonly Observation[], filter: ObservationFilter): Observation[] {
  const within = (list: string[] | undefined, id: string) => list === undefined || list.includes(id);
  return observations.filter(
    (o) =>
      within(filter.indicator, o.indicator) &&
      within(filter.entity, o.entity) &&
      within(filter.source, o.source) &&
      (filter.from === undefined || o.period_end >= filter.from) &&
      (filter.to === undefined || o.period_start <= filter.to),
  );
}
