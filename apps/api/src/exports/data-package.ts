import { byPublication, type DatasetIndex } from '../data/dataset-index.ts';
import { eventTableFields, observationTableFields, type TableField } from './table-schemas.ts';

/** How the CSV files are written: RFC 4180 with CRLF line ends and a header row. */
const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

function tableResource(name: string, title: string, description: string, fields: TableField[]) {
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
    schema: { fields, missingValues: [''] },
  };
}

/**
 * A Frictionless Tabular Data Package describing `/api/observations.csv` and `/api/events.csv` (paths relative to
 * this document) with the articles they come from. No licence is stated: the articles' terms are not known.
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
    resources: [
      tableResource(
        'observations',
        'Observations',
        'One value of one indicator for one place over one period, with its source',
        observationTableFields,
      ),
      tableResource(
        'events',
        'Events',
        'Dated facts the sources name: partner localities, conferences, agreements, awards, memberships, administrative changes',
        eventTableFields,
      ),
    ],
  };
}
