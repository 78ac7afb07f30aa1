import { type IndicatorDetailResponse, type IndicatorListResponse, type Source, seriesOf } from '@bd/core';
import { Hono } from 'hono';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { type Answer, etagFor, jsonAnswer, sendPrepared } from '../http/answer.ts';
import { ERROR_HEADERS, noRecordBody } from '../http/errors.ts';
import { validate } from '../http/validate-query.ts';
import { idParamSchema, noQuerySchema } from './request-schemas.ts';

function indicatorList(data: DatasetIndex): IndicatorListResponse {
  return {
    indicators: data.dataset.indicators.map((indicator) => {
      const series = seriesOf(data.observations, indicator.id);
      return {
        ...indicator,
        observation_count: series.length,
        first_period: series[0]?.period_end,
        last_period: series.at(-1)?.period_end,
      };
    }),
  };
}

function indicatorDetail(data: DatasetIndex, id: string): IndicatorDetailResponse {
  const observations = seriesOf(data.observations, id);
  const cited = new Set(observations.map((o) => o.source));
  const sources = [...cited]
    .map((sourceId) => data.sources.get(sourceId))
    .filter((source): source is Source => source !== undefined)
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  return { indicator: data.indicators.get(id)!, observations, sources };
}

/** `GET /api/indicators` and `GET /api/indicators/:id`, all prepared at load. */
export function indicatorRoutes(data: DatasetIndex) {
  const list = jsonAnswer(indicatorList(data), etagFor(data.version, 'indicators'));
  const details = new Map<string, Answer<IndicatorDetailResponse>>(
    data.dataset.indicators.map((i) => [
      i.id,
      jsonAnswer(indicatorDetail(data, i.id), etagFor(data.version, `indicators/${i.id}`)),
    ]),
  );
  return new Hono()
    .get('/', validate('query', noQuerySchema), (c) => sendPrepared(c, list))
    .get('/:id', validate('param', idParamSchema), validate('query', noQuerySchema), (c) => {
      const { id } = c.req.valid('param');
      const detail = details.get(id);
      if (!detail) return c.json(noRecordBody('indicator', id), 404, ERROR_HEADERS);
      return sendPrepared(c, detail);
    });
}
