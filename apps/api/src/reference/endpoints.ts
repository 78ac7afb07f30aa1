import {
  checkListResponseSchema,
  entityListResponseSchema,
  eventCsvQuerySchema,
  eventListResponseSchema,
  eventQuerySchema,
  healthResponseSchema,
  indicatorDetailQuerySchema,
  indicatorDetailResponseSchema,
  indicatorListResponseSchema,
  observationCsvQuerySchema,
  observationListResponseSchema,
  observationQuerySchema,
  sourceDetailResponseSchema,
  sourceListResponseSchema,
} from '@bd/core';
import type { z } from 'zod';

/** What an endpoint answers with: a JSON shape from the core schemas, or a file. */
export type EndpointAnswer =
  | { kind: 'json'; schema: z.ZodType; component: string }
  /** JSON whose shape is a published standard rather than one of ours. */
  | { kind: 'document'; standard: string }
  | { kind: 'csv'; columns: string }
  | { kind: 'html' };

/** One endpoint as the OpenAPI document and the reference page describe it. */
export interface Endpoint {
  /** OpenAPI path, with `{id}` for a path parameter. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  query?: z.ZodType & { shape: Record<string, z.ZodType> };
  /** The kind of record `{id}` names. */
  pathId?: 'indicator' | 'source';
  answer: EndpointAnswer;
  /** An example request, with ids from the data filled in by `examples`. */
  example: (examples: EndpointExamples) => string;
}

export interface EndpointExamples {
  indicator: string;
  entity: string;
  source: string;
  from: string;
  to: string;
}

const json = (schema: z.ZodType, component: string): EndpointAnswer => ({ kind: 'json', schema, component });

