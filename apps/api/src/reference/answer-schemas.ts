import {
  bilingualTextSchema,
  checkSchema,
  entitySchema,
  errorAnswerSchema,
  eventSchema,
  indicatorSchema,
  indicatorSummarySchema,
  observationSchema,
  sourceSchema,
  sourceSummarySchema,
} from '@bd/core';
import { resolver } from 'hono-openapi';
import { z } from 'zod';

/** The schemas answers are built of: each becomes one component, which the answers that contain it reference. */
const SHARED: readonly [z.ZodType, string][] = [
  [bilingualTextSchema, 'BilingualText'],
  [entitySchema, 'Entity'],
  [indicatorSchema, 'Indicator'],
  [indicatorSummarySchema, 'IndicatorSummary'],
  [observationSchema, 'Observation'],
  [sourceSchema, 'Source'],
  [sourceSummarySchema, 'SourceSummary'],
  [eventSchema, 'Event'],
  [checkSchema, 'Check'],
  [errorAnswerSchema, 'ErrorResponse'],
];

/** Components by answer schema: they depend on the schemas alone, so each answer's are converted once a process. */
const converted = new WeakMap<z.ZodType, Record<string, Record<string, unknown>>>();

/** The shared schemas and `answer`, as OpenAPI components, their references to each other by `$ref`. */
function componentSchemas(answer: z.ZodType, component: string): Record<string, Record<string, unknown>> {
  const kept = converted.get(answer);
  if (kept) return kept;
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of SHARED) registry.add(schema, { id });
  if (!registry.has(answer)) registry.add(answer, { id: component });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'output',
    unrepresentable: 'any',
  });
  const components = Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
  converted.set(answer, components);
  return components;
}

/**
 * A zod schema as hono-openapi's resolver for a response: a `$ref` to its component, with the components it is
 * made of. hono-openapi's own resolver would inline every schema in every answer; the reference page links the
 * components by name, so each is written once.
 */
export function answerSchema(schema: z.ZodType, component: string) {
  const resolved = resolver(schema);
  const toOpenAPISchema = async () =>
    ({
      schema: { $ref: `#/components/schemas/${component}` },
      components: { schemas: componentSchemas(schema, component) },
    }) as Awaited<ReturnType<typeof resolved.toOpenAPISchema>>;
  return { ...resolved, toOpenAPISchema };
}
