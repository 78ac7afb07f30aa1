import type { SourceDetailResponse, SourceListResponse } from '@bd/core';
import { Hono } from 'hono';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { type Answer, etagFor, jsonAnswer, sendPrepared } from '../http/answer.ts';
import { ERROR_HEADERS, noRecordBody } from '../http/errors.ts';
import { validate } from '../http/validate-query.ts';
import { idParamSchema, noQuerySchema } from './request-schemas.ts';

/** Sources by publication date, then id. */
function sortedSources(data: DatasetIndex) {
  return [...data.dataset.sources].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
}

function sourceList(data: DatasetIndex): SourceListResponse {
  return {
    sources: sortedSources(data).map((source) => ({
      ...source,
      observation_count: data.observations.filter((o) => o.source === source.id).length,
      event_count: data.events.filter((e) => e.source === source.id).length,
    })),
  };
}

function sourceDetail(data: DatasetIndex, id: string): SourceDetailResponse {
  return {
    source: data.sources.get(id)!,
    observations: data.observations.filter((o) => o.source === id),
    events: data.events.filter((e) => e.source === id),
  };
}

/** `GET /api/sources` and `GET /api/sources/:id`, all prepared at load. */
export function sourceRoutes(data: DatasetIndex) {
  const list = jsonAnswer(sourceList(data), etagFor(data.version, 'sources'));
  const details = new Map<string, Answer<SourceDetailResponse>>(
    data.dataset.sources.map((s) => [s.id, jsonAnswer(sourceDetail(data, s.id), etagFor(data.version, `sources/${s.id}`))]),
  );
  return new Hono()
    .get('/', validate('query', noQuerySchema), (c) => sendPrepared(c, list))
    .get('/:id', validate('param', idParamSchema), validate('query', noQuerySchema), (c) => {
      const { id } = c.req.valid('param');
      const detail = details.get(id);
      if (!detail) return c.json(noRecordBody('source', id), 404, ERROR_HEADERS);
      return sendPrepared(c, detail);
    });
}
