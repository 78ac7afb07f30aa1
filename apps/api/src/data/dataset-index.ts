import {
  compareObservations,
  type Dataset,
  type DatedEvent,
  type Entity,
  type Indicator,
  type Observation,
  type Source,
} from '@bd/core';
import type { LoadedData } from './load-dataset.ts';

/** A loaded dataset with its records looked up by id, in the orders the API answers in. Immutable once built. */
export interface DatasetIndex {
  dataset: Dataset;
  version: string;
  /** ISO time the data was read. */
  loadedAt: string;
  entities: ReadonlyMap<string, Entity>;
  indicators: ReadonlyMap<string, Indicator>;
  sources: ReadonlyMap<string, Source>;
  /** By indicator, then entity, then series order. */
  observations: readonly Observation[];
  /** By date, then id. */
  events: readonly DatedEvent[];
}

/** Orders observations by indicator (in the order of indicators.yaml), entity, then series order. */
function observationOrder(indicators: readonly Indicator[]) {
  const rank = new Map(indicators.map((indicator, index) => [indicator.id, index]));
  return (a: Observation, b: Observation) =>
    (rank.get(a.indicator) ?? 0) - (rank.get(b.indicator) ?? 0) || a.entity.localeCompare(b.entity) || compareObservations(a, b);
}

export function indexDataset({ dataset, version }: LoadedData, loadedAt: Date = new Date()): DatasetIndex {
  const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((r) => [r.id, r]));
  return {
    dataset,
    version,
    loadedAt: loadedAt.toISOString(),
    entities: byId(dataset.entities),
    indicators: byId(dataset.indicators),
    sources: byId(dataset.sources),
    observations: [...dataset.observations].sort(observationOrder(dataset.indicators)),
    events: [...dataset.events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
  };
}
