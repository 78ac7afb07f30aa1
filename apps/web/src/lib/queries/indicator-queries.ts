import { indicatorDetailAnswerSchema, indicatorListAnswerSchema } from '@bd/core';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../api-client.ts';

/** Every indicator (with observation counts), and one indicator with its series (of one place, if given) and sources. */
export const indicatorQueries = {
  all: () =>
    queryOptions({
      queryKey: ['indicators', 'list'] as const,
      queryFn: ({ signal }) => getJson('/api/indicators', indicatorListAnswerSchema, signal),
      select: (data) => data.indicators,
    }),
  detail: (id: string, entity?: string) =>
    queryOptions({
      queryKey: (entity === undefined ? ['indicators', 'detail', id] : ['indicators', 'detail', id, { entity }]) as readonly [
        'indicators',
        'detail',
        string,
        ...{ entity: string }[],
      ],
      queryFn: ({ signal }) =>
        getJson(
          `/api/indicators/${encodeURIComponent(id)}${entity === undefined ? '' : `?entity=${encodeURIComponent(entity)}`}`,
          indicatorDetailAnswerSchema,
          signal,
        ),
    }),
};
