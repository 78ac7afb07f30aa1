import { parseArgs } from 'node:util';
import type { TextLanguage } from '@bd/core';

/** What `pnpm ingest` was asked to do: propose records for an article (and draft them), or publish a draft. */
export type IngestArgs =
  | {
      mode: 'propose';
      file: string;
      /** Undefined: detect it from the text. */
      language?: TextLanguage;
      sourceId?: string;
      write: boolean;
    }
  | { mode: 'publish'; draft: string };

const USAGE = `Usage: pnpm ingest <article.txt> [--lang en|nl|vi] [--source-id id] [--write]
       pnpm ingest --publish data/drafts/<source-id>.yaml

Prints candidate observations and events for a new article as YAML, grouped by the indicator guessed for each,
with the sentence and the reason as comments. Nothing is written unless --write is given; then the draft
data/drafts/<source-id>.yaml is created (never overwritten) with the observations that have an indicator and a
period and the events that have a date. A draft is not served. Once a curator has checked it against the article
and filled in its TODOs, --publish validates it with the published data and only then moves it to data/sources/.`;

const LANGUAGES: readonly string[] = ['en', 'nl', 'vi'];

type Parsed = { ok: true; args: IngestArgs } | { ok: false; message: string };

/** The arguments, or a message saying what is wrong with them. */
export function parseIngestArgs(argv: readonly string[]): Parsed {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n\n${USAGE}` };
  }
  const { values, positionals } = parsed;
  if (values.publish !== undefined) {
    const extra = [
      ...positionals,
      ...['lang', 'source-id', 'write'].filter((o) => values[o as keyof typeof values] !== undefined).map((o) => `--${o}`),
    ];
    if (extra.length > 0) {
      return { ok: false, message: `--publish takes only the draft file: drop ${extra.join(', ')}\n\n${USAGE}` };
    }
    return { ok: true, args: { mode: 'publish', draft: values.publish } };
  }
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
      mode: 'propose',
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
    options: {
      lang: { type: 'string' },
      'source-id': { type: 'string' },
      write: { type: 'boolean' },
      publish: { type: 'string' },
    },
  });
}
