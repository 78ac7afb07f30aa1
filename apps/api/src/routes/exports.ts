import { eventCsvQuerySchema, type Locale, observationCsvQuerySchema } from '@bd/core';
import { type Context, Hono } from 'hono';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { CSV_HEADER } from '../exports/csv.ts';
import { eventsCsv, lookupTableCsv, observationsCsv } from '../exports/csv-answers.ts';
import { eventsCsvFilename, lookupTableFilename, observationsCsvFilename } from '../exports/csv-filename.ts';
import { dataPackage } from '../exports/data-package.ts';
import { EVENT_CSV_HEADER } from '../exports/events-csv.ts';
import { LOOKUP_TABLES, type LookupTable } from '../exports/lookup-tables.ts';
import { type Answer, documentAnswer, etagFor, type StreamedAnswer, send, sendPrepared } from '../http/answer.ts';
import { ERROR_HEADERS, errorBody } from '../http/errors.ts';
import { validate } from '../http/validate-query.ts';
import { describeEndpoint } from '../reference/describe-endpoint.ts';
import { eventFilterKey, filterEvents } from './events.ts';
import { filterKey, isUnfiltered, selectObservations, unknownFilterIds } from './observation-filter.ts';
import { lookupTableQuerySchema, noQuerySchema } from './request-schemas.ts';
import type { RouteLimits } from './route-limits.ts';

const sendFile = (c: Context, answer: Answer | StreamedAnswer) => send(c, answer.etag, answer);

/** How a CSV file is written: with or without a byte order mark, and the language of the indicator names. */
interface CsvOptions {
  bom: boolean;
  lang: Locale;
}

/**
 * What a CSV answer's ETag is made from: its columns (so a client holding a file with other columns gets the new
 * one, though the data is the same), its options and its filter.
 */
const observationsKey = ({ bom, lang }: CsvOptions, filter: string) =>
  `observations.csv?columns=${CSV_HEADER.join(',')}&bom=${bom}&lang=${lang}&${filter}`;
const eventsKey = (bom: boolean, filter: string) => `events.csv?columns=${EVENT_CSV_HEADER.join(',')}&bom=${bom}&${filter}`;
const lookupTableKey = (table: LookupTable, bom: boolean) =>
  `${table.name}.csv?columns=${table.fields.map((f) => f.name).join(',')}&bom=${bom}`;

/** `entity-changes` as `EntityChanges`, for an operation id. */
const pascalCase = (name: string) => name.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * `GET /api/<table>.csv` for each lookup table (indicators, sources, entities, entity-changes): small files, each
 * prepared with and without a byte order mark once per data version.
 */
function lookupTableRoutes(data: DatasetIndex, routes: Hono) {
  for (const table of LOOKUP_TABLES) {
    const [plain, withBom] = [false, true].map((bom) =>
      lookupTableCsv(data, table, {
        bom,
        etag: etagFor(data.version, lookupTableKey(table, bom)),
        filename: lookupTableFilename(table.name),
      }),
    ) as [Answer, Answer];
    routes.get(
      `/${table.name}.csv`,
      describeEndpoint(data, {
        operationId: `download${pascalCase(table.name)}Csv`,
        tag: 'Downloads',
        summary: `${table.title} as CSV`,
        description: `${table.description}: one row per record, as CSV with a header (the ids observations.csv and events.csv name resolve here).`,
        query: lookupTableQuerySchema,
        answer: { kind: 'csv', columns: table.name },
        example: () => `/api/${table.name}.csv`,
      }),
      validate('query', lookupTableQuerySchema),
      (c) => sendFile(c, c.req.valid('query').bom ? withBom : plain),
    );
  }
  return routes;
}

/** One answer per combination of options, built when first asked for and then kept for the data version. */
function byOptions<T>(build: (options: CsvOptions) => T): (options: CsvOptions) => T {
  const answers = new Map<string, T>();
  return (options) => {
    const key = `${options.bom} ${options.lang}`;
    const kept = answers.get(key);
    if (kept !== undefined) return kept;
    const answer = build(options);
    answers.set(key, answer);
    return answer;
  };
}

