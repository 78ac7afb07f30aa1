import {
  bilingualTextSchema,
  checkSchema,
  entitySchema,
  errorResponseSchema,
  eventSchema,
  indicatorSchema,
  indicatorSummarySchema,
  observationSchema,
  sourceSchema,
  sourceSummarySchema,
} from '@bd/core';
import { z } from 'zod';
import { ENDPOINTS, type Endpoint, type EndpointExamples, PARAMETER_DESCRIPTIONS } from './endpoints.ts';

type JsonSchema = Record<string, unknown>;

const ref = (component: string) => ({ $ref: `#/components/schemas/${component}` });

/** Every schema the answers are built of, each once under `components.schemas`, referenced from the rest. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  const shared: [z.ZodType, string][] = [
    [bilingualTextSchema, 'BilingualText'],
    [entitySchema, 'Entity'],
    [indicatorSchema, 'Indicator'],
    [indicatorSummarySchema, 'IndicatorSummary'],
    [observationSchema, 'Observation'],
    [sourceSchema, 'Source'],
    [sourceSummarySchema, 'SourceSummary'],
    [eventSchema, 'Event'],
    [checkSchema, 'Check'],
    [errorResponseSchema, 'ErrorResponse'],
  ];
  for (const [schema, id] of shared) registry.add(schema, { id });
  for (const endpoint of ENDPOINTS) {
    if (endpoint.answer.kind === 'json') registry.add(endpoint.answer.schema, { id: endpoint.answer.component });
  }
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'output',
    unrepresentable: 'any',
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema as JsonSchema]),
  );
}

function parameters(endpoint: Endpoint, examples: EndpointExamples) {
  const path = endpoint.pathId
    ? [
        {
          name: 'id',
          in: 'path',
          required: true,
          description: `Id of the ${endpoint.pathId} (see /api/${endpoint.pathId}s)`,
          schema: { type: 'string' },
          example: examples[endpoint.pathId],
        },
      ]
    : [];
  const query = Object.entries(endpoint.query?.shape ?? {}).map(([name, schema]) => {
    const { $schema: _s, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    const example = { ...examples, type: 'partner_locality', bom: '1', lang: 'vi' }[name];
    return {
      name,
      in: 'query',
      required: !schema.safeParse(undefined).success,
      description: PARAMETER_DESCRIPTIONS[name] ?? '',
      schema: json,
      ...(example === undefined ? {} : { example }),
    };
  });
  return [...path, ...query];
}

function successContent(endpoint: Endpoint) {
  const answer = endpoint.answer;
  switch (answer.kind) {
    case 'json':
      return { 'application/json': { schema: ref(answer.component) } };
    case 'document':
      return { 'application/json': { schema: { type: 'object', description: answer.standard } } };
    case 'csv':
      return {
        'text/csv': {
          schema: {
            type: 'string',
            description: `RFC 4180 CSV; columns described by /api/datapackage.json (resource "${answer.columns}")`,
          },
        },
      };
    case 'html':
      return { 'text/html': { schema: { type: 'string' } } };
  }
}

function responses(endpoint: Endpoint) {
  const error = (description: string) => ({ description, content: { 'application/json': { schema: ref('ErrorResponse') } } });
  return {
    200: {
      description: endpoint.summary,
      headers: { ETag: { schema: { type: 'string' }, description: 'Changes when the data does' } },
      content: successContent(endpoint),
    },
    304: { description: 'Not modified: the If-None-Match header names the current ETag' },
    400: error('Invalid query: an unknown parameter, a value of the wrong form, or an id that names nothing'),
    ...(endpoint.pathId ? { 404: error(`No ${endpoint.pathId} with that id`) } : {}),
  };
}

/** The OpenAPI 3.1 document of the API, generated from the core zod schemas; `examples` are ids from the data. */
export function openApiDocument(examples: EndpointExamples, dataVersion: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Binh Duong foreign relations and investment API',
      version: '1.0.0',
      description: `Indicators of Binh Duong province (Vietnam) where every value cites the article it comes from. Answers carry an ETag and may be cached for 60 seconds. Data version ${dataVersion}.`,
    },
    tags: [
      { name: 'Data', description: 'Indicators, observations, events and the articles they come from' },
      { name: 'Downloads', description: 'CSV files and their Data Package' },
      { name: 'Service', description: 'Status and this reference' },
    ],
    paths: Object.fromEntries(
      ENDPOINTS.map((endpoint) => [
        endpoint.path,
        {
          get: {
            operationId: endpoint.operationId,
            tags: [endpoint.tag],
            summary: endpoint.summary,
            description: endpoint.description,
            parameters: parameters(endpoint, examples),
            responses: responses(endpoint),
            'x-example': endpoint.example(examples),
          },
        },
      ]),
    ),
    components: { schemas: componentSchemas() },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
