import { checkListAnswerSchema } from '@bd/core';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../api-client.ts';

/** Every place the sources do not add up (`/api/checks`): the checks view and the markers on cards and charts. */
export const checkQueries = {
  all: () =>
    queryOptions({
      queryKey: ['checks', 'list'] as const,
      queryFn: ({ signal }) => getJson('/api/checks', checkListAnswerSchema, signal),
    }),
};
