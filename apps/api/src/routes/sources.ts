import { type SourceDetailAnswer, type SourceListAnswer, sourceDetailAnswerSchema, sourceListAnswerSchema } from '@bd/core';
import { Hono } from 'hono';
import { byPublication, type DatasetIndex } from '../data/dataset-index.ts';
import { type Answer, etagFor, jsonAnswer, sendPrepared } from '../http/answer.ts';
import { ERROR_HEADERS, noRecordBody } from '../http/errors.ts';
import { validate } from '../http/validate-query.ts';
import { describeEndpoint, json } from '../reference/describe-endpoint.ts';
import { idParamSchema, noQuerySchema } from './request-schemas.ts';

function sourceList(data: DatasetIndex): SourceListAnswer {
  return {
    sources: [...data.dataset.sources].sort(byPublication).map((source) => ({
      ...source,
      observation_count: data.observationsBySource.get(source.id)?.length ?? 0,
      event_count: data.eventsBySource.get(source.id)?.length ?? 0,
    })),
  };
}

function sourceDetail(data: DatasetIndex, id: string): SourceDetailAnswer {
  return {
    source: data.sources.get(id)!,
    observations: [...(data.observationsBySource.get(id) ?? [])],
    events: [...(data.eventsBySource.get(id) ?? [])],
  };
}

/**
 * `GET /api/sources` and `GET /api/sources/:id`. The list is prepared at load; each article's answer the first
 * time it is asked for, then kept for the data version (a large data set has thousands, most never asked for).
 */
export function sourceRoutes(data: DatasetIndex) {
  const list = jsonAnswer(sourceList(data), etagFor(data.version, 'sources'));
  const details = new Map<string, Answer<SourceDetailAnswer>>();
  const detailOf = (id: string) => {
    let detail = details.get(id);
    if (!detail && data.sources.has(id)) {
      detail = jsonAnswer(sourceDetail(data, id), etagFor(data.version, `sources/${id}`));
      details.set(id, detail);
    }
    return detail;
  };
  return new Hono()
    .get(
      '/',
      describeEndpoint(data, {
        operationId: 'listSources',
        tag: 'Data',
        summary: 'Articles',
        description:
          'Every article the data comes from, by publication date, with the number of observations and events it backs.',
        answer: json(sourceListAnswerSchema, 'SourceListResponse'),
        example: () => '/api/sources',
      }),
      validate('query', noQuerySchema),
      (c) => sendPrepared(c, list),
    )
    .get(
      '/:id',
      describeEndpoint(data, {
        operationId: 'getSource',
        tag: 'Data',
        summary: 'One article and what it backs',
        description: 'The article with every observation and event that cites it.',
        pathId: 'source',
        answer: json(sourceDetailAnswerSchema, 'SourceDetailResponse'),
        example: (e) => `/api/sources/${e.source}`,
      }),
      validate('param', idParamSchema),
      validate('query', noQuerySchema),
      (c) => {
        const { id } = c.req.valid('param');
        const detail = detailOf(id);
        if (!detail) return c.json(noRecordBody('source', id), 404, ERROR_HEADERS);
        return sendPrepared(c, detail);
      },
    );
}
