import type { EntityListResponse } from '@bd/core';
import { Hono } from 'hono';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { etagFor, jsonAnswer, sendPrepared } from '../http/answer.ts';
import { validate } from '../http/validate-query.ts';
import { noQuerySchema } from './request-schemas.ts';

/** `GET /api/entities`: the places the indicators describe. */
export function entityRoutes(data: DatasetIndex) {
  const list = jsonAnswer<EntityListResponse>({ entities: data.dataset.entities }, etagFor(data.version, 'entities'));
  return new Hono().get('/', validate('query', noQuerySchema), (c) => sendPrepared(c, list));
}
