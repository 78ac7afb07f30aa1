import {
  type IndicatorDetailAnswer,
  type IndicatorListAnswer,
  indicatorDetailAnswerSchema,
  indicatorDetailQuerySchema,
  indicatorListAnswerSchema,
  peerCountsOf,
} from '@bd/core';
import { Hono } from 'hono';
import { type DatasetIndex, sourcesById } from '../data/dataset-index.ts';
import { type Answer, etagFor, jsonAnswer, jsonListAnswer, type StreamedAnswer, sendJson, sendPrepared } from '../http/answer.ts';
import { ERROR_HEADERS, errorBody, noRecordBody } from '../http/errors.ts';
import { validate } from '../http/validate-query.ts';
import { describeEndpoint, json } from '../reference/describe-endpoint.ts';
import { unknownFilterIds } from './observation-filter.ts';
import { idParamSchema, noQuerySchema } from './request-schemas.ts';
import type { RouteLimits } from './route-limits.ts';

function indicatorList(data: DatasetIndex): IndicatorListAnswer {
  return {
    indicators: data.dataset.indicators.map((indicator) => {
      const series = data.series.get(indicator.id)?.all ?? [];
      return {
        ...indicator,
        observation_count: series.length,
        first_period: series[0]?.period_end,
        last_period: series.at(-1)?.period_end,
      };
    }),
  };
}

/** One indicator, its observations (of the given entities, or all) in series order, and the sources they cite. */
function indicatorDetail(
  data: DatasetIndex,
  id: string,
  entities: readonly string[] | undefined,
  etag: string,
  limit: number,
): Answer<IndicatorDetailAnswer> | StreamedAnswer<IndicatorDetailAnswer> {
  const series = data.series.get(id);
  const observations = !entities
    ? (series?.all ?? [])
    : entities.length === 1
      ? (series?.byEntity.get(entities[0]!) ?? [])
      : (series?.all ?? []).filter((o) => entities.includes(o.entity));
  const indicator = data.indicators.get(id)!;
  const peerCounts = indicator.peers ? peerCountsOf(indicator, data.series.get(indicator.peers.indicator)?.all ?? []) : undefined;
  const cited = [...(peerCounts ?? []), ...observations].map((o) => o.source);
  return jsonListAnswer<IndicatorDetailAnswer>(
    etag,
    {
      head: peerCounts ? { indicator, peer_counts: peerCounts } : { indicator },
      listKey: 'observations',
      items: observations,
      tail: { sources: sourcesById(data, cited) },
    },
    limit,
  );
}

/** The key of an indicator answer's ETag: the indicator and the distinct entities asked for. */
const detailKey = (id: string, entities: readonly string[] | undefined) =>
  entities ? `indicators/${id}?entity=${[...new Set(entities)].sort().join(',')}` : `indicators/${id}`;

/**
 * `GET /api/indicators` and `GET /api/indicators/:id[?entity=]`. Every whole series is prepared at load (streamed
 * when longer than the limit); one entity's series is built per request from the index.
 */
export function indicatorRoutes(data: DatasetIndex, limits: RouteLimits) {
  const list = jsonAnswer(indicatorList(data), etagFor(data.version, 'indicators'));
  const details = new Map(
    data.dataset.indicators.map((i) => {
      const etag = etagFor(data.version, detailKey(i.id, undefined));
      return [i.id, indicatorDetail(data, i.id, undefined, etag, limits.preparedLimit)];
    }),
  );
  return new Hono()
    .get(
      '/',
      describeEndpoint(data, {
        operationId: 'listIndicators',
        tag: 'Data',
        summary: 'Indicators',
        description: 'Every indicator with its number of observations and the period ends of its first and last one.',
        answer: json(indicatorListAnswerSchema, 'IndicatorListResponse'),
        example: () => '/api/indicators',
      }),
      validate('query', noQuerySchema),
      (c) => sendPrepared(c, list),
    )
    .get(
      '/:id',
      describeEndpoint(data, {
        operationId: 'getIndicator',
        tag: 'Data',
        summary: 'One indicator with its series',
        description:
          'The indicator, its observations sorted by period end, and the articles they cite; `entity` keeps the series of those places only.',
        pathId: 'indicator',
        query: indicatorDetailQuerySchema,
        answer: json(indicatorDetailAnswerSchema, 'IndicatorDetailResponse'),
        example: (e) => `/api/indicators/${e.indicator}`,
      }),
      validate('param', idParamSchema),
      validate('query', indicatorDetailQuerySchema),
      (c) => {
        const { id } = c.req.valid('param');
        const { entity } = c.req.valid('query');
        const detail = details.get(id);
        if (!detail) return c.json(noRecordBody('indicator', id), 404, ERROR_HEADERS);
        if (!entity) return sendPrepared(c, detail);
        const unknown = unknownFilterIds({ entity }, data);
        if (unknown.length > 0) return c.json(errorBody('Invalid query', unknown), 400, ERROR_HEADERS);
        const etag = etagFor(data.version, detailKey(id, entity));
        return sendJson(c, etag, () => indicatorDetail(data, id, entity, etag, limits.preparedLimit));
      },
    );
}
