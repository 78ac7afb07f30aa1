import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  checkDataset,
  type DataIssue,
  type Dataset,
  type DatedEvent,
  entitySchema,
  indicatorSchema,
  type Located,
  type LocatedDataset,
  type Observation,
  type Source,
} from '@bd/core';
import { fileIssue } from './data-issue.ts';
import { dataVersion } from './data-version.ts';
import { readListFile } from './list-file.ts';
import { readSourceFile } from './source-file.ts';
import { readYamlFile, type YamlFile } from './yaml-file.ts';

/** A valid dataset and the version of the files it was read from. */
export interface LoadedData {
  dataset: Dataset;
  /** First 12 hex characters of a hash of every data file: changes whenever the data does. */
  version: string;
}

export type DatasetLoad = ({ ok: true } & LoadedData) | { ok: false; issues: DataIssue[] };

const SOURCES = 'sources';

async function isDirectory(folder: string): Promise<boolean> {
  return stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** `sources/<file>.yaml` paths in name order; other YAML extensions are issues, other files are ignored. */
async function sourceFiles(dataDir: string): Promise<{ files: string[]; issues: DataIssue[] }> {
  if (!(await isDirectory(path.join(dataDir, SOURCES)))) {
    return { files: [], issues: [fileIssue(`${SOURCES}/`, 'the folder is missing: expected one YAML file per article')] };
  }
  const names = (await readdir(path.join(dataDir, SOURCES))).sort();
  return {
    files: names.filter((name) => name.endsWith('.yaml')).map((name) => `${SOURCES}/${name}`),
    issues: names
      .filter((name) => name.endsWith('.yml'))
      .map((name) => fileIssue(`${SOURCES}/${name}`, 'expected the extension .yaml: rename the file so it is read')),
  };
}

/**
 * A reference to a record that failed its own schema (or whose file could not be read: `entity:*`) is reported
 * once, at the record: checkDataset, which only sees valid records, would also call it unknown.
 */
function withoutEchoes(issues: DataIssue[], rejected: Set<string>): DataIssue[] {
  return issues.filter((issue) => {
    const match = /^unknown (\w+) "([^"]*)"/.exec(issue.message);
    return !(match && (rejected.has(`${match[1]}:${match[2]}`) || rejected.has(`${match[1]}:*`)));
  });
}

/** Reads `dataDir`, validates every record and the references between them, and hashes the files. */
export async function loadDataset(dataDir: string): Promise<DatasetLoad> {
  if (!(await isDirectory(dataDir))) {
    return {
      ok: false,
      issues: [fileIssue(dataDir, 'the data folder does not exist: set DATA_DIR to the folder of entities.yaml')],
    };
  }
  const listed = await sourceFiles(dataDir);
  const issues: DataIssue[] = [...listed.issues];
  const texts = new Map<string, string>();
  const read = async (file: string): Promise<YamlFile | undefined> => {
    const result = await readYamlFile(dataDir, file);
    if (!result.ok) {
      issues.push(...result.issues);
      return undefined;
    }
    texts.set(file, result.yaml.text);
    return result.yaml;
  };
  const located: LocatedDataset = { entities: [], indicators: [], sources: [], observations: [], events: [] };
  const rejected = new Set<string>();

  const entitiesFile = await read('entities.yaml');
  if (!entitiesFile) rejected.add('entity:*');
  else {
    const entities = readListFile(entitiesFile, 'entities', entitySchema);
    located.entities = entities.located;
    issues.push(...entities.issues);
    for (const id of entities.rejected) rejected.add(`entity:${id}`);
  }
  const indicatorsFile = await read('indicators.yaml');
  if (!indicatorsFile) rejected.add('indicator:*');
  else {
    const indicators = readListFile(indicatorsFile, 'indicators', indicatorSchema);
    located.indicators = indicators.located;
    issues.push(...indicators.issues);
    for (const id of indicators.rejected) rejected.add(`indicator:${id}`);
  }
  for (const file of listed.files) {
    const yaml = await read(file);
    if (!yaml) continue;
    const records = readSourceFile(yaml);
    if (records.source) located.sources.push(records.source);
    located.observations.push(...records.observations);
    located.events.push(...records.events);
    issues.push(...records.issues);
    for (const id of records.rejected) rejected.add(`source:${id}`);
  }

  issues.push(...withoutEchoes(checkDataset(located), rejected));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, dataset: datasetOf(located), version: dataVersion(texts) };
}

function datasetOf(located: LocatedDataset): Dataset {
  const values = <T>(records: Located<T>[]) => records.map((r) => r.value);
  return {
    entities: values(located.entities),
    indicators: values(located.indicators),
    sources: values<Source>(located.sources),
    observations: values<Observation>(located.observations),
    events: values<DatedEvent>(located.events),
  };
}
