import { parseArgs } from 'node:util';
import type { TextLanguage } from '@bd/core';

/** What `pnpm ingest` was asked to do. */
export interface IngestArgs {
  file: string;
  /** Undefined: detect it from the text. */
  language?: TextLanguage;
  sourceId?: string;
  write: boolean;
}

const USAGE = `Usage: pnpm ingest <article.txt> [--lang en|nl|vi] [--source-id id] [--write]

Prints candidate observations and events for a new article as YAML, grouped by the indicator guessed for each,
with the sentence and the reason as comments. Nothing is written unless --write is given; then
data/sources/<source-id>.yaml is created (never overwritten) with the observations that have an indicator and a
period and the events that have a date.`;

const LANGUAGES: readonly string[] = ['en', 'nl', 'vi'];

/** The arguments, or a message saying what is wrong with them. */
export function parseIngestArgs(argv: readonly string[]): { ok: true; args: IngestArgs } | { ok: false; message: string } {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n\n${USAGE}` };
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || positionals[0] === undefined) {
    const found =
      positionals.length === 0 ? 'no file was given' : `${positionals.length} files were given (${positionals.join(', ')})`;
    return { ok: false, message: `expected one article file: ${found}\n\n${USAGE}` };
  }
  if (values.lang !== undefined && !LANGUAGES.includes(values.lang)) {
    return { ok: false, message: `unknown --lang "${values.lang}": expected en, nl or vi` };
  }
  return {
    ok: true,
    args: {
      file: positionals[0],
      language: values.lang as TextLanguage | undefined,
      sourceId: values['source-id'],
      write: values.write ?? false,
    },
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { lang: { type: 'string' }, 'source-id': { type: 'string' }, write: { type: 'boolean' } },
  });
}
