import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Indicator, indicatorSchema, slugSchema, type TextLanguage } from '@bd/core';
import { readArticleHeader } from '@bd/core/ingest/article-header';
import { detectLanguage } from '@bd/core/ingest/detect-language';
import type { DraftEvent, DraftObservation, Proposals } from '@bd/core/ingest/draft-records';
import { proposeRecords } from '@bd/core/ingest/propose-records';
import { slug, uniqueIds } from '@bd/core/ingest/record-ids';
import { ConfigError, readConfig } from '../config.ts';
import { issueLines } from '../data/issues-report.ts';
import { readListFile } from '../data/list-file.ts';
import { loadDataset } from '../data/load-dataset.ts';
import { readYamlFile } from '../data/yaml-file.ts';
import { candidatesYaml, groupByIndicator } from './candidates-yaml.ts';
import { checkDraft } from './check-draft.ts';
import { parseIngestArgs } from './ingest-args.ts';
import { readArticle } from './read-article.ts';
import { type SourceSkeleton, sourceSkeleton } from './source-skeleton.ts';

/** Where `pnpm ingest` reads its settings and writes its messages. */
export interface IngestIO {
  /** The folder relative paths are resolved from: where the user typed the command. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
}

class IngestError extends Error {
  override name = 'IngestError';
}

function chooseLanguage(text: string, given: TextLanguage | undefined): { language: TextLanguage; note: string } {
  if (given) return { language: given, note: `language ${given} (--lang)` };
  const guess = detectLanguage(text);
  if (!guess.language)
    throw new IngestError(
      "cannot tell the article's language (none of its words are common English, Dutch or Vietnamese ones): pass --lang en|nl|vi",
    );
  const { en, nl, vi } = guess.counts;
  return {
    language: guess.language,
    note: `language ${guess.language}, detected (common words: en ${en}, nl ${nl}, vi ${vi}; override with --lang)`,
  };
}

async function readIndicators(dataDir: string): Promise<Indicator[]> {
  const file = await readYamlFile(dataDir, 'indicators.yaml');
  const records = file.ok ? readListFile(file.yaml, 'indicators', indicatorSchema) : { located: [], issues: file.issues };
  if (records.issues.length > 0) {
    throw new IngestError(`cannot read the indicators of ${dataDir}:\n${issueLines(records.issues)}`);
  }
  return records.located.map((r) => r.value);
}

function sourceIdFor(given: string | undefined, published: string | undefined, title: string | undefined, file: string): string {
  const id = given ?? slug(`${published ?? 'undated'} ${title ?? path.basename(file, path.extname(file))}`, 9);
  const checked = slugSchema.safeParse(id);
  if (!checked.success)
    throw new IngestError(`--source-id "${id}" is not usable: ${checked.error.issues[0]?.message ?? 'expected a slug'}`);
  return id;
}

function isWritable(o: DraftObservation): boolean {
  return o.indicator !== null && o.period_start !== undefined;
}

function isDated(e: DraftEvent): boolean {
  return e.date !== undefined;
}

interface Drafted {
  proposals: Proposals;
  skeleton: SourceSkeleton;
  sourceId: string;
  languageNote: string;
  indicators: Indicator[];
}

async function draft(
  text: string,
  args: { file: string; language?: TextLanguage; sourceId?: string },
  dataDir: string,
): Promise<Drafted> {
  const { language, note } = chooseLanguage(text, args.language);
  const indicators = await readIndicators(dataDir);
  const header = readArticleHeader(text);
  const sourceId = sourceIdFor(args.sourceId, header.published?.date, header.title, args.file);
  const proposals = proposeRecords(text, { language, sourceId, indicators });
  return { proposals, skeleton: sourceSkeleton(header, sourceId, language), sourceId, languageNote: note, indicators };
}

function alreadyExists(target: string): string {
  return `${target} already exists: pnpm ingest never overwrites a source file; choose another --source-id, or merge the candidates by hand`;
}

async function writeSourceFile(drafted: Drafted, dataDir: string, articleName: string, io: IngestIO): Promise<void> {
  const file = `sources/${drafted.sourceId}.yaml`;
  const target = path.join(dataDir, file);
  if (existsSync(target)) throw new IngestError(alreadyExists(target));
  const loaded = await loadDataset(dataDir);
  if (!loaded.ok) {
    throw new IngestError(
      `${dataDir} does not validate as it is, so the new file cannot be checked against it; fix these first (pnpm validate):\n${issueLines(loaded.issues)}`,
    );
  }
  const { dataset } = loaded;
  if (dataset.sources.some((source) => source.id === drafted.sourceId)) {
    throw new IngestError(`the source id "${drafted.sourceId}" is already used in ${dataDir}: choose another --source-id`);
  }
  const observations = uniqueIds(
    drafted.proposals.observations.filter(isWritable),
    new Set(dataset.observations.map((o) => o.id)),
  );
  const events = uniqueIds(drafted.proposals.events.filter(isDated), new Set(dataset.events.map((e) => e.id)));
  const text = candidatesYaml({
    heading: [
      `Drafted by pnpm ingest from ${articleName}. Every indicator, period and qualifier below is a guess:`,
      'check each record against the article, fill in the TODOs, then run pnpm validate.',
    ],
    source: drafted.skeleton,
    groups: groupByIndicator(observations, drafted.indicators),
    events,
    indicators: drafted.indicators,
  });
  const issues = checkDraft(dataset, file, text);
  const expected = issues.filter((i) => i.field === 'published' && drafted.skeleton.record.published === 'TODO');
  const unexpected = issues.filter((i) => !expected.includes(i));
  if (unexpected.length > 0) {
    throw new IngestError(
      `not written: the draft would not pass validation (a fault of pnpm ingest; please report it):\n${issueLines(unexpected)}`,
    );
  }
  try {
    await writeFile(target, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new IngestError(alreadyExists(target));
    }
    throw new IngestError(`cannot write ${target}: ${(error as Error).message}`);
  }
  const left = drafted.proposals.observations.length - observations.length;
  io.err(`Wrote ${target}: ${observations.length} observations, ${events.length} events.`);
  if (left > 0) {
    io.err(
      `Left out ${left} candidate${left === 1 ? '' : 's'} without an indicator or a period: add them from the output above if they belong.`,
    );
  }
  io.err(expected.length > 0 ? 'It does not validate yet: published is TODO.' : 'It passes validation.');
  for (const todo of drafted.skeleton.todos) io.err(`  TODO ${todo}`);
}

/** `pnpm ingest`: prints the candidates for an article, and with --write drafts its source file. Returns the exit code. */
export async function runIngest(argv: readonly string[], io: IngestIO): Promise<number> {
  const parsed = parseIngestArgs(argv);
  if (!parsed.ok) {
    io.err(`pnpm ingest: ${parsed.message}`);
    return 1;
  }
  const { args } = parsed;
  try {
    const file = path.resolve(io.cwd, args.file);
    const article = await readArticle(file);
    if (!article.ok) throw new IngestError(article.message);
    const { dataDir } = readConfig(io.env, io.cwd);
    const drafted = await draft(article.text, { ...args, file }, dataDir);
    const { observations, events, skipped } = drafted.proposals;
    io.out(
      candidatesYaml({
        heading: [
          `Candidates from ${file}: ${observations.length} observations, ${events.length} events; ${drafted.languageNote}.`,
          `Nothing is written without --write. Review each record before it goes into data/sources/${drafted.sourceId}.yaml.`,
        ],
        source: drafted.skeleton,
        groups: groupByIndicator(observations, drafted.indicators),
        events,
        indicators: drafted.indicators,
        skipped,
      }),
    );
    if (args.write) await writeSourceFile(drafted, dataDir, path.basename(file), io);
    return 0;
  } catch (error) {
    if (error instanceof IngestError || error instanceof ConfigError) {
      io.err(`pnpm ingest: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
