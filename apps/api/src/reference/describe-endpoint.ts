import { errorAnswerSchema, eventTypeSchema } from '@bd/core';
import { type DescribeRouteOptions, describeRoute } from 'hono-openapi';
import { z } from 'zod';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { answerSchema } from './answer-schemas.ts';

/** What an endpoint answers with: a JSON shape from the core schemas, or a file. */
export type EndpointAnswer =
  | { kind: 'json'; schema: z.ZodType; component: string }
  /** JSON whose shape is a published standard rather than one of ours. */
  | { kind: 'document'; standard: string }
  | { kind: 'csv'; columns: string }
  | { kind: 'html' }
  /** A style sheet, of the reference page. */
  | { kind: 'css' }
  /** No content of its own: a 302 to another address. */
  | { kind: 'redirect'; to: string };

/** One endpoint as the route that answers it describes it; the path is the route's own. */
export interface Endpoint {
  operationId: string;
  tag: 'Data' | 'Downloads' | 'Service';
  summary: string;
  description: string;
  query?: z.ZodType & { shape: Record<string, z.ZodType> };
  /** The kind of record `{id}` names. */
  pathId?: 'indicator' | 'source';
  answer: EndpointAnswer;
  /** The answer is the process's state at the moment: no ETag, no 304, `Cache-Control: no-store`. */
  uncached?: true;
  /** When the endpoint answers 503 with the same shape, and why. */
  unavailable?: string;
  /** An example request, with ids from the data filled in by `examples`. */
  example: (examples: EndpointExamples) => string;
}

/** Ids from the data for the examples, so every example link answers 200. */
export interface EndpointExamples {
  indicator: string;
  entity: string;
  source: string;
  from: string;
  to: string;
}

type Parameter = Exclude<NonNullable<DescribeRouteOptions['parameters']>[number], { $ref: string }>;
type Content = NonNullable<Exclude<NonNullable<DescribeRouteOptions['responses']>[string], { $ref: string }>['content']>;

/** What each query parameter means; the schema says what it accepts. */
const PARAMETER_DESCRIPTIONS: Record<string, string> = {
  indicator: 'Indicator ids, comma-separated (see /api/indicators)',
  entity: 'Entity ids, comma-separated (see /api/entities)',
  source: 'Source ids, comma-separated (see /api/sources)',
  from: 'Keep periods ending on or after this date: YYYY, YYYY-MM or YYYY-MM-DD (from its first day)',
  to: 'Keep periods starting on or before this date: YYYY, YYYY-MM or YYYY-MM-DD (to its last day)',
  type: `Event types, comma-separated: ${eventTypeSchema.options.join(', ')}`,
  bom: '1 or true: start the file with a UTF-8 byte order mark, so Excel reads it as UTF-8',
  lang: 'Language of the indicator names: en (the default) or vi',
};

/** An answer in one of the core schemas, written once in the document as the component `component`. */
export const json = (schema: z.ZodType, component: string): EndpointAnswer => ({ kind: 'json', schema, component });

/** Ids from the data for the examples; the series order ends with the latest period end, so no scan is needed. */
function examplesFrom(data: DatasetIndex): EndpointExamples {
  const first = data.observations[0];
  const latest = first && data.series.get(first.indicator)?.all.at(-1);
  return {
    indicator: first?.indicator ?? data.dataset.indicators[0]?.id ?? 'partner_localities',
    entity: first?.entity ?? data.dataset.entities[0]?.id ?? 'binh-duong',
    source: first?.source ?? data.dataset.sources[0]?.id ?? 'portal-2024-01-24-consular-meeting',
    from: first?.period_end.slice(0, 4) ?? '2019',
    to: latest?.period_end.slice(0, 4) ?? '2024',
  };
}

function parameters(endpoint: Endpoint, examples: EndpointExamples): Parameter[] {
  const path = endpoint.pathId
    ? [
        {
          name: 'id',
          in: 'path',
          required: true,
          description: `Id of the ${endpoint.pathId} (see /api/${endpoint.pathId}s)`,
          schema: { type: 'string' as const },
          example: examples[endpoint.pathId],
        },
      ]
    : [];
  const query = Object.entries(endpoint.query?.shape ?? {}).map(([name, schema]) => {
    const { $schema: _s, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    const example = { ...examples, type: 'partner_locality', bom: '1', lang: 'vi' }[name];
    return {
      name,
      in: 'query',
      required: !schema.safeParse(undefined).success,
      description: PARAMETER_DESCRIPTIONS[name] ?? '',
      // zod's JSON Schema type and openapi-types' SchemaObject are two typings of one thing.
      schema: json as Parameter['schema'],
      ...(example === undefined ? {} : { example }),
    };
  });
  return [...path, ...query];
}

function successContent(answer: EndpointAnswer): Content {
  switch (answer.kind) {
    case 'json':
      return { 'application/json': { schema: answerSchema(answer.schema, answer.component) } };
    case 'document':
      return { 'application/json': { schema: { type: 'object' as const, description: answer.standard } } };
    case 'csv':
      return {
        'text/csv': {
          schema: {
            type: 'string' as const,
            description: `RFC 4180 CSV; columns described by /api/datapackage.json (resource "${answer.columns}")`,
          },
        },
      };
    case 'html':
      return { 'text/html': { schema: { type: 'string' as const } } };
    case 'css':
      return { 'text/css': { schema: { type: 'string' as const } } };
    case 'redirect':
      return {};
  }
}

function responses(endpoint: Endpoint): NonNullable<DescribeRouteOptions['responses']> {
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema: answerSchema(errorAnswerSchema, 'ErrorResponse') } },
  });
  if (endpoint.answer.kind === 'redirect') {
    return {
      302: {
        description: endpoint.summary,
        headers: { Location: { schema: { type: 'string' as const }, description: endpoint.answer.to } },
      },
      400: error('Invalid query: this address takes no parameters'),
    };
  }
  const content = successContent(endpoint.answer);
  if (endpoint.uncached) {
    return {
      200: {
        description: endpoint.summary,
        headers: { 'Cache-Control': { schema: { type: 'string' as const }, description: 'no-store' } },
        content,
      },
      ...(endpoint.unavailable ? { 503: { description: endpoint.unavailable, content } } : {}),
      400: error('Invalid query: this address takes no parameters'),
    };
  }
  return {
    200: {
      description: endpoint.summary,
      headers: { ETag: { schema: { type: 'string' as const }, description: 'Changes when the data does' } },
      content,
    },
    304: { description: 'Not modified: the If-None-Match header names the current ETag' },
    400: error('Invalid query: an unknown parameter, a value of the wrong form, or an id that names nothing'),
    ...(endpoint.pathId ? { 404: error(`No ${endpoint.pathId} with that id`) } : {}),
  };
}

/** The OpenAPI operation of an endpoint, with examples from the data. */
function operation(endpoint: Endpoint, examples: EndpointExamples): DescribeRouteOptions & { 'x-example': string } {
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: endpoint.description,
    parameters: parameters(endpoint, examples),
    responses: responses(endpoint),
    'x-example': endpoint.example(examples),
  };
}

/**
 * hono-openapi's `describeRoute` for an endpoint: put before the route's handlers, it is how the OpenAPI document
 * and the reference page learn of the route (openapi-document.ts walks the app's routes for it). It describes
 * rather than validates, so the handlers keep our zod validator and its error answers, and may send prepared bytes.
 */
export function describeEndpoint(data: DatasetIndex, endpoint: Endpoint) {
  return describeRoute(operation(endpoint, examplesFrom(data)));
}
