import type { DataIssue, Located } from '@bd/core';
import type { z } from 'zod';
import { fileIssue } from './data-issue.ts';
import { readableId, validateRecord } from './validate-record.ts';
import type { YamlFile } from './yaml-file.ts';

/** The records of a list file (`entities.yaml`, `indicators.yaml`) that passed their schema, and the problems of the others. */
export interface ListFileRecords<T> {
  located: Located<T>[];
  issues: DataIssue[];
  /** Ids of the records that failed their schema; `*` when the file is not a list at all. */
  rejected: string[];
}

/** Validates each record of a YAML list file; `kind` names the list in positions (`indicators[2]`). */
export function readListFile<S extends z.ZodObject>(yaml: YamlFile, kind: string, schema: S): ListFileRecords<z.output<S>> {
  if (!Array.isArray(yaml.value)) {
    const found = yaml.value === null || yaml.value === undefined ? 'the file is empty' : `found ${typeof yaml.value}`;
    return {
      located: [],
      issues: [fileIssue(yaml.file, `expected a YAML list of ${kind} records (lines starting with "- "); ${found}`)],
      rejected: ['*'],
    };
  }
  const records: ListFileRecords<z.output<S>> = { located: [], issues: [], rejected: [] };
  const fields = Object.keys(schema.shape);
  yaml.value.forEach((raw, index) => {
    const result = validateRecord(schema, raw, { yaml, position: `${kind}[${index}]`, keys: [index] }, fields);
    if (result.ok) records.located.push(result.located);
    else {
      records.issues.push(...result.issues);
      const id = readableId(raw);
      if (id !== undefined) records.rejected.push(id);
    }
  });
  return records;
}
