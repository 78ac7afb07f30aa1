import { datePrecisionSchema, entityKindSchema, eventTypeSchema, methodSchema, qualifierSchema, unitSchema } from '@bd/core';
import { CSV_HEADER, type CsvColumn } from './csv.ts';
import { EVENT_CSV_HEADER, type EventCsvColumn } from './events-csv.ts';

/** A Frictionless Table Schema field. */
export interface TableField {
  name: string;
  type: 'string' | 'date' | 'number' | 'integer' | 'boolean';
  format?: string;
  description: string;
  constraints?: { required?: boolean; enum?: readonly string[] };
}

/** A field as a table declares it, before its name is added. */
export type FieldSpec = Omit<TableField, 'name'>;

/** A Frictionless Table Schema foreign key: the field of this table whose values are ids in another resource. */
export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

/** A table of the Data Package, as its resource describes it: its CSV file is `/api/<name>.csv`. */
export interface TableDescription {
  name: string;
  title: string;
  description: string;
  /** In column order: the CSV header is their names. */
  fields: TableField[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

/** The foreign key of `fields` to the `referenced` field (the id) of another resource. */
export const foreignKey = (fields: string, resource: string, referenced = 'id'): ForeignKey => ({
  fields,
  reference: { resource, fields: referenced },
});

export const required = { required: true } as const;

const provenance = {
  source_id: { type: 'string', description: 'Id of the article the value comes from (/api/sources/<id>)', constraints: required },
  source_title: { type: 'string', description: 'Title of the article', constraints: required },
  source_publisher: { type: 'string', description: 'Who published the article', constraints: required },
  source_published: {
    type: 'date',
    description: 'Date the article was published; an estimate where source_published_approximate is true',
    constraints: required,
  },
  source_published_approximate: {
    type: 'boolean',
    description: "true where the article states no date: source_published is then the curator's estimate",
    constraints: required,
  },
  source_url: { type: 'string', format: 'uri', description: 'Address of the article, only where the article gives one' },
  source_language: {
    type: 'string',
    description: 'BCP 47 tag of the language the article is written in, and so its evidence: en, nl, vi',
    constraints: required,
  },
  evidence: { type: 'string', description: 'The verbatim phrase of the article, in its language', constraints: required },
  evidence_en: { type: 'string', description: 'English rendering of the evidence, where the article is not English' },
  note: { type: 'string', description: "The curator's note" },
} as const satisfies Record<string, FieldSpec>;

/** The entity's life beside its id, as entities.csv and entity-changes.csv hold it. */
const entityLife = {
  entity_kind: {
    type: 'string',
    description: 'Kind of administrative unit the entity is (entities.csv)',
    constraints: { required: true, enum: entityKindSchema.options },
  },
  entity_ended: { type: 'date', description: "The entity's last day, where it has ended" },
  entity_became: {
    type: 'string',
    description: 'Ids of the entities it became the day after entity_ended, separated by ";" (entity-changes.csv says how)',
  },
} as const satisfies Record<string, FieldSpec>;

const observationFields: Record<CsvColumn, FieldSpec> = {
  id: {
    type: 'string',
    description: 'Id of the observation, as /api/observations gives it with its citation',
    constraints: required,
  },
  indicator_id: { type: 'string', description: 'Id of the indicator (/api/indicators/<id>)', constraints: required },
  indicator_name: {
    type: 'string',
    description: 'Name of the indicator in English, or in Vietnamese in the file asked for with lang=vi',
    constraints: required,
  },
  entity_id: { type: 'string', description: 'Id of the place described, e.g. binh-duong', constraints: required },
  ...entityLife,
  period_start: {
    type: 'date',
    description: 'First day of the period; a stock has start = end (its as-of date)',
    constraints: required,
  },
  period_end: { type: 'date', description: 'Last day of the period', constraints: required },
  value: { type: 'number', description: 'The value in base units: 42.4 billion USD is 42400000000', constraints: required },
  unit: { type: 'string', description: 'Unit of the value', constraints: { required: true, enum: unitSchema.options } },
  qualifier: {
    type: 'string',
    description: 'How the article qualifies the figure: "nearly" is nearly, "more than" is more_than',
    constraints: { required: true, enum: qualifierSchema.options },
  },
  method: {
    type: 'string',
    description: 'stated by the article, or derived by the curator (e.g. counting what it lists)',
    constraints: { required: true, enum: methodSchema.options },
  },
  ...provenance,
};

const eventFields: Record<EventCsvColumn, FieldSpec> = {
  event_id: { type: 'string', description: 'Id of the event', constraints: required },
  type: { type: 'string', description: 'Kind of event', constraints: { required: true, enum: eventTypeSchema.options } },
  entity_id: { type: 'string', description: 'Id of the place the event concerns', constraints: required },
  ...entityLife,
  date: { type: 'date', description: 'Date of the event, as precise as date_precision says', constraints: required },
  date_precision: {
    type: 'string',
    description: 'How much of the date the article states; reported: the date is the day it was reported',
    constraints: { required: true, enum: datePrecisionSchema.options },
  },
  name: { type: 'string', description: 'Name as the article writes it', constraints: required },
  country: { type: 'string', description: 'ISO 3166-1 alpha-2 code of a partner country' },
  agreement: { type: 'string', description: 'Kind of agreement, e.g. memorandum of understanding' },
  ...provenance,
};

function fieldsOf<C extends string>(header: readonly C[], specs: Record<C, FieldSpec>): TableField[] {
  return header.map((name) => ({ name, ...specs[name] }));
}

/** Table Schema of `/api/observations.csv`, in column order. */
export const observationTableFields = fieldsOf(CSV_HEADER, observationFields);
/** Table Schema of `/api/events.csv`, in column order. */
export const eventTableFields = fieldsOf(EVENT_CSV_HEADER, eventFields);
