import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataIssue } from '@bd/core';
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
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

/**
 * YAML 1.2's core schema as `yaml` reads it. js-yaml's CORE_SCHEMA reads more as numbers (`0b101`, `1_000`,
 * `1_0.5`, `0o1_7`), which `yaml` reads as strings: a file would mean one thing or the other depending on whether it
 * has an anchor. Here an integer is decimal, `0o` octal or `0x` hexadecimal and a float is YAML 1.2's, nothing else;
 * null and booleans are the same in both. `yaml-file.test.ts` holds the two readings equal on generated scalars.
 */
const INTEGER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

function numberOf(text: string): number {
  if (text.startsWith('0o')) return Number.parseInt(text.slice(2), 8);
  if (text.startsWith('0x')) return Number.parseInt(text.slice(2), 16);
  if (/\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return Number.NaN;
  return Number(text);
}

const yaml12Integer = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && INTEGER.test(data),
  construct: numberOf,
});
const yaml12Float = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && FLOAT.test(data),
  construct: numberOf,
});
const yaml12Null = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: unknown) => data === null || (typeof data === 'string' && /^(?:~|null|Null|NULL|)$/.test(data)),
  construct: () => null,
});
const yaml12Boolean = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && /^(?:true|True|TRUE|false|False|FALSE)$/.test(data),
  construct: (data: string) => data.toLowerCase() === 'true',
});
// js-yaml tries implicit types in this order: a scalar that is an integer never reaches the float type.
const YAML_1_2_CORE = FAILSAFE_SCHEMA.extend({ implicit: [yaml12Null, yaml12Boolean, yaml12Integer, yaml12Float] });

/** A null key (`~:`, `null:`, `:`), which js-yaml names "null" and `yaml` names "": left to the careful parser. */
const MAY_HAVE_NULL_KEY = /^[ \t]*(?:-[ \t]+)*(?:~|null|Null|NULL)?[ \t]*:(?:[ \t]|$)/m;

/**
 * The value of plain YAML 1.2 (core schema, unique keys) as `yaml` would read it, or not ok where the careful
 * parser must decide (exported for the property test that holds the two equal).
 */
export function quickValue(text: string): { ok: true; value: unknown } | { ok: false } {
  if (MAY_HAVE_ALIASES.test(text) || MAY_HAVE_NULL_KEY.test(text)) return { ok: false };
  try {
    const value = load(text, { schema: YAML_1_2_CORE, json: false });
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
