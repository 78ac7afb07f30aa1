import { observationListAnswerSchema } from '@bd/core';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../api-client.ts';

type ObservationListKey = readonly ['observations', 'list', ...{ entity: string }[]];

/**
 * Observations in series order. `all()` is shared by the overview, sources page and slides; with more than one
 * place in the data the views ask for one place's (`forEntity`), never for every place at once.
 */
export const observationQueries = {
  all: () => observationQueries.forEntity(undefined),
  forEntity: (entity: string | undefined) =>
    queryOptions({
      queryKey: (entity === undefined ? ['observations', 'list'] : ['observations', 'list', { entity }]) as ObservationListKey,
      queryFn: ({ signal }) =>
        getJson(
          entity === undefined ? '/api/observations' : `/api/observations?entity=${encodeURIComponent(entity)}`,
          observationListAnswerSchema,
          signal,
        ),
      select: (data) => data.observations,
    }),
};
