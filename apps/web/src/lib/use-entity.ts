import type { Entity } from '@bd/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'wouter';
import { entityQueries } from './queries/entity-queries.ts';

/**
 * The entity the views show, from `?entity=`; the first one listed when the address names none. The data lists
 * first the province the dashboard is about (binh-duong, which has the values), so a view opens on it, not on the
 * city it became part of (which the selector lists first, heading its group, and which has no values yet).
 */
export interface EntityChoice {
  /** Every entity, once known. */
  entities: readonly Entity[] | undefined;
  /**
   * The entity to ask the API about: undefined while unknown, and when the data has one entity only (its answers
   * then need no filter). `ready` says which.
   */
  entity: string | undefined;
  ready: boolean;
  /** The data describes more than one entity: offer the choice. */
  choosable: boolean;
  choose: (entity: string) => void;
}

/** Reads and writes the chosen entity in the address, so a shared link shows the same province. */
export function useEntity(): EntityChoice {
  const [params, setParams] = useSearchParams();
  const asked = params.get('entity') ?? undefined;
  const entities = useQuery(entityQueries.all());
  const list = entities.data;
  const choosable = (list?.length ?? 0) > 1;
  const entity = asked ?? (choosable ? list?.[0]?.id : undefined);
  const choose = useCallback(
    (next: string) =>
      setParams((p) => {
        const updated = new URLSearchParams(p);
        updated.set('entity', next);
        updated.delete('point');
        return updated;
      }),
    [setParams],
  );
  return { entities: list, entity, ready: asked !== undefined || list !== undefined || entities.isError, choosable, choose };
}
