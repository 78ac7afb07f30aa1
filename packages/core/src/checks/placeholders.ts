import type { DataIssue, Located, LocatedDataset } from '../dataset-checks.ts';

/**
 * A word a draft leaves where a curator still has to write something: `pnpm ingest` writes `TODO: publisher`,
 * and a curator may write `FIXME`. Upper case and a word of its own, so "todo" in an article's words is not one.
 */
const PLACEHOLDER = /(?<![\p{L}\d])(?:TODO|FIXME)(?![\p{L}\d])(?:\s*:\s*([^\n]*))?/u;

/** What a field holds, for the message: what the curator is asked to write. */
const FIELD_HINTS: Record<string, string> = {
  title: "the article's title (with title_supplied: true when you wrote it)",
  publisher: 'who published the article',
  author: "the article's author, or remove the field",
  note: 'the note, or remove the field',
  evidence: 'the verbatim phrase of the article that states the figure',
  evidence_en: 'the English rendering of the evidence, or remove the field',
  name: 'the name as the article writes it',
};

/** Every string of `value` with its field path (`name.en`, `aliases[1]`), in field order. */
function stringFields(value: unknown, path: string): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringFields(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringFields(item, path ? `${path}.${key}` : key));
  }
  return [];
}

function whatToWrite(field: string, asked: string | undefined): string {
  const hint = FIELD_HINTS[field.replace(/[.[].*$/, '')];
  if (asked?.trim()) return `write ${asked.trim()}${hint ? ` (${hint})` : ''}`;
  return `write ${hint ?? `the ${field}`}`;
}

function placeholdersOf(kind: string, records: readonly Located<{ id: string }>[]): DataIssue[] {
  return records.flatMap((r) =>
    stringFields(r.value, '').flatMap(({ field, text }) => {
      const found = PLACEHOLDER.exec(text);
      if (!found) return [];
      return [
        {
          file: r.file,
          record: `${kind} "${r.value.id}" (${r.position})`,
          field,
          message: `"${text}" is a placeholder left for a curator, not data: ${whatToWrite(field, found[1])} in its place`,
        },
      ];
    }),
  );
}

/**
 * A placeholder (`TODO: …`, `FIXME`) in any text field of any record. A draft of `pnpm ingest` carries them
 * where the article does not say (its publisher, a missing title); served, they would read "Source: TODO:
 * publisher" on the dashboard, so a dataset holding one does not validate.
 */
export function placeholderIssues(data: LocatedDataset): DataIssue[] {
  return [
    ...placeholdersOf('entity', data.entities),
    ...placeholdersOf('indicator', data.indicators),
    ...placeholdersOf('source', data.sources),
    ...placeholdersOf('observation', data.observations),
    ...placeholdersOf('event', data.events),
  ];
}
