import { type ObservationListAnswer, observationListAnswerSchema, observationQuerySchema } from '@bd/core';
import { Hono } from 'hono';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { etagFor, jsonListAnswer, sendJson, sendPrepared } from '../http/answer.ts';
import { ERROR_HEADERS, errorBody } from '../http/errors.ts';
import { validate } from '../http/validate-query.ts';
import { describeEndpoint, json } from '../reference/describe-endpoint.ts';
import { filterKey, isUnfiltered, selectObservations, unknownFilterIds } from './observation-filter.ts';
import type { RouteLimits } from './route-limits.ts';

/** The list answer for some observations: prepared bytes when short, streamed when long. */
const listOf = (observations: ObservationListAnswer['observations'], etag: string, limit: number) =>
  jsonListAnswer<ObservationListAnswer>(
    etag,
    { head: { count: observations.length }, listKey: 'observations', items: observations },
    limit,
  );

/** `GET /api/observations`: every observation prepared at load; a filtered selection built per request. */
export function observationRoutes(data: DatasetIndex, limits: RouteLimits) {
  const all = listOf([...data.observations], etagFor(data.version, `observations?${filterKey({})}`), limits.preparedLimit);
  return new Hono().get(
    '/',
    describeEndpoint(data, {
      operationId: 'listObservations',
      tag: 'Data',
      summary: 'Observations, filtered',
      description:
        'Observations with their provenance. A period matches from when it ends on or after it, and to when it starts on or before it. An id that names nothing is a 400.',
      query: observationQuerySchema,
      answer: json(observationListAnswerSchema, 'ObservationListResponse'),
      example: (e) => `/api/observations?indicator=${e.indicator}&from=${e.from}&to=${e.to}`,
    }),
    validate('query', observationQuerySchema),
    (c) => {
      const filter = c.req.valid('query');
      const unknown = unknownFilterIds(filter, data);
      if (unknown.length > 0) return c.json(errorBody('Invalid query', unknown), 400, ERROR_HEADERS);
      if (isUnfiltered(filter)) return sendPrepared(c, all);
      const etag = etagFor(data.version, `observations?${filterKey(filter)}`);
      return sendJson(c, etag, () => listOf(selectObservations(data, filter), etag, limits.preparedLimit));
    },
  );
}
