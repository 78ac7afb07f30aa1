import { type EventType, eventListAnswerSchema, eventTypeSchema } from '@bd/core';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../api-client.ts';

/** Dated events (partner localities, conferences, agreements…), optionally of some types only. */
export const eventQueries = {
  list: (types: readonly EventType[] = []) =>
    queryOptions({
      queryKey: ['events', 'list', { types: [...types].sort() }] as const,
      queryFn: ({ signal }) =>
        getJson(types.length > 0 ? `/api/events?type=${types.join(',')}` : '/api/events', eventListAnswerSchema, signal),
      select: (data) => data.events,
    }),
};

/** The event types an address asks for (`/timeline?type=conference`); an unknown type asks for every type. */
export function eventTypesIn(params: URLSearchParams): EventType[] {
  const type = eventTypeSchema.safeParse(params.get('type'));
  return type.success ? [type.data] : [];
}
