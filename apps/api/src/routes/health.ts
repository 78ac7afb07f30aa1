import { type HealthAnswer, healthAnswerSchema } from '@bd/core';
import { Hono } from 'hono';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { etagFor, jsonAnswer, sendPrepared } from '../http/answer.ts';
import { validate } from '../http/validate-query.ts';
import { describeEndpoint, json } from '../reference/describe-endpoint.ts';
import { noQuerySchema } from './request-schemas.ts';

/** `GET /api/health`: the data version, when it was loaded, and how many records of each kind. */
export function healthRoutes(data: DatasetIndex) {
  const { dataset, lastChange: change } = data;
  const body: HealthAnswer = {
    status: 'ok',
    data_version: data.version,
    loaded_at: data.loadedAt,
    counts: {
      entities: dataset.entities.length,
      indicators: dataset.indicators.length,
      sources: dataset.sources.length,
      observations: dataset.observations.length,
      events: dataset.events.length,
    },
    last_change: change
      ? {
          at: change.at,
          compared_with: change.comparedWith,
          from_version: change.fromVersion,
          summary: change.summary,
          added: change.added,
          removed: change.removed,
          changed: change.changed,
        }
      : null,
  };
  const answer = jsonAnswer(body, etagFor(data.version, `health ${data.loadedAt}`));
  // A health check must see a reload at once, so clients revalidate every time (a 304 when nothing changed).
  return new Hono().get(
    '/',
    describeEndpoint(data, {
      operationId: 'getHealth',
      tag: 'Service',
      summary: 'Status and data version',
      description:
        'The version of the data (a hash of the data files, which changes whenever they do), when it was loaded, and how many records of each kind it holds.',
      answer: json(healthAnswerSchema, 'HealthResponse'),
      example: () => '/api/health',
    }),
    validate('query', noQuerySchema),
    (c) => sendPrepared(c, answer, 'no-cache'),
  );
}
