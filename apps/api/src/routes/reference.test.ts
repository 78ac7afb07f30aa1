import {
  checkListAnswerSchema,
  entityListAnswerSchema,
  errorAnswerSchema,
  eventListAnswerSchema,
  healthAnswerSchema,
  indicatorDetailAnswerSchema,
  indicatorListAnswerSchema,
  observationListAnswerSchema,
  readyAnswerSchema,
  sourceDetailAnswerSchema,
  sourceListAnswerSchema,
} from '@bd/core';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { OpenApiDocument } from '../reference/openapi-document.ts';
import { referencePage } from '../reference/reference-page.ts';
import { fixtureApp } from '../test-fixtures/fixture-app.ts';

let app: Awaited<ReturnType<typeof fixtureApp>>['app'];
interface Operation {
  parameters: { name: string; in: string; example?: string }[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
  'x-example': string;
}
let doc: { openapi: string; paths: Record<string, { get: Operation }>; components: { schemas: Record<string, unknown> } };
beforeAll(async () => {
  ({ app } = await fixtureApp());
  doc = (await (await app.request('/api/openapi.json')).json()) as typeof doc;
});

const ANSWER_SCHEMAS: Record<string, z.ZodType> = {
  '/api/health': healthAnswerSchema,
  '/api/ready': readyAnswerSchema,
  '/api/entities': entityListAnswerSchema,
  '/api/indicators': indicatorListAnswerSchema,
  '/api/indicators/{id}': indicatorDetailAnswerSchema,
  '/api/observations': observationListAnswerSchema,
  '/api/sources': sourceListAnswerSchema,
  '/api/sources/{id}': sourceDetailAnswerSchema,
  '/api/events': eventListAnswerSchema,
  '/api/checks': checkListAnswerSchema,
};

describe('GET /api/openapi.json', () => {
  it('is OpenAPI 3.1 with every endpoint and the core schemas as components', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual([
      '/api/health',
      '/api/ready',
      '/api/entities',
      '/api/indicators',
      '/api/indicators/{id}',
      '/api/observations',
      '/api/sources',
      '/api/sources/{id}',
      '/api/events',
      '/api/checks',
      '/api/observations.csv',
      '/api/events.csv',
      '/api/indicators.csv',
      '/api/sources.csv',
      '/api/entities.csv',
      '/api/entity-changes.csv',
      '/api/datapackage.json',
      '/api/openapi.json',
      '/api/docs',
      '/api/docs.css',
      '/api',
    ]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Observation', 'Source', 'ErrorResponse', 'IndicatorDetailResponse', 'ObservationListResponse']),
    );
  });

  it('documents the query parameters from the query schemas, and 400 and 404 answers with the error schema', () => {
    const observations = doc.paths['/api/observations']!.get;
    expect(observations.parameters.map((p) => p.name)).toEqual(['indicator', 'entity', 'source', 'from', 'to']);
    expect(doc.paths['/api/observations.csv']!.get.parameters.map((p) => p.name)).toContain('bom');
    expect(doc.paths['/api/events']!.get.parameters.map((p) => p.name)).toEqual(['type']);
    expect(observations.responses['400']?.content?.['application/json']?.schema.$ref).toBe('#/components/schemas/ErrorResponse');
    expect(doc.paths['/api/indicators/{id}']!.get.responses['404']?.content?.['application/json']?.schema.$ref).toBe(
      '#/components/schemas/ErrorResponse',
    );
    expect(doc.paths['/api/indicators/{id}']!.get.parameters[0]).toMatchObject({
      name: 'id',
      in: 'path',
      example: 'partner_localities',
    });
  });

  it('has every $ref resolve to a component', () => {
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[A-Za-z]+"/g) ?? [];
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(JSON.parse(ref).split('/').at(-1));
  });

  it.each(Object.entries(ANSWER_SCHEMAS))('has an example for %s that answers in its schema', async (path, schema) => {
    const example = doc.paths[path]!.get['x-example'];
    const res = await app.request(example);
    expect(res.status).toBe(200);
    expect(schema.safeParse(await res.json()).success).toBe(true);
  });
});

/**
 * GET routes under /api that are not endpoints of the API, and why they are left out of its document: none since
 * issue 15 documented `/api` (its redirect) and `/api/docs.css`. A route added here must say why.
 */
const NOT_ENDPOINTS: Record<string, string> = {};

/** Hono's `/api/indicators/:id` as OpenAPI's `/api/indicators/{id}`. */
const openApiPath = (path: string) => path.replace(/:([A-Za-z_]+)/g, '{$1}');

/** What the router and the document disagree on: GET routes under /api not documented, documented paths not routed. */
function disagreements(routes: readonly { method: string; path: string }[], documented: typeof doc.paths) {
  const routed = new Set(
    routes.filter((r) => r.method === 'GET' && (r.path === '/api' || r.path.startsWith('/api/'))).map((r) => openApiPath(r.path)),
  );
  return {
    undocumented: [...routed].filter((path) => !(path in documented) && !(path in NOT_ENDPOINTS)),
    notRouted: Object.keys(documented).filter((path) => !routed.has(path) || !documented[path]?.get),
  };
}

describe('the document and the router', () => {
  it('documents every GET route under /api, and nothing the router does not answer', () => {
    expect(disagreements(app.routes, doc.paths)).toEqual({ undocumented: [], notRouted: [] });
  });

  it('would name a GET route added without a description, and a described path that is gone', () => {
    const extended = new Hono().route('/', app as unknown as Hono).get('/api/extra/:id', (c) => c.text('x'));
    const gone = { ...doc.paths, '/api/gone': doc.paths['/api/health']! };
    expect(disagreements(extended.routes, gone)).toEqual({ undocumented: ['/api/extra/{id}'], notRouted: ['/api/gone'] });
  });

  it('has an example for every endpoint that answers as documented (200; 302 for the redirect of /api)', async () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const res = await app.request(item.get['x-example']);
      const documented = Number(Object.keys(item.get.responses ?? { 200: {} })[0]);
      expect([path, res.status]).toEqual([path, documented]);
    }
    expect(doc.paths['/api']?.get.responses).toHaveProperty('302');
  });
});

describe('GET /api/docs', () => {
  it('is an HTML page of every endpoint with a curl example and a link to an example answer', async () => {
    const res = await app.request('http://127.0.0.1:3000/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const page = await res.text();
    expect(page).toContain('<link rel="stylesheet" href="/api/docs.css">');
    expect(page).not.toMatch(/<script|style=|<style/i);
    for (const path of Object.keys(doc.paths)) expect(page).toContain(`<code>${path}</code>`);
    // An app made without a public address writes localhost's, whatever Host the request names (public-origin.test.ts).
    expect(page).toContain("curl -s 'http://localhost/api/indicators/partner_localities'");
    expect(page).toContain('<a href="/api/indicators/partner_localities">');
    expect(page).toContain('id="schema-Observation"');
  });

  it('escapes the origin it shows', () => {
    const page = referencePage(doc as unknown as OpenApiDocument)('http://a\'"><script>x</script>');
    expect(page).not.toContain('<script>x');
    expect(page).toContain('&lt;script&gt;');
  });

  it('serves its style sheet', async () => {
    const res = await app.request('/api/docs.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    expect(await res.text()).toContain('font-family');
  });

  it('takes no parameters', async () => {
    const res = await app.request('/api/docs?q=1');
    expect(res.status).toBe(400);
    expect(errorAnswerSchema.parse(await res.json()).issues[0]?.path).toBe('q');
  });
});
