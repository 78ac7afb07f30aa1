import { checkDataset, type DataIssue, type Dataset, type Located } from '@bd/core';
import { readSourceFile } from '../data/source-file.ts';
import { parseYamlText } from '../data/yaml-file.ts';

const EXISTING = 'existing data';

function located<T>(kind: string, values: readonly T[]): Located<T>[] {
  return values.map((value, i) => ({ file: EXISTING, position: `${kind}[${i}]`, value }));
}

/**
 * The problems the loader would report for a new source file `file` (relative to the data folder) with content
 * `text`, next to the data already there: each record's schema, then ids, references and evidence by
 * `checkDataset`. Issues of the existing files are not repeated.
 */
export function checkDraft(existing: Dataset, file: string, text: string): DataIssue[] {
  const parsed = parseYamlText(file, text);
  if (!parsed.ok) return parsed.issues;
  const records = readSourceFile(parsed.yaml);
  const dataset = {
    entities: located('entities', existing.entities),
    indicators: located('indicators', existing.indicators),
    sources: [...located('sources', existing.sources), ...(records.source ? [records.source] : [])],
    observations: [...located('observations', existing.observations), ...records.observations],
    events: [...located('events', existing.events), ...records.events],
  };
  const echoesOfBadSource = (issue: DataIssue) => records.source === undefined && issue.message.startsWith('unknown source');
  return [...records.issues, ...checkDataset(dataset).filter((issue) => issue.file === file && !echoesOfBadSource(issue))];
}
