import { byPublication, type DatasetIndex } from '../data/dataset-index.ts';
import { LOOKUP_TABLES } from './lookup-tables.ts';
import { eventTableFields, foreignKey, observationTableFields, type TableDescription } from './table-schemas.ts';

/** How the CSV files are written: RFC 4180 with CRLF line ends and a header row. */
const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

const toEntities = foreignKey('entity_id', 'entities');
const toSources = foreignKey('source_id', 'sources');

/** observations.csv and events.csv, with the ids they name resolving in the lookup tables. */
const RECORD_TABLES: TableDescription[] = [
  {
    name: 'observations',
    title: 'Observations',
    description: 'One value of one indicator for one place over one period, with its source',
    fields: observationTableFields,
    primaryKey: ['id'],
    foreignKeys: [foreignKey('indicator_id', 'indicators'), toEntities, toSources],
  },
  {
    name: 'events',
    title: 'Events',
    description:
      'Dated facts the sources name: partner localities, conferences, agreements, awards, memberships, administrative changes',
    fields: eventTableFields,
    primaryKey: ['event_id'],
    foreignKeys: [toEntities, toSources],
  },
];

function tableResource({ name, title, description, fields, primaryKey, foreignKeys }: TableDescription) {
  return {
    name,
    path: `${name}.csv`,
    profile: 'tabular-data-resource',
    title,
    description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: CSV_DIALECT,
    schema: { fields, missingValues: [''], primaryKey, ...(foreignKeys.length > 0 ? { foreignKeys } : {}) },
  };
}

/**
 * A Frictionless Tabular Data Package describing `/api/observations.csv`, `/api/events.csv` and the lookup tables
 * their ids resolve in (paths relative to this document), with the articles they come from. No licence is stated:
 * the articles' terms are not known.
 */
export function dataPackage(data: DatasetIndex) {
  return {
    profile: 'tabular-data-package',
    name: 'binh-duong-foreign-relations',
    title: 'Binh Duong province: foreign relations and investment',
    description:
      'Indicators of Binh Duong province (Vietnam): partner localities, foreign direct investment, conferences, agreements and awards. Every value cites the article it comes from, with its own words.',
    version: data.version,
    sources: [...data.dataset.sources]
      .sort(byPublication)
      .map((s) => ({ title: `${s.title} (${s.publisher}, ${s.published})`, ...(s.url ? { path: s.url } : {}) })),
    resources: [...RECORD_TABLES, ...LOOKUP_TABLES].map(tableResource),
  };
}
