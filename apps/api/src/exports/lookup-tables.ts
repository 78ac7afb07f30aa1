import {
  type Entity,
  type EntityChange,
  entityChangeHowSchema,
  entityKindSchema,
  type Indicator,
  indicatorKindSchema,
  type Source,
  unitSchema,
} from '@bd/core';
import { byPublication, type DatasetIndex } from '../data/dataset-index.ts';
import { textCell } from './csv.ts';
import { type FieldSpec, foreignKey, required, type TableDescription } from './table-schemas.ts';

/** One column of a lookup table: its Table Schema field and its cell for a record. */
interface Column<R> {
  name: string;
  field: FieldSpec;
  cell: (record: R) => string;
}

/**
 * A table of the records that observations.csv and events.csv name by id, one row per record, served as
 * `/api/<name>.csv` and described in the Data Package with its keys.
 */
export interface LookupTable extends TableDescription {
  /** Its rows for the data, without the header. */
  rows: (data: DatasetIndex) => string[][];
}

/** A lookup table as written below: each column says its header, its schema and its cell at once. */
interface TableSpec<R> extends Omit<LookupTable, 'fields' | 'rows'> {
  columns: readonly Column<R>[];
  records: (data: DatasetIndex) => readonly R[];
}

function lookupTable<R>({ columns, records, ...table }: TableSpec<R>): LookupTable {
  return {
    ...table,
    fields: columns.map((c) => ({ name: c.name, ...c.field })),
    rows: (data) => records(data).map((record) => columns.map((c) => c.cell(record))),
  };
}

const column = <R>(name: string, field: FieldSpec, cell: (record: R) => string): Column<R> => ({ name, field, cell });
const optional = (value: string | undefined) => value ?? '';
/** The record's name in English and in Vietnamese, as two columns. */
const nameColumns = <R extends { name: { en: string; vi: string } }>(): Column<R>[] => [
  column('name_en', { type: 'string', description: 'Name in English', constraints: required }, (r) => textCell(r.name.en)),
  column('name_vi', { type: 'string', description: 'Name in Vietnamese', constraints: required }, (r) => textCell(r.name.vi)),
];
const oneOf = (values: readonly string[]) => ({ required: true, enum: values });

const indicators = lookupTable<Indicator>({
  name: 'indicators',
  title: 'Indicators',
  description: 'The quantities observed, with their names in English and Vietnamese',
  primaryKey: ['id'],
  foreignKeys: [],
  columns: [
    column(
      'id',
      { type: 'string', description: 'Id of the indicator (/api/indicators/<id>)', constraints: required },
      (i) => i.id,
    ),
    ...nameColumns<Indicator>(),
    column(
      'kind',
      {
        type: 'string',
        description: 'stock: a level as of a date; flow: an amount over a period; rank: a position',
        constraints: oneOf(indicatorKindSchema.options),
      },
      (i) => i.kind,
    ),
    column('unit', { type: 'string', description: 'Unit of its values', constraints: oneOf(unitSchema.options) }, (i) => i.unit),
  ],
  records: (data) => [...data.indicators.values()],
});

const sources = lookupTable<Source>({
  name: 'sources',
  title: 'Sources',
  description: 'The articles every value and event comes from',
  primaryKey: ['id'],
  foreignKeys: [],
  columns: [
    column('id', { type: 'string', description: 'Id of the article (/api/sources/<id>)', constraints: required }, (s) => s.id),
    column('title', { type: 'string', description: 'Title of the article', constraints: required }, (s) => textCell(s.title)),
    column('publisher', { type: 'string', description: 'Who published the article', constraints: required }, (s) =>
      textCell(s.publisher),
    ),
    column(
      'published',
      {
        type: 'date',
        description: 'Date the article was published; an estimate where published_approximate is true',
        constraints: required,
      },
      (s) => s.published,
    ),
    column(
      'published_approximate',
      {
        type: 'boolean',
        description: "true where the article states no date: published is then the curator's estimate",
        constraints: required,
      },
      (s) => String(s.published_approximate),
    ),
    column(
      'url',
      { type: 'string', format: 'uri', description: 'Address of the article, only where the article gives one' },
      (s) => textCell(s.url),
    ),
    column(
      'language',
      { type: 'string', description: 'BCP 47 tag of the language the article is written in', constraints: required },
      (s) => s.language,
    ),
  ],
  records: (data) => [...data.sources.values()].sort(byPublication),
});

const entities = lookupTable<Entity>({
  name: 'entities',
  title: 'Entities',
  description: 'The places described, each with its kind and, where known, its first and last day',
  primaryKey: ['id'],
  foreignKeys: [],
  columns: [
    column('id', { type: 'string', description: 'Id of the entity, e.g. binh-duong', constraints: required }, (e) => e.id),
    ...nameColumns<Entity>(),
    column(
      'kind',
      { type: 'string', description: 'Kind of administrative unit', constraints: oneOf(entityKindSchema.options) },
      (e) => e.kind,
    ),
    column(
      'country',
      { type: 'string', description: 'ISO 3166-1 alpha-2 code of its country', constraints: required },
      (e) => e.country,
    ),
    column('began', { type: 'date', description: 'Its first day, where a source gives it' }, (e) => optional(e.began)),
    column('ended', { type: 'date', description: 'Its last day: no value is dated after it' }, (e) => optional(e.ended)),
  ],
  records: (data) => [...data.entities.values()],
});

/** One change of an entity that ended: the entity and one of its successors. */
type EntityChangeRow = EntityChange & { from: string };

const entityChanges = lookupTable<EntityChangeRow>({
  name: 'entity-changes',
  title: 'Entity changes',
  description: 'What each entity that ended became, one row per successor, with the event that records the change',
  primaryKey: ['entity', 'successor'],
  foreignKeys: [foreignKey('entity', 'entities'), foreignKey('successor', 'entities'), foreignKey('event', 'events', 'event_id')],
  columns: [
    column('entity', { type: 'string', description: 'Id of the entity that ended', constraints: required }, (c) => c.from),
    column('successor', { type: 'string', description: 'Id of an entity it became', constraints: required }, (c) => c.entity),
    column(
      'date',
      { type: 'date', description: "The successor's first day: the day after the entity ended", constraints: required },
      (c) => c.date,
    ),
    column(
      'how',
      { type: 'string', description: 'How it became the successor', constraints: oneOf(entityChangeHowSchema.options) },
      (c) => c.how,
    ),
    column(
      'event',
      {
        type: 'string',
        description: 'Id of the administrative_change event that records it, with its source (events.csv)',
        constraints: required,
      },
      (c) => c.event,
    ),
  ],
  records: (data) => [...data.entities.values()].flatMap((e) => (e.became ?? []).map((change) => ({ ...change, from: e.id }))),
});

/** The lookup tables, in the order the Data Package lists them. */
export const LOOKUP_TABLES: readonly LookupTable[] = [indicators, sources, entities, entityChanges];