/**
 * `GET /api/observations.csv`, `GET /api/events.csv`, the lookup tables' CSV files and `GET /api/datapackage.json`
 * (which describes them all).
 * The unfiltered files are prepared once per data version (a large observations file is streamed from the index
 * instead); a filtered selection is built per request.
 */
export function exportRoutes(data: DatasetIndex, limits: RouteLimits) {
  const allObservations = byOptions((options) =>
    observationsCsv(data, data.observations, {
      ...options,
      etag: etagFor(data.version, observationsKey(options, filterKey({}))),
      filename: observationsCsvFilename({}, options.lang),
      limit: limits.preparedLimit,
    }),
  );
  const [allEvents, allEventsWithBom] = [false, true].map((bom) =>
    eventsCsv(data, data.events, {
      bom,
      etag: etagFor(data.version, eventsKey(bom, eventFilterKey({}))),
      filename: eventsCsvFilename(undefined),
    }),
  ) as [Answer, Answer];
  const datapackage = documentAnswer(dataPackage(data), data.version, 'datapackage.json');

  const files = new Hono()
    .get(
      '/observations.csv',
      describeEndpoint(data, {
        operationId: 'downloadObservationsCsv',
        tag: 'Downloads',
        summary: 'Observations as CSV',
        description:
          "The observations /api/observations selects, as RFC 4180 CSV (UTF-8, CRLF line ends) with the full provenance of each value: its article, whether the article's date is estimated and its language, and its words. `lang=vi` names the indicators in Vietnamese. Text a spreadsheet would run as a formula starts with an apostrophe.",
        query: observationCsvQuerySchema,
        answer: { kind: 'csv', columns: 'observations' },
        example: (e) => `/api/observations.csv?indicator=${e.indicator}&bom=1`,
      }),
      validate('query', observationCsvQuerySchema),
      (c) => {
        const { bom, lang, ...filter } = c.req.valid('query');
        const unknown = unknownFilterIds(filter, data);
        if (unknown.length > 0) return c.json(errorBody('Invalid query', unknown), 400, ERROR_HEADERS);
        if (isUnfiltered(filter)) return sendFile(c, allObservations({ bom, lang }));
        const etag = etagFor(data.version, observationsKey({ bom, lang }, filterKey(filter)));
        return send(c, etag, () =>
          observationsCsv(data, selectObservations(data, filter), {
            bom,
            lang,
            etag,
            filename: observationsCsvFilename(filter, lang),
            limit: limits.preparedLimit,
          }),
        );
      },
    )
    .get(
      '/events.csv',
      describeEndpoint(data, {
        operationId: 'downloadEventsCsv',
        tag: 'Downloads',
        summary: 'Events as CSV',
        description: 'The events /api/events selects, as CSV with the provenance of each.',
        query: eventCsvQuerySchema,
        answer: { kind: 'csv', columns: 'events' },
        example: () => '/api/events.csv',
      }),
      validate('query', eventCsvQuerySchema),
      (c) => {
        const { bom, ...query } = c.req.valid('query');
        if (query.type === undefined) return sendFile(c, bom ? allEventsWithBom : allEvents);
        const etag = etagFor(data.version, eventsKey(bom, eventFilterKey(query)));
        return send(c, etag, () =>
          eventsCsv(data, filterEvents(data.events, query), { bom, etag, filename: eventsCsvFilename(query.type) }),
        );
      },
    );
  lookupTableRoutes(data, files);
  return files.get(
    '/datapackage.json',
    describeEndpoint(data, {
      operationId: 'getDataPackage',
      tag: 'Downloads',
      summary: 'Frictionless Data Package',
      description:
        'A Tabular Data Package describing observations.csv, events.csv and the lookup tables their ids resolve in (indicators.csv, sources.csv, entities.csv, entity-changes.csv): every column with its type, description and allowed values, each table with its primary key and foreign keys.',
      answer: { kind: 'document', standard: 'Frictionless Tabular Data Package v1' },
      example: () => '/api/datapackage.json',
    }),
    validate('query', noQuerySchema),
    (c) => sendPrepared(c, datapackage),
  );
}
