import { type CheckListAnswer, checkListAnswerSchema, findChecks } from '@bd/core';
import { Hono } from 'hono';
import { type DatasetIndex, sourcesById } from '../data/dataset-index.ts';
import { type Answer, etagFor, jsonAnswer, sendJson } from '../http/answer.ts';
import { validate } from '../http/validate-query.ts';
import { describeEndpoint, json } from '../reference/describe-endpoint.ts';
import { noQuerySchema } from './request-schemas.ts';

function checkList(data: DatasetIndex): CheckListAnswer {
  const checks = findChecks(data.dataset);
  const cited = checks.flatMap((check) => check.sources);
  return { checks, sources: sourcesById(data, cited) };
}

/**
 * `GET /api/checks`: every place the sources do not add up, with the articles involved. Built the first time it
 * is asked for and kept for the data version; its ETag is known before, so a revalidation costs nothing.
 */
export function checkRoutes(data: DatasetIndex) {
  const etag = etagFor(data.version, 'checks');
  let answer: Answer<CheckListAnswer> | undefined;
  const prepared = () => (answer ??= jsonAnswer(checkList(data), etag));
  return new Hono().get(
    '/',
    describeEndpoint(data, {
      operationId: 'listChecks',
      tag: 'Data',
      summary: 'Where the sources do not add up',
      description:
        'Every place the articles disagree, derived from the data: a count that falls between two articles, two values for one period, "nearly" and "more than" the same figure, and stated counts that the items the articles name fall short of. Each check has the records side by side, the articles involved and a sentence in English and Vietnamese.',
      answer: json(checkListAnswerSchema, 'CheckListResponse'),
      example: () => '/api/checks',
    }),
    validate('query', noQuerySchema),
    (c) => sendJson(c, etag, prepared),
  );
}
