import { indicatorDetailResponseSchema, indicatorListResponseSchema } from '@bd/core';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../api-client.ts';

/** Every indicator (with observation counts), and one indicator with its series and sources. */
export const indicatorQueries = {
  all: () =>
    queryOptions({
      queryKey: ['indicators', 'list'] as const,
      queryFn: ({ signal }) => getJson('/api/indicators', indicatorListResponseSchema, signal),
      select: (data) => data.indicators,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['indicators', 'detail', id] as const,
      queryFn: ({ signal }) => getJson(`/api/indicators/${encodeURIComponent(id)}`, indicatorDetailResponseSchema, signal),
    }),
};
