import type { DatedEvent, Entity, Source, SourceDetailAnswer } from '@bd/core';
import { type QueryClient, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type EntityLife, entityLifeOf } from './entity-life-line.ts';
import { entityQueries } from './queries/entity-queries.ts';
import { eventQueries } from './queries/event-queries.ts';
import { sourceQueries } from './queries/source-queries.ts';
import type { EntityChoice } from './use-entity.ts';

/** The events a life is said with: the administrative changes only, never every event of the data. */
export const changeEventQuery = () => eventQueries.list(['administrative_change']);

/** The entity a view shows: the chosen one, else the first listed. */
const shownEntity = (entities: readonly Entity[] | undefined, id: string | undefined) =>
  id === undefined ? entities?.[0] : entities?.find((e) => e.id === id);

/** The sources of the changes that ended `entity`: one answer each, however large the rest of the data. */
function changeSourceIds(entity: Entity | undefined, events: readonly DatedEvent[] | undefined): string[] {
  const ids = new Set(entity?.became?.map((c) => c.event));
  return [...new Set((events ?? []).filter((e) => ids.has(e.id)).map((e) => e.source))];
}

/**
 * The life of the entity a view shows, once its entities, its change events and their sources are loaded;
 * undefined until then and for an entity that has not ended (whose views then ask for nothing more).
 */
export function useEntityLife(choice: Pick<EntityChoice, 'entity'>): EntityLife | undefined {
  const entities = useQuery(entityQueries.all());
  const shown = shownEntity(entities.data, choice.entity);
  const ended = shown?.ended !== undefined;
  const events = useQuery({ ...changeEventQuery(), enabled: ended });
  const sources = useQueries({
    queries: changeSourceIds(shown, events.data).map((id) => sourceQueries.detail(id)),
    combine: sourcesOnceLoaded,
  });
  return useMemo(
    () =>
      entities.data && events.data && sources ? entityLifeOf(choice.entity, entities.data, events.data, sources) : undefined,
    [choice.entity, entities.data, events.data, sources],
  );
}

/** The sources of the answers, once every one has arrived (TanStack re-runs it only when an answer changes). */
function sourcesOnceLoaded(results: readonly { data?: SourceDetailAnswer | undefined }[]): Source[] | undefined {
  return results.every((r) => r.data !== undefined) ? results.map((r) => r.data!.source) : undefined;
}

/** Fetches into `client` what `useEntityLife` will ask for, so a server-rendered page already says the life. */
export async function prefetchEntityLife(client: QueryClient, entity: string | undefined): Promise<void> {
  const { entities } = await client.fetchQuery(entityQueries.all());
  const shown = shownEntity(entities, entity);
  if (shown?.ended === undefined) return;
  const { events } = await client.fetchQuery(changeEventQuery());
  await Promise.all(changeSourceIds(shown, events).map((id) => client.prefetchQuery(sourceQueries.detail(id))));
}
