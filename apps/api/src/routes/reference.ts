import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { type Answer, documentAnswer, etagFor, send, sendPrepared, textAnswer } from '../http/answer.ts';
import type { OriginOf } from '../http/public-origin.ts';
import { validate } from '../http/validate-query.ts';
import { describeEndpoint } from '../reference/describe-endpoint.ts';
import { openApiDocument } from '../reference/openapi-document.ts';
import { referencePage } from '../reference/reference-page.ts';
import { noQuerySchema } from './request-schemas.ts';

const DOCS_CSS = readFileSync(new URL('../reference/docs.css', import.meta.url), 'utf8');

/** The OpenAPI document as an answer, and the reference page generated from it for an origin. */
interface Reference {
  openapi: Answer;
  page: (origin: string) => string;
}

/**
 * `GET /api/openapi.json`, `GET /api/docs` (the reference page generated from it) and `GET /api/docs.css`.
 * The document is generated from the routes of `app()`, the whole app this router is part of: so it is made on
 * the first request (the app does not exist yet when its routers are made), then kept for the data version.
 */
export function referenceRoutes(data: DatasetIndex, app: () => Hono, originOf: OriginOf) {
  let reference: Promise<Reference> | undefined;
  const prepared = () =>
    (reference ??= openApiDocument(app(), data.version).then((document) => ({
      openapi: documentAnswer(document, data.version, 'openapi.json'),
      page: referencePage(document),
    })));
  const css = textAnswer(DOCS_CSS, etagFor(data.version, 'docs.css'), { 'Content-Type': 'text/css; charset=utf-8' });
  return new Hono()
    .get(
      '/openapi.json',
      describeEndpoint(data, {
        operationId: 'getOpenApi',
        tag: 'Service',
        summary: 'This API as OpenAPI 3.1',
        description: 'Generated from the same zod schemas that validate the queries and shape the answers.',
        answer: { kind: 'document', standard: 'OpenAPI 3.1' },
        example: () => '/api/openapi.json',
      }),
      validate('query', noQuerySchema),
      async (c) => sendPrepared(c, (await prepared()).openapi),
    )
    .get(
      '/docs',
      describeEndpoint(data, {
        operationId: 'getReference',
        tag: 'Service',
        summary: 'This reference page',
        description: 'The OpenAPI document as a page to read.',
        answer: { kind: 'html' },
        example: () => '/api/docs',
      }),
      validate('query', noQuerySchema),
      async (c) => {
        const { openapi, page } = await prepared();
        const origin = originOf(c);
        const etag = etagFor(data.version, `docs ${origin} ${openapi.etag}`);
        return send(c, etag, () => textAnswer(page(origin), etag, { 'Content-Type': 'text/html; charset=utf-8' }));
      },
    )
    .get(
      '/docs.css',
      describeEndpoint(data, {
        operationId: 'getReferenceStyles',
        tag: 'Service',
        summary: 'The style sheet of the reference page',
        description: 'Served from this server, so the reference page loads nothing from elsewhere.',
        answer: { kind: 'css' },
        example: () => '/api/docs.css',
      }),
      validate('query', noQuerySchema),
      (c) => send(c, css.etag, css),
    )
    .get(
      '/',
      describeEndpoint(data, {
        operationId: 'getApiRoot',
        tag: 'Service',
        summary: 'The API root: a redirect to this reference page',
        description: 'Sends a reader who opens /api to /api/docs.',
        answer: { kind: 'redirect', to: '/api/docs' },
        example: () => '/api',
      }),
      validate('query', noQuerySchema),
      (c) => c.redirect('/api/docs', 302),
    );
}
