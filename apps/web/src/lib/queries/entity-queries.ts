import { entityListAnswerSchema } from '@bd/core';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../api-client.ts';

/** The places the indicators describe: one province, or many in a larger data set. */
export const entityQueries = {
  all: () =>
    queryOptions({
      queryKey: ['entities', 'list'] as const,
      queryFn: ({ signal }) => getJson('/api/entities', entityListAnswerSchema, signal),
      select: (data) => data.entities,
    }),
};