/** Every endpoint of the API, in the order the reference lists them. */
export const ENDPOINTS: Endpoint[] = [
  {
    path: '/api/health',
    operationId: 'getHealth',
    tag: 'Service',
    summary: 'Status and data version',
    description:
      'The version of the data (a hash of the data files, which changes whenever they do), when it was loaded, and how many records of each kind it holds.',
    answer: json(healthResponseSchema, 'HealthResponse'),
    example: () => '/api/health',
  },
  {
    path: '/api/entities',
    operationId: 'listEntities',
    tag: 'Data',
    summary: 'Places described',
    description: 'The places the indicators describe, e.g. binh-duong.',
    answer: json(entityListResponseSchema, 'EntityListResponse'),
    example: () => '/api/entities',
  },
  {
    path: '/api/indicators',
    operationId: 'listIndicators',
    tag: 'Data',
    summary: 'Indicators',
    description: 'Every indicator with its number of observations and the period ends of its first and last one.',
    answer: json(indicatorListResponseSchema, 'IndicatorListResponse'),
    example: () => '/api/indicators',
  },
  {
    path: '/api/indicators/{id}',
    operationId: 'getIndicator',
    tag: 'Data',
    summary: 'One indicator with its series',
    description:
      'The indicator, its observations sorted by period end, and the articles they cite; `entity` keeps the series of those places only.',
    pathId: 'indicator',
    query: indicatorDetailQuerySchema,
    answer: json(indicatorDetailResponseSchema, 'IndicatorDetailResponse'),
    example: (e) => `/api/indicators/${e.indicator}`,
  },
  {
    path: '/api/observations',
    operationId: 'listObservations',
    tag: 'Data',
    summary: 'Observations, filtered',
    description:
      'Observations with their provenance. A period matches from when it ends on or after it, and to when it starts on or before it. An id that names nothing is a 400.',
    query: observationQuerySchema,
    answer: json(observationListResponseSchema, 'ObservationListResponse'),
    example: (e) => `/api/observations?indicator=${e.indicator}&from=${e.from}&to=${e.to}`,
  },
  {
    path: '/api/sources',
    operationId: 'listSources',
    tag: 'Data',
    summary: 'Articles',
    description: 'Every article the data comes from, by publication date, with the number of observations and events it backs.',
    answer: json(sourceListResponseSchema, 'SourceListResponse'),
    example: () => '/api/sources',
  },
  {
    path: '/api/sources/{id}',
    operationId: 'getSource',
    tag: 'Data',
    summary: 'One article and what it backs',
    description: 'The article with every observation and event that cites it.',
    pathId: 'source',
    answer: json(sourceDetailResponseSchema, 'SourceDetailResponse'),
    example: (e) => `/api/sources/${e.source}`,
  },
  {
    path: '/api/events',
    operationId: 'listEvents',
    tag: 'Data',
    summary: 'Named events',
    description: 'Partner localities, conferences, agreements, awards and memberships the articles name, in date order.',
    query: eventQuerySchema,
    answer: json(eventListResponseSchema, 'EventListResponse'),
    example: () => '/api/events?type=partner_locality,agreement',
  },
  {
    path: '/api/checks',
    operationId: 'listChecks',
    tag: 'Data',
    summary: 'Where the sources do not add up',
    description:
      'Every place the articles disagree, derived from the data: a count that falls between two articles, two values for one period, "nearly" and "more than" the same figure, and stated counts that the items the articles name fall short of. Each check has the records side by side, the articles involved and a sentence in English and Vietnamese.',
    answer: json(checkListResponseSchema, 'CheckListResponse'),
    example: () => '/api/checks',
  },
  {
    path: '/api/observations.csv',
    operationId: 'downloadObservationsCsv',
    tag: 'Downloads',
    summary: 'Observations as CSV',
    description:
      "The observations /api/observations selects, as RFC 4180 CSV (UTF-8, CRLF line ends) with the full provenance of each value: its article, whether the article's date is estimated and its language, and its words. `lang=vi` names the indicators in Vietnamese. Text a spreadsheet would run as a formula starts with an apostrophe.",
    query: observationCsvQuerySchema,
    answer: { kind: 'csv', columns: 'observations' },
    example: (e) => `/api/observations.csv?indicator=${e.indicator}&bom=1`,
  },
  {
    path: '/api/events.csv',
    operationId: 'downloadEventsCsv',
    tag: 'Downloads',
    summary: 'Events as CSV',
    description: 'The events /api/events selects, as CSV with the provenance of each.',
    query: eventCsvQuerySchema,
    answer: { kind: 'csv', columns: 'events' },
    example: () => '/api/events.csv',
  },
  {
    path: '/api/datapackage.json',
    operationId: 'getDataPackage',
    tag: 'Downloads',
    summary: 'Frictionless Data Package',
    description:
      'A Tabular Data Package describing observations.csv and events.csv: every column with its type, description and allowed values.',
    answer: { kind: 'document', standard: 'Frictionless Tabular Data Package v1' },
    example: () => '/api/datapackage.json',
  },
  {
    path: '/api/openapi.json',
    operationId: 'getOpenApi',
    tag: 'Service',
    summary: 'This API as OpenAPI 3.1',
    description: 'Generated from the same zod schemas that validate the queries and shape the answers.',
    answer: { kind: 'document', standard: 'OpenAPI 3.1' },
    example: () => '/api/openapi.json',
  },
  {
    path: '/api/docs',
    operationId: 'getReference',
    tag: 'Service',
    summary: 'This reference page',
    description: 'The OpenAPI document as a page to read.',
    answer: { kind: 'html' },
    example: () => '/api/docs',
  },
];

/** What each query parameter means; the schema says what it accepts. */
export const PARAMETER_DESCRIPTIONS: Record<string, string> = {
  indicator: 'Indicator ids, comma-separated (see /api/indicators)',
  entity: 'Entity ids, comma-separated (see /api/entities)',
  source: 'Source ids, comma-separated (see /api/sources)',
  from: 'Keep periods ending on or after this date: YYYY, YYYY-MM or YYYY-MM-DD (from its first day)',
  to: 'Keep periods starting on or before this date: YYYY, YYYY-MM or YYYY-MM-DD (to its last day)',
  type: 'Event types, comma-separated: partner_locality, conference, agreement, award, membership',
  bom: '1 or true: start the file with a UTF-8 byte order mark, so Excel reads it as UTF-8',
  lang: 'Language of the indicator names: en (the default) or vi',
};
