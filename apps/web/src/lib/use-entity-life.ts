import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type EntityLife, entityLifeOf } from './entity-life-line.ts';
import { entityQueries } from './queries/entity-queries.ts';
import { eventQueries } from './queries/event-queries.ts';
import { sourceQueries } from './queries/source-queries.ts';
import type { EntityChoice } from './use-entity.ts';

/**
 * The life of the entity a view shows, once its entities, events and sources are loaded; undefined until then and
 * for an entity that has not ended (whose views then ask for no events).
 */
export function useEntityLife(choice: Pick<EntityChoice, 'entity'>): EntityLife | undefined {
  const entities = useQuery(entityQueries.all());
  const shown = choice.entity === undefined ? entities.data?.[0] : entities.data?.find((e) => e.id === choice.entity);
  const ended = shown?.ended !== undefined;
  const events = useQuery({ ...eventQueries.list(), enabled: ended });
  const sources = useQuery({ ...sourceQueries.all(), enabled: ended });
  return useMemo(
    () =>
      entities.data && events.data && sources.data
        ? entityLifeOf(choice.entity, entities.data, events.data, sources.data)
        : undefined,
    [choice.entity, entities.data, events.data, sources.data],
  );
}
