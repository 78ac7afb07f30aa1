import type { DataIssue, Located } from '@bd/core';
import type { z } from 'zod';
import type { YamlFile } from './yaml-file.ts';

/** Where a record sits: its file, its list and position (`observations[3]`) and its keys in the YAML document. */
export interface RecordPlace {
  yaml: YamlFile;
  position: string;
  keys: readonly PropertyKey[];
}

/** The record's `id` when it is a non-empty string, whether or not the record is valid. */
export function readableId(raw: unknown): string | undefined {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** `observations[3] "fdi-2019"`: the position, and the id when the record has a readable one. */
export function recordLabel(position: string, raw: unknown): string {
  const id = readableId(raw);
  return id === undefined ? position : `${position} "${id}"`;
}

function withLine(label: string, line: number | undefined): string {
  return line === undefined ? label : `${label} (line ${line})`;
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `missing: ${issue.message}`;
  return issue.message;
}

/**
 * One issue per field (the first problem zod finds in it: "24/01/2024" is not YYYY-MM-DD, and saying it is not a
 * date either adds nothing); an unknown field gets its own issue naming the fields the record may have.
 */
export function zodIssues(error: z.ZodError, place: RecordPlace, raw: unknown, fields: readonly string[]): DataIssue[] {
  const label = recordLabel(place.position, raw);
  const seen = new Set<string>();
  const firstPerField = error.issues.filter((issue) => {
    const key = issue.code === 'unrecognized_keys' ? `unknown:${issue.keys.join()}` : issue.path.join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return firstPerField.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file: place.yaml.file,
        record: withLine(label, place.yaml.lineOf([...place.keys, ...issue.path, key])),
        field: [...issue.path, key].map(String).join('.'),
        message: `unknown field: expected one of ${fields.join(', ')}`,
      }));
    }
    return [
      {
        file: place.yaml.file,
        record: withLine(label, place.yaml.lineOf([...place.keys, ...issue.path])),
        field: issue.path.map(String).join('.'),
        message: messageOf(issue),
      },
    ];
  });
}

/** Validates one record with its schema: the located value, or the issues that locate each problem. */
export function validateRecord<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  place: RecordPlace,
  fields: readonly string[],
): { ok: true; located: Located<z.output<S>> } | { ok: false; issues: DataIssue[] } {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return { ok: true, located: { file: place.yaml.file, position: place.position, value: result.data } };
  return { ok: false, issues: zodIssues(result.error, place, raw, fields) };
}
