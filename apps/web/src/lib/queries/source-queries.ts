import { sourceDetailAnswerSchema, sourceListAnswerSchema } from '@bd/core';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../api-client.ts';

/** The articles every value is taken from. */
export const sourceQueries = {
  all: () =>
    queryOptions({
      queryKey: ['sources', 'list'] as const,
      queryFn: ({ signal }) => getJson('/api/sources', sourceListAnswerSchema, signal),
      select: (data) => data.sources,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['sources', 'detail', id] as const,
      queryFn: ({ signal }) => getJson(`/api/sources/${encodeURIComponent(id)}`, sourceDetailAnswerSchema, signal),
    }),
};
