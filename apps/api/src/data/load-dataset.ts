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
import type { z } from 'zod';
import { fileIssue } from './data-issue.ts';
import { dataVersion, versionOfFiles } from './data-version.ts';
import type { SnapshotSaved, SnapshotStore } from './dataset-snapshot.ts';
import { readListFile } from './list-file.ts';
import { type RecordIndex, recordIndex } from './record-diff.ts';
import type { SourceFiles } from './snapshot-codec.ts';
import { readSourceFile } from './source-file.ts';
import { type DataFileRead, parseYamlText, readDataFile, type YamlFile } from './yaml-file.ts';

/** A valid dataset and the version of the files it was read from. */
export interface LoadedData {
  dataset: Dataset;
  /** First 12 hex characters of a hash of every data file: changes whenever the data does. */
  version: string;
  /** The file each source was read from (`sources/<file>.yaml`), by source id; empty where not known. */
  sourceFiles?: SourceFiles;
  /** How this data differs from the last good data, once the server has compared them (see data-guard.ts). */
  change?: ChangeNote;
}

/** The last change of the data served, as /api/health reports it. */
export interface ChangeNote {
  /** ISO time of the comparison. */
  at: string;
  /** What the data was compared with, e.g. "the data last served (version …)". */
  comparedWith: string;
  fromVersion: string;
  summary: string;
  added: number;
  removed: number;
  changed: number;
}

/** How a load used the snapshot store: what it read, or what it wrote in the background and why. */
export type SnapshotUse = { read: true } | { read: false; reason: string; saved: Promise<SnapshotSaved> };

export type DatasetLoad =
  | ({ ok: true; snapshot?: SnapshotUse } & LoadedData)
  /** `records`: those that could be read, for a change report of data that does not pass. */
  | { ok: false; issues: DataIssue[]; records?: RecordIndex };

export interface LoadOptions {
  /** Where checked datasets are kept between starts; without it, every load parses and checks every file. */
  snapshots?: SnapshotStore;
}

const SOURCES = 'sources';

