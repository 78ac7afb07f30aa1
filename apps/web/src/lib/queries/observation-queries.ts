import { observationListResponseSchema } from '@bd/core';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../api-client.ts';

/** All observations, in series order: the overview, sources page and slides share one request. */
export const observationQueries = {
  all: () =>
    queryOptions({
      queryKey: ['observations', 'list'] as const,
      queryFn: ({ signal }) => getJson('/api/observations', observationListResponseSchema, signal),
      select: (data) => data.observations,
    }),
};
