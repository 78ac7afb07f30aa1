import { parse } from 'csv-parse/sync';

/**
 * A check of a Frictionless Tabular Data Package (v1) and its CSV files against the Data Package and Table Schema
 * specifications. frictionlessdata's own JavaScript libraries, `datapackage` 1.1.10 with `tableschema` 1.12.6, do run
 * on Node 20 offline (and agreed with this check on our package, a foreign key broken on purpose included), but they
 * are not kept up (issues in their repositories ask whether they are maintained) and bring axios 0.21 and moment 2.24,
 * both with published security advisories: so the check is written here. It covers what our package uses: the
 * descriptor's names and keys, and each file cast under its schema (header, types, `required`, `enum`,
 * `missingValues`), its primary key unique and every foreign key resolving. Each problem names the file, the row
 * and the column, and what was expected.
 */

interface Field {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; enum?: readonly string[] };
}

interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

interface Resource {
  name: string;
  path: string;
  profile?: string;
  dialect?: { delimiter?: string; quoteChar?: string; header?: boolean };
  schema: { fields: Field[]; missingValues?: string[]; primaryKey?: string | string[]; foreignKeys?: ForeignKey[] };
}

export interface DataPackage {
  profile?: string;
  name?: string;
  resources: Resource[];
}

/** The names the specification allows for a package and a resource. */
const NAME = /^[a-z0-9._-]+$/;
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time', 'year', 'object', 'array', 'any']);
const NUMBER = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NaN|[+-]?INF)$/;
const TRUE = ['true', 'True', 'TRUE', '1'];
const FALSE = ['false', 'False', 'FALSE', '0'];

const list = (names: string | string[] | undefined) => (names === undefined ? [] : typeof names === 'string' ? [names] : names);

function isDate(cell: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === cell;
}

function isUri(cell: string): boolean {
  try {
    return /^[a-z][a-z0-9+.-]*:$/.test(new URL(cell).protocol);
  } catch {
    return false;
  }
}

/** Why a present cell does not cast under its field, or undefined when it does. */
function castProblem(field: Field, cell: string): string | undefined {
  switch (field.type) {
    case 'number':
      return NUMBER.test(cell) ? undefined : 'is not a number';
    case 'integer':
      return /^[+-]?\d+$/.test(cell) ? undefined : 'is not an integer';
    case 'boolean':
      return TRUE.includes(cell) || FALSE.includes(cell) ? undefined : 'is not a boolean';
    case 'date':
      return isDate(cell) ? undefined : 'is not a date (YYYY-MM-DD)';
    case 'string':
      return field.format === 'uri' && !isUri(cell) ? 'is not a URI' : undefined;
    default:
      return undefined;
  }
}

/** What the descriptor says wrong: names, field types, and keys naming fields and resources that exist. */
export function descriptorProblems(pkg: DataPackage): string[] {
  const problems: string[] = [];
  if (pkg.profile !== 'tabular-data-package') problems.push(`profile is ${pkg.profile}: expected tabular-data-package`);
  if (pkg.name !== undefined && !NAME.test(pkg.name)) problems.push(`package name "${pkg.name}" is not lower-case a-z0-9._-`);
  const byName = new Map(pkg.resources.map((r) => [r.name, r]));
  if (byName.size !== pkg.resources.length) problems.push('two resources share a name');
  for (const resource of pkg.resources) {
    const where = `resource ${resource.name}`;
    if (!NAME.test(resource.name)) problems.push(`${where}: name is not lower-case a-z0-9._-`);
    if (resource.profile !== 'tabular-data-resource') problems.push(`${where}: profile is not tabular-data-resource`);
    const names = resource.schema.fields.map((f) => f.name);
    if (new Set(names).size !== names.length) problems.push(`${where}: two fields share a name`);
    for (const field of resource.schema.fields) {
      if (!TYPES.has(field.type)) problems.push(`${where}: field ${field.name} has unknown type ${field.type}`);
    }
    for (const key of list(resource.schema.primaryKey)) {
      if (!names.includes(key)) problems.push(`${where}: primaryKey names no field ${key}`);
    }
    for (const fk of resource.schema.foreignKeys ?? []) {
      const target = fk.reference.resource === '' ? resource : byName.get(fk.reference.resource);
      if (!target) problems.push(`${where}: foreign key ${list(fk.fields)} references no resource ${fk.reference.resource}`);
      if (list(fk.fields).length !== list(fk.reference.fields).length) problems.push(`${where}: foreign key field counts differ`);
      for (const name of list(fk.fields))
        if (!names.includes(name)) problems.push(`${where}: foreign key names no field ${name}`);
      for (const name of list(fk.reference.fields)) {
        if (target && !target.schema.fields.some((f) => f.name === name)) {
          problems.push(`${where}: foreign key references no field ${target.name}.${name}`);
        }
      }
    }
  }
  return problems;
}

