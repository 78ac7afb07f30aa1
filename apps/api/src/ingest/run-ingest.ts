import path from 'node:path';
import { type Dataset, type Indicator, indicatorSchema, slugSchema, type TextLanguage } from '@bd/core';
import { detectLanguage, proposeRecords, readArticleHeader, slug } from '@bd/ingest';
import { ConfigError, readConfig } from '../config.ts';
import { issueLines } from '../data/issues-report.ts';
import { readListFile } from '../data/list-file.ts';
import { loadDataset } from '../data/load-dataset.ts';
import { countOf } from '../data/record-diff.ts';
import { readYamlFile } from '../data/yaml-file.ts';
import { candidatesYaml, groupByIndicator } from './candidates-yaml.ts';
import { type IngestArgs, parseIngestArgs } from './ingest-args.ts';
import { IngestError } from './ingest-error.ts';
import { publishDraft } from './publish-draft.ts';
import { readArticle } from './read-article.ts';
import { sourceSkeleton } from './source-skeleton.ts';
import { type Drafted, writeDraft } from './write-draft.ts';

/** Where `pnpm ingest` reads its settings and writes its messages. */
export interface IngestIO {
  /** The folder relative paths are resolved from: where the user typed the command. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
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

/** The published data, which a draft is checked against; it must validate as it is. */
async function publishedData(dataDir: string): Promise<Dataset> {
  const loaded = await loadDataset(dataDir);
  if (!loaded.ok) {
    throw new IngestError(
      `${dataDir} does not validate as it is, so a draft cannot be checked against it; fix these first (pnpm validate):\n${issueLines(loaded.issues)}`,
    );
  }
  return loaded.dataset;
}

async function writeAndSayWhatIsLeft(drafted: Drafted, dataDir: string, file: string, io: IngestIO): Promise<void> {
  const target = await writeDraft(drafted, await publishedData(dataDir), dataDir, path.basename(file), io.err);
  io.err('Before it is published, a curator checks every record against the article and fills in:');
  for (const todo of drafted.skeleton.todos) io.err(`  TODO ${todo}`);
  io.err(`Then: pnpm ingest --publish ${path.relative(io.cwd, target)}`);
}

async function propose(args: Extract<IngestArgs, { mode: 'propose' }>, io: IngestIO): Promise<void> {
  const file = path.resolve(io.cwd, args.file);
  const article = await readArticle(file);
  if (!article.ok) throw new IngestError(article.message);
  const { dataDir } = readConfig(io.env, io.cwd);
  const drafted = await draft(article.text, { ...args, file }, dataDir);
  const { observations, events, skipped } = drafted.proposals;
  io.out(
    candidatesYaml({
      heading: [
        `Candidates from ${file}: ${countOf('observation', observations.length)}, ${countOf('event', events.length)}; ${drafted.languageNote}.`,
        `Nothing is written without --write, which drafts data/drafts/${drafted.sourceId}.yaml (not served until published).`,
      ],
      source: drafted.skeleton,
      groups: groupByIndicator(observations, drafted.indicators),
      events,
      indicators: drafted.indicators,
      skipped,
    }),
  );
  if (args.write) await writeAndSayWhatIsLeft(drafted, dataDir, file, io);
}

async function publish(args: Extract<IngestArgs, { mode: 'publish' }>, io: IngestIO): Promise<void> {
  const { dataDir } = readConfig(io.env, io.cwd);
  await publishDraft(path.resolve(io.cwd, args.draft), await publishedData(dataDir), dataDir, io.err);
}

/**
 * `pnpm ingest`: prints the candidates for an article, with --write drafts its source file in data/drafts/ (which
 * the server never reads), and with --publish moves a draft a curator has checked into data/sources/. Returns the
 * exit code.
 */
export async function runIngest(argv: readonly string[], io: IngestIO): Promise<number> {
  const parsed = parseIngestArgs(argv);
  if (!parsed.ok) {
    io.err(`pnpm ingest: ${parsed.message}`);
    return 1;
  }
  try {
    if (parsed.args.mode === 'publish') await publish(parsed.args, io);
    else await propose(parsed.args, io);
    return 0;
  } catch (error) {
    if (error instanceof IngestError || error instanceof ConfigError) {
      io.err(`pnpm ingest: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
