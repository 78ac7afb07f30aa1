import {
  byEventDate,
  compareIds,
  compareObservations,
  type Dataset,
  type DatedEvent,
  type Entity,
  type Indicator,
  type Observation,
  type Source,
} from '@bd/core';
import type { ChangeNote, LoadedData } from './load-dataset.ts';

/** A loaded dataset with its records looked up by id, in the orders the API answers in. Immutable once built. */
export interface DatasetIndex {
  dataset: Dataset;
  version: string;
  /** ISO time the data was read. */
  loadedAt: string;
  /** How this data differs from the data served before it, where that was compared. */
  lastChange?: ChangeNote;
  entities: ReadonlyMap<string, Entity>;
  indicators: ReadonlyMap<string, Indicator>;
  sources: ReadonlyMap<string, Source>;
  /** By indicator, then entity, then series order. */
  observations: readonly Observation[];
  /** By date, then id. */
  events: readonly DatedEvent[];
  /** Each indicator's observations: in series order (`seriesOf`), in this index's order, and per entity. */
  series: ReadonlyMap<string, IndicatorSeries>;
  /** `observations` of each entity and of each source, in the same order. */
  observationsByEntity: ReadonlyMap<string, readonly Observation[]>;
  observationsBySource: ReadonlyMap<string, readonly Observation[]>;
  /** `events` of each source. */
  eventsBySource: ReadonlyMap<string, readonly DatedEvent[]>;
  /** Where each observation sits in `observations`, to merge selections back into that order (built when first used). */
  position: ReadonlyMap<Observation, number>;
}

export interface IndicatorSeries {
  /** Every entity's observations by period, as `seriesOf` orders them. */
  all: readonly Observation[];
  /** The same, by entity then period: the order of `DatasetIndex.observations`. */
  indexed: readonly Observation[];
  /** Each entity's series. */
  byEntity: ReadonlyMap<string, readonly Observation[]>;
}

/** Records grouped by a key, each group keeping the order of `records`. */
function groupBy<T>(records: readonly T[], key: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(key(record));
    if (group) group.push(record);
    else groups.set(key(record), [record]);
  }
  return groups;
}

/** Orders articles by publication date, then id: the order every answer lists them in. */
export const byPublication = (a: Source, b: Source) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id);

/** The articles with the given ids, each once and by publication; ids that name none are left out. */
export function sourcesById(data: Pick<DatasetIndex, 'sources'>, ids: Iterable<string>): Source[] {
  return [...new Set(ids)]
    .map((id) => data.sources.get(id))
    .filter((source): source is Source => source !== undefined)
    .sort(byPublication);
}

/** Orders one indicator's observations by entity, then series order. */
const byEntityThenSeries = (a: Observation, b: Observation) => compareIds(a.entity, b.entity) || compareObservations(a, b);

/**
 * Sorts and groups a loaded dataset once, so that no answer has to scan every observation: with 360,000 of them,
 * a scan per source or per indicator is what makes a server slow to start.
 */
export function indexDataset({ dataset, version, change }: LoadedData, loadedAt: Date = new Date()): DatasetIndex {
  const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((r) => [r.id, r]));
  const perIndicator = groupBy(dataset.observations, (o) => o.indicator);
  // By indicator in the order of indicators.yaml (the checks let no observation name another), entity, period.
  const observations: Observation[] = [];
  const series = new Map<string, IndicatorSeries>();
  for (const { id } of dataset.indicators) {
    const indexed = perIndicator.get(id)?.sort(byEntityThenSeries);
    if (!indexed) continue;
    for (const observation of indexed) observations.push(observation);
    series.set(id, { all: [...indexed].sort(compareObservations), indexed, byEntity: groupBy(indexed, (o) => o.entity) });
  }
  const events = [...dataset.events].sort(byEventDate);
  let positions: Map<Observation, number> | undefined;
  return {
    dataset,
    version,
    loadedAt: loadedAt.toISOString(),
    ...(change ? { lastChange: change } : {}),
    entities: byId(dataset.entities),
    indicators: byId(dataset.indicators),
    sources: byId(dataset.sources),
    observations,
    events,
    series,
    observationsByEntity: groupBy(observations, (o) => o.entity),
    observationsBySource: groupBy(observations, (o) => o.source),
    eventsBySource: groupBy(events, (e) => e.source),
    get position() {
      positions ??= new Map(observations.map((o, index) => [o, index]));
      return positions;
    },
  };
}
