import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { documentAnswer, etagFor, send, sendPrepared, textAnswer } from '../http/answer.ts';
import { validate } from '../http/validate-query.ts';
import type { EndpointExamples } from '../reference/endpoints.ts';
import { openApiDocument } from '../reference/openapi-document.ts';
import { referencePage } from '../reference/reference-page.ts';
import { noQuerySchema } from './request-schemas.ts';

const DOCS_CSS = readFileSync(new URL('../reference/docs.css', import.meta.url), 'utf8');

/** Ids from the data for the examples, so every example link answers 200. */
function examplesFrom(data: DatasetIndex): EndpointExamples {
  const first = data.observations[0];
  // The series order ends with the latest period end: no need to look through every observation.
  const latest = first && data.series.get(first.indicator)?.all.at(-1);
  return {
    indicator: first?.indicator ?? data.dataset.indicators[0]?.id ?? 'partner_localities',
    entity: first?.entity ?? data.dataset.entities[0]?.id ?? 'binh-duong',
    source: first?.source ?? data.dataset.sources[0]?.id ?? 'portal-2024-01-24-consular-meeting',
    from: first?.period_end.slice(0, 4) ?? '2019',
    to: latest?.period_end.slice(0, 4) ?? '2024',
  };
}

/** `GET /api/openapi.json`, `GET /api/docs` (the reference page generated from it) and `GET /api/docs.css`. */
export function referenceRoutes(data: DatasetIndex) {
  const document = openApiDocument(examplesFrom(data), data.version);
  const openapi = documentAnswer(document, data.version, 'openapi.json');
  const page = referencePage(document);
  const css = textAnswer(DOCS_CSS, etagFor(data.version, 'docs.css'), { 'Content-Type': 'text/css; charset=utf-8' });
  return new Hono()
    .get('/openapi.json', validate('query', noQuerySchema), (c) => sendPrepared(c, openapi))
    .get('/docs', validate('query', noQuerySchema), (c) => {
      const origin = new URL(c.req.url).origin;
      const etag = etagFor(data.version, `docs ${origin} ${openapi.etag}`);
      return send(c, etag, () => textAnswer(page(origin), etag, { 'Content-Type': 'text/html; charset=utf-8' }));
    })
    .get('/docs.css', (c) => send(c, css.etag, css));
}
