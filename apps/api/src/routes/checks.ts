import { type CheckListResponse, reconcile } from '@bd/core';
import { Hono } from 'hono';
import { type DatasetIndex, sourcesById } from '../data/dataset-index.ts';
import { type Answer, etagFor, jsonAnswer, sendJson } from '../http/answer.ts';
import { validate } from '../http/validate-query.ts';
import { noQuerySchema } from './request-schemas.ts';

function checkList(data: DatasetIndex): CheckListResponse {
  const checks = reconcile(data.dataset);
  const cited = checks.flatMap((check) => check.sources);
  return { checks, sources: sourcesById(data, cited) };
}

/**
 * `GET /api/checks`: every place the sources do not add up, with the articles involved. Built the first time it
 * is asked for and kept for the data version; its ETag is known before, so a revalidation costs nothing.
 */
export function checkRoutes(data: DatasetIndex) {
  const etag = etagFor(data.version, 'checks');
  let answer: Answer<CheckListResponse> | undefined;
  const prepared = () => (answer ??= jsonAnswer(checkList(data), etag));
  return new Hono().get('/', validate('query', noQuerySchema), (c) => sendJson(c, etag, prepared));
}