/** A table's rows as cells by field name; a missing value is undefined. */
type Rows = Record<string, string | undefined>[];

/** The rows of one resource's CSV, after checking its header and each cell under its schema. */
function tableProblems(resource: Resource, text: string): { rows: Rows; problems: string[] } {
  const { fields, missingValues = [''] } = resource.schema;
  const [header = [], ...records] = parse(text, {
    delimiter: resource.dialect?.delimiter ?? ',',
    quote: resource.dialect?.quoteChar ?? '"',
    relax_column_count: true,
  }) as string[][];
  const problems: string[] = [];
  const names = fields.map((f) => f.name);
  if (header.join(',') !== names.join(','))
    problems.push(`${resource.path}: header ${header.join(',')}: expected ${names.join(',')}`);
  const rows = records.map((record, i) => {
    const where = `${resource.path} row ${i + 2}`;
    if (record.length !== fields.length) problems.push(`${where}: ${record.length} cells, expected ${fields.length}`);
    const row: Rows[number] = {};
    for (const [j, field] of fields.entries()) {
      const cell = record[j] ?? '';
      const missing = missingValues.includes(cell);
      row[field.name] = missing ? undefined : cell;
      if (missing) {
        if (field.constraints?.required) problems.push(`${where}, column ${field.name}: is required`);
        continue;
      }
      const problem = castProblem(field, cell);
      if (problem) problems.push(`${where}, column ${field.name}: ${JSON.stringify(cell)} ${problem}`);
      const allowed = field.constraints?.enum;
      if (allowed && !allowed.includes(cell))
        problems.push(`${where}, column ${field.name}: ${JSON.stringify(cell)} is not one of ${allowed.join(', ')}`);
    }
    return row;
  });
  return { rows, problems };
}

const keyOf = (row: Rows[number], names: string[]) => JSON.stringify(names.map((n) => row[n] ?? null));

/**
 * Every problem of the package and its files, `read(path)` giving a resource's CSV text: an empty list when the
 * package is valid.
 */
export async function dataPackageProblems(pkg: DataPackage, read: (path: string) => Promise<string>): Promise<string[]> {
  const problems = descriptorProblems(pkg);
  const tables = new Map<string, Rows>();
  for (const resource of pkg.resources) {
    const { rows, problems: cells } = tableProblems(resource, await read(resource.path));
    problems.push(...cells);
    tables.set(resource.name, rows);
    const key = list(resource.schema.primaryKey);
    const seen = new Set<string>();
    for (const [i, row] of rows.entries()) {
      const value = keyOf(row, key);
      if (key.length > 0 && seen.has(value)) problems.push(`${resource.path} row ${i + 2}: primary key ${value} is not unique`);
      seen.add(value);
    }
  }
  for (const resource of pkg.resources) {
    for (const fk of resource.schema.foreignKeys ?? []) {
      const target = tables.get(fk.reference.resource === '' ? resource.name : fk.reference.resource) ?? [];
      const known = new Set(target.map((row) => keyOf(row, list(fk.reference.fields))));
      for (const [i, row] of (tables.get(resource.name) ?? []).entries()) {
        if (list(fk.fields).every((n) => row[n] === undefined)) continue;
        const value = keyOf(row, list(fk.fields));
        if (!known.has(value)) {
          problems.push(
            `${resource.path} row ${i + 2}: ${list(fk.fields)} ${value} is not in ${fk.reference.resource}.${list(fk.reference.fields)}`,
          );
        }
      }
    }
  }
  return problems;
}
