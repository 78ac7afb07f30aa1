import { type ObservationListResponse, observationQuerySchema } from '@bd/core';
import { Hono } from 'hono';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { etagFor, jsonAnswer, sendJson, sendPrepared } from '../http/answer.ts';
import { ERROR_HEADERS, errorBody } from '../http/errors.ts';
import { validate } from '../http/validate-query.ts';
import { filterKey, filterObservations, isUnfiltered, unknownFilterIds } from './observation-filter.ts';

/** `GET /api/observations`: every observation prepared at load; a filtered selection built per request. */
export function observationRoutes(data: DatasetIndex) {
  const all = jsonAnswer<ObservationListResponse>(
    { count: data.observations.length, observations: [...data.observations] },
    etagFor(data.version, `observations?${filterKey({})}`),
  );
  return new Hono().get('/', validate('query', observationQuerySchema), (c) => {
    const filter = c.req.valid('query');
    const unknown = unknownFilterIds(filter, data);
    if (unknown.length > 0) return c.json(errorBody('Invalid query', unknown), 400, ERROR_HEADERS);
    if (isUnfiltered(filter)) return sendPrepared(c, all);
    const etag = etagFor(data.version, `observations?${filterKey(filter)}`);
    return sendJson(c, etag, () => {
      const observations = filterObservations(data.observations, filter);
      return jsonAnswer<ObservationListResponse>({ count: observations.length, observations }, etag);
    });
  });
}
