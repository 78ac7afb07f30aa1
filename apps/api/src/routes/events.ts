import { type DatedEvent, type EventListAnswer, type EventQuery, eventListAnswerSchema, eventQuerySchema } from '@bd/core';
import { Hono } from 'hono';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { etagFor, jsonAnswer, sendJson } from '../http/answer.ts';
import { validate } from '../http/validate-query.ts';
import { describeEndpoint, json } from '../reference/describe-endpoint.ts';

/** The key of an events answer's ETag: the distinct types asked for, in order. */
export function eventFilterKey(query: Pick<EventQuery, 'type'>): string {
  return `type=${[...new Set(query.type ?? [])].sort().join(',')}`;
}

/** The events of the given types (all when none), in date order. */
export function filterEvents(events: readonly DatedEvent[], query: Pick<EventQuery, 'type'>): DatedEvent[] {
  return events.filter((e) => query.type === undefined || query.type.includes(e.type));
}

/** `GET /api/events?type=`: named events in date order; the unfiltered list is prepared at load. */
export function eventRoutes(data: DatasetIndex) {
  const all = jsonAnswer<EventListAnswer>({ events: [...data.events] }, etagFor(data.version, `events?${eventFilterKey({})}`));
  return new Hono().get(
    '/',
    describeEndpoint(data, {
      operationId: 'listEvents',
      tag: 'Data',
      summary: 'Named events',
      description:
        'Partner localities, conferences, agreements, awards, memberships and administrative changes the sources name, in date order.',
      query: eventQuerySchema,
      answer: json(eventListAnswerSchema, 'EventListResponse'),
      example: () => '/api/events?type=partner_locality,agreement',
    }),
    validate('query', eventQuerySchema),
    (c) => {
      const query = c.req.valid('query');
      const etag = etagFor(data.version, `events?${eventFilterKey(query)}`);
      if (query.type === undefined) return sendJson(c, etag, all);
      return sendJson(c, etag, () => jsonAnswer<EventListAnswer>({ events: filterEvents(data.events, query) }, etag));
    },
  );
}