async function isDirectory(folder: string): Promise<boolean> {
  return stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** The data files of a folder whose sources/ folder holds `names` (undefined: no sources/ folder), in reading order. */
export function dataFileNames(names: readonly string[] | undefined): { files: string[]; issues: DataIssue[] } {
  const listed = sourceFileNames(names);
  return { files: ['entities.yaml', 'indicators.yaml', ...listed.files], issues: listed.issues };
}

/** `sources/<file>.yaml` paths in name order; other YAML extensions are issues, other files are ignored. */
function sourceFileNames(unsorted: readonly string[] | undefined): { files: string[]; issues: DataIssue[] } {
  if (unsorted === undefined) {
    return { files: [], issues: [fileIssue(`${SOURCES}/`, 'the folder is missing: expected one YAML file per article')] };
  }
  const names = [...unsorted].sort();
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

/**
 * Reads `dataDir`, validates every record and the references between them, and hashes the files. With a snapshot
 * store, data whose every file is unchanged since it last passed is taken from its snapshot instead of checked
 * again, and data checked now is written to one.
 */
export async function loadDataset(dataDir: string, options: LoadOptions = {}): Promise<DatasetLoad> {
  if (!(await isDirectory(dataDir))) {
    return {
      ok: false,
      issues: [fileIssue(dataDir, 'the data folder does not exist: set DATA_DIR to the folder of entities.yaml')],
    };
  }
  const sources = path.join(dataDir, SOURCES);
  const listed = dataFileNames((await isDirectory(sources)) ? await readdir(sources) : undefined);
  const names = listed.files;
  const { snapshots } = options;
  let unused: string | undefined;
  if (snapshots && listed.issues.length === 0) {
    const version = versionOfFiles(dataDir, names);
    if (version !== undefined) {
      const kept = await snapshots.read(version);
      if (kept.dataset) {
        return { ok: true, dataset: kept.dataset, sourceFiles: kept.sourceFiles, version, snapshot: { read: true } };
      }
      unused = kept.reason;
    }
  }
  const reads = await Promise.all(names.map((file) => readDataFile(dataDir, file)));
  const version = dataVersion(new Map(reads.flatMap((read) => (read.ok ? [[read.file, read.bytes] as const] : []))));
  const checked = checkFiles(reads, listed.issues, version);
  if (!checked.ok || !snapshots || unused === undefined) return checked;
  // Kept under the version of the bytes checked, which a file edited meanwhile would make differ from the one looked up.
  const saved = snapshots.save(version, checked.dataset, checked.sourceFiles);
  return { ...checked, snapshot: { read: false, reason: unused, saved } };
}

/** The records of files read, in the order read (entities.yaml, indicators.yaml, then sources), and their issues. */
interface LocatedRecords {
  located: LocatedDataset;
  issues: DataIssue[];
  /** `kind:id` of records that failed their schema (`kind:*` for a file that could not be parsed). */
  rejected: Set<string>;
  sourceFiles: Map<string, string>;
}

/** Parses every file read and checks each record against its schema; the references between them are not checked. */
export function locateRecords(reads: DataFileRead[]): LocatedRecords {
  const issues: DataIssue[] = [];
  const located: LocatedDataset = { entities: [], indicators: [], sources: [], observations: [], events: [] };
  const rejected = new Set<string>();
  const sourceFiles = new Map<string, string>();
  const parse = (read: DataFileRead): YamlFile | undefined => {
    const result = read.ok ? parseYamlText(read.file, read.bytes.toString('utf8')) : read;
    if (result.ok) return result.yaml;
    issues.push(...result.issues);
    return undefined;
  };
  /** The valid records of a list file; its rejected ids (all, `*`, when it cannot be parsed) noted as `kind:id`. */
  const list = <S extends z.ZodObject>(read: DataFileRead | undefined, kind: string, name: string, schema: S) => {
    const yaml = read && parse(read);
    const records = yaml ? readListFile(yaml, name, schema) : { located: [], issues: [], rejected: ['*'] };
    issues.push(...records.issues);
    for (const id of records.rejected) rejected.add(`${kind}:${id}`);
    return records.located;
  };
  const [entitiesRead, indicatorsRead, ...sourceReads] = reads;
  located.entities = list(entitiesRead, 'entity', 'entities', entitySchema);
  located.indicators = list(indicatorsRead, 'indicator', 'indicators', indicatorSchema);
  for (const read of sourceReads) {
    const yaml = parse(read);
    if (!yaml) continue;
    const records = readSourceFile(yaml);
    if (records.source) {
      located.sources.push(records.source);
      if (!sourceFiles.has(records.source.value.id)) sourceFiles.set(records.source.value.id, yaml.file);
    }
    located.observations.push(...records.observations);
    located.events.push(...records.events);
    issues.push(...records.issues);
    for (const id of records.rejected) rejected.add(`source:${id}`);
  }
  return { located, issues, rejected, sourceFiles };
}

/** Checks files read as `loadDataset` does a folder's (`dataFileNames` order), versioned by their bytes. */
export function checkReads(reads: DataFileRead[]): DatasetLoad {
  const version = dataVersion(new Map(reads.flatMap((read) => (read.ok ? [[read.file, read.bytes] as const] : []))));
  return checkFiles(reads, [], version);
}

/** Parses and checks every file read, in the order read, adding to the issues of listing them. */
function checkFiles(reads: DataFileRead[], listingIssues: DataIssue[], version: string): DatasetLoad {
  const { located, issues, rejected, sourceFiles } = locateRecords(reads);
  issues.unshift(...listingIssues);
  issues.push(...withoutEchoes(checkDataset(located), rejected));
  if (issues.length > 0) return { ok: false, issues, records: recordIndex(located) };
  return { ok: true, dataset: datasetOf(located), version, sourceFiles };
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
