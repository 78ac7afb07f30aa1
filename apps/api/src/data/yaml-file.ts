import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataIssue } from '@bd/core';
import { CORE_SCHEMA, load } from 'js-yaml';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { fileIssue } from './data-issue.ts';

/** A parsed YAML data file that can say on which line a value sits. */
export interface YamlFile {
  /** Path relative to the data folder, with forward slashes. */
  file: string;
  text: string;
  value: unknown;
  /** 1-based line of the value at `keys`, or of its nearest enclosing value when it is missing. */
  lineOf(keys: readonly PropertyKey[]): number | undefined;
}

export type YamlRead = { ok: true; yaml: YamlFile } | { ok: false; issues: DataIssue[] };

/** The bytes of a data file, or the issue saying why it cannot be read. */
export type DataFileRead = { ok: true; file: string; bytes: Buffer } | { ok: false; issues: DataIssue[] };

/** Reads `file` (relative to `dataDir`); a missing or unreadable file is an issue. */
export async function readDataFile(dataDir: string, file: string): Promise<DataFileRead> {
  try {
    return { ok: true, file, bytes: await readFile(path.join(dataDir, file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'the file is missing' : `the file cannot be read (${code ?? String(error)})`;
    return { ok: false, issues: [fileIssue(file, message)] };
  }
}

/** Reads and parses `file` (relative to `dataDir`); a missing file or a YAML syntax error is an issue. */
export async function readYamlFile(dataDir: string, file: string): Promise<YamlRead> {
  const read = await readDataFile(dataDir, file);
  return read.ok ? parseYamlText(file, read.bytes.toString('utf8')) : read;
}

/**
 * Parses YAML text read from `file`. Most files take the fast path (js-yaml, ~20 times faster on large data);
 * what it refuses, and anything with anchors or aliases, is parsed by `yaml`, whose messages and alias limit are
 * the ones users see. Lines are found only when an issue needs one, by parsing again with `yaml`.
 */
export function parseYamlText(file: string, text: string): YamlRead {
  const fast = quickValue(text);
  if (!fast.ok) return parseWithLines(file, text);
  let lineFinder: YamlFile['lineOf'] | undefined;
  const lineOf = (keys: readonly PropertyKey[]) => {
    lineFinder ??= (() => {
      const parsed = parseWithLines(file, text);
      return parsed.ok ? parsed.yaml.lineOf : () => undefined;
    })();
    return lineFinder(keys);
  };
  return { ok: true, yaml: { file, text, value: fast.value, lineOf } };
}

/** Anchors (`&a`) and aliases (`*a`) outside quotes; their expansion is limited by the careful parser only. */
const MAY_HAVE_ALIASES = /(?:^|[\s[{,:-])[&*][^\s]/m;

/** The value of plain YAML 1.2 (core schema, unique keys), or not ok where the careful parser must decide. */
function quickValue(text: string): { ok: true; value: unknown } | { ok: false } {
  if (MAY_HAVE_ALIASES.test(text)) return { ok: false };
  try {
    const value = load(text, { schema: CORE_SCHEMA, json: false });
    return { ok: true, value: value === undefined ? null : value };
  } catch {
    return { ok: false };
  }
}

/** Parses with `yaml`: exact error messages and positions, and the line of any value. */
function parseWithLines(file: string, text: string): YamlRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => {
        const line = error.linePos?.[0];
        const where = line ? `line ${line.line}, column ${line.col}` : '';
        const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        return fileIssue(file, `not valid YAML: ${message}`, where);
      }),
    };
  }
  const lineOf = (keys: readonly PropertyKey[]) => {
    for (let depth = keys.length; depth >= 0; depth--) {
      const node = doc.getIn(keys.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { ok: true, yaml: { file, text, value: doc.toJS({ maxAliasCount: 100 }), lineOf } };
}
