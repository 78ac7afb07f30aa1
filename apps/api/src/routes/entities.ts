import { type EntityListAnswer, entityListAnswerSchema } from '@bd/core';
import { Hono } from 'hono';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { etagFor, jsonAnswer, sendPrepared } from '../http/answer.ts';
import { validate } from '../http/validate-query.ts';
import { describeEndpoint, json } from '../reference/describe-endpoint.ts';
import { noQuerySchema } from './request-schemas.ts';

/** `GET /api/entities`: the places the indicators describe. */
export function entityRoutes(data: DatasetIndex) {
  const list = jsonAnswer<EntityListAnswer>({ entities: data.dataset.entities }, etagFor(data.version, 'entities'));
  return new Hono().get(
    '/',
    describeEndpoint(data, {
      operationId: 'listEntities',
      tag: 'Data',
      summary: 'Places described',
      description: 'The places the indicators describe, e.g. binh-duong.',
      answer: json(entityListAnswerSchema, 'EntityListResponse'),
      example: () => '/api/entities',
    }),
    validate('query', noQuerySchema),
    (c) => sendPrepared(c, list),
  );
}
