import { eventCsvQuerySchema, observationCsvQuerySchema } from '@bd/core';
import { type Context, Hono } from 'hono';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { eventsCsv, observationsCsv } from '../exports/csv-answers.ts';
import { eventsCsvFilename, observationsCsvFilename } from '../exports/csv-filename.ts';
import { dataPackage } from '../exports/data-package.ts';
import { type Answer, etagFor, jsonAnswer, type StreamedAnswer, send, sendPrepared } from '../http/answer.ts';
import { ERROR_HEADERS, errorBody } from '../http/errors.ts';
import { validate } from '../http/validate-query.ts';
import { eventFilterKey, filterEvents } from './events.ts';
import { filterKey, isUnfiltered, selectObservations, unknownFilterIds } from './observation-filter.ts';
import { noQuerySchema } from './request-schemas.ts';
import type { RouteLimits } from './route-limits.ts';

const sendFile = (c: Context, answer: Answer | StreamedAnswer) => send(c, answer.etag, answer);

/** One prepared answer with and one without a byte order mark. */
type ByBom = Record<'plain' | 'bom', Answer | StreamedAnswer>;

/**
 * `GET /api/observations.csv`, `GET /api/events.csv` and `GET /api/datapackage.json` (which describes both).
 * The unfiltered files are prepared at load (a large observations file is streamed from the index instead); a
 * filtered selection is built per request.
 */
export function exportRoutes(data: DatasetIndex, limits: RouteLimits) {
  const observationsKey = (bom: boolean, key: string) => `observations.csv?bom=${bom}&${key}`;
  const eventsKey = (bom: boolean, key: string) => `events.csv?bom=${bom}&${key}`;
  const prepared = (build: (bom: boolean) => Answer | StreamedAnswer): ByBom => ({ plain: build(false), bom: build(true) });
  const allObservations = prepared((bom) =>
    observationsCsv(data, data.observations, {
      bom,
      etag: etagFor(data.version, observationsKey(bom, filterKey({}))),
      filename: observationsCsvFilename({}),
      limit: limits.preparedLimit,
    }),
  );
  const allEvents = prepared((bom) =>
    eventsCsv(data, data.events, {
      bom,
      etag: etagFor(data.version, eventsKey(bom, eventFilterKey({}))),
      filename: eventsCsvFilename(undefined),
    }),
  );
  const datapackage = jsonAnswer(dataPackage(data), etagFor(data.version, 'datapackage.json'));

  return new Hono()
    .get('/observations.csv', validate('query', observationCsvQuerySchema), (c) => {
      const { bom, ...filter } = c.req.valid('query');
      const unknown = unknownFilterIds(filter, data);
      if (unknown.length > 0) return c.json(errorBody('Invalid query', unknown), 400, ERROR_HEADERS);
      if (isUnfiltered(filter)) return sendFile(c, allObservations[bom ? 'bom' : 'plain']);
      const etag = etagFor(data.version, observationsKey(bom, filterKey(filter)));
      return send(c, etag, () =>
        observationsCsv(data, selectObservations(data, filter), {
          bom,
          etag,
          filename: observationsCsvFilename(filter),
          limit: limits.preparedLimit,
        }),
      );
    })
    .get('/events.csv', validate('query', eventCsvQuerySchema), (c) => {
      const { bom, ...query } = c.req.valid('query');
      if (query.type === undefined) return sendFile(c, allEvents[bom ? 'bom' : 'plain']);
      const etag = etagFor(data.version, eventsKey(bom, eventFilterKey(query)));
      return send(c, etag, () =>
        eventsCsv(data, filterEvents(data.events, query), { bom, etag, filename: eventsCsvFilename(query.type) }),
      );
    })
    .get('/datapackage.json', validate('query', noQuerySchema), (c) => sendPrepared(c, datapackage));
}
