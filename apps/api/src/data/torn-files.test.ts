import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Baseline, changeLines, compareWithBaseline, loadedRecords } from './data-guard.ts';
import { checkReads, dataFileNames } from './load-dataset.ts';
import { isUnchanged } from './record-diff.ts';
import type { DataFileRead } from './yaml-file.ts';

/**
 * What a torn save, a full disk or an interrupted copy leaves: a data file cut short at some byte. Each of the
 * repository's real data files is cut at every line start and at many other offsets, and each cut must be refused
 * (the data fails its checks, or it lost records, which a start or reload refuses) or reported (a change report
 * names the file): never served as if nothing had happened. Only a cut that leaves out nothing but blank lines
 * and comments may leave the records as they were.
 */

const DATA_DIR = path.resolve(import.meta.dirname, '../../../../data');
const { files } = dataFileNames(readdirSync(path.join(DATA_DIR, 'sources')));
const original: DataFileRead[] = files.map((file) => ({ ok: true, file, bytes: readFileSync(path.join(DATA_DIR, file)) }));

const loaded = checkReads(original);
if (!loaded.ok) throw new Error(`the repository's data does not pass: ${JSON.stringify(loaded.issues[0])}`);
const baseline: Baseline = {
  version: loaded.version,
  records: loadedRecords(loaded),
  described: 'the data as committed',
};

type Verdict = 'refused: checks' | 'refused: records lost' | 'reported' | 'nothing lost';

/** How the data with `file` cut to its first `at` bytes is met. */
function verdictOfCut(file: string, at: number): { verdict: Verdict; lines: string[] } {
  const reads = original.map((read) => (read.ok && read.file === file ? { ...read, bytes: read.bytes.subarray(0, at) } : read));
  const cut = checkReads(reads);
  if (!cut.ok) return { verdict: 'refused: checks', lines: [] };
  const comparison = compareWithBaseline(baseline, loadedRecords(cut), cut.version, undefined);
  if (comparison.refusal) return { verdict: 'refused: records lost', lines: comparison.refusal };
  if (!isUnchanged(comparison.change)) return { verdict: 'reported', lines: changeLines(comparison) };
  return { verdict: 'nothing lost', lines: [] };
}

/** The cut is met as the promise says; a record-level verdict names the file cut. */
function expectMet(file: string, bytes: Buffer, at: number): Verdict {
  const { verdict, lines } = verdictOfCut(file, at);
  if (verdict === 'nothing lost') {
    const lost = bytes.subarray(at).toString('utf8');
    expect(
      lost.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#')),
      `${file} cut at ${at}`,
    ).toBe(true);
  } else if (verdict !== 'refused: checks') {
    expect(lines.join('\n'), `${file} cut at ${at}`).toContain(`${file}:`);
  }
  return verdict;
}

const lineStarts = (bytes: Buffer) => [...bytes.entries()].filter(([, byte]) => byte === 0x0a).map(([i]) => i + 1);

describe('a data file cut short', () => {
  it.each(files)('%s is refused or reported at every line start', (file) => {
    const bytes = readFileSync(path.join(DATA_DIR, file));
    const verdicts = new Set(lineStarts(bytes).map((at) => expectMet(file, bytes, at)));
    // Cut at line starts, a file loses whole records or fields: more than one way of being met is exercised.
    expect(verdicts.size).toBeGreaterThan(1);
  });

  it.each(files)('%s is refused or reported at any byte', (file) => {
    const bytes = readFileSync(path.join(DATA_DIR, file));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (at) => {
        expectMet(file, bytes, at);
      }),
      { numRuns: 60 },
    );
  });

  it('the torn file of the report: the first half of the working session is refused, naming what it lost', () => {
    const file = 'sources/portal-2020-06-26-mofa-working-session.yaml';
    const bytes = readFileSync(path.join(DATA_DIR, file));
    const half = Math.floor(bytes.length / 2);
    const reads = original.map((read) =>
      read.ok && read.file === file ? { ...read, bytes: read.bytes.subarray(0, half) } : read,
    );
    const cut = checkReads(reads);
    // The derived count of memberships loses the events it counts, so the checks refuse it; so would the removal.
    expect(cut.ok).toBe(false);
    if (cut.ok || !cut.records) throw new Error('expected the records that could be read');
    const { records } = cut;
    const lines = changeLines(
      compareWithBaseline(baseline, () => records, '', undefined),
      Number.POSITIVE_INFINITY,
    );
    expect(lines.join('\n')).toMatch(
      new RegExp(`${file}: 1 observation removed \\(conferences-hosted-2018-2019\\); 16 events removed \\(`),
    );
  });
});
