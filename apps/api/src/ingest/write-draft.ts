import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset, Indicator } from '@bd/core';
import type { DraftEvent, DraftObservation, Proposals } from '@bd/ingest';
import { uniqueIds } from '@bd/ingest';
import { issueLines } from '../data/issues-report.ts';
import { countOf } from '../data/record-diff.ts';
import { candidatesYaml, groupByIndicator } from './candidates-yaml.ts';
import { checkDraft } from './check-draft.ts';
import { DRAFTS } from './drafts.ts';
import { IngestError } from './ingest-error.ts';
import type { SourceSkeleton } from './source-skeleton.ts';

/** What `pnpm ingest` read from an article. */
export interface Drafted {
  proposals: Proposals;
  skeleton: SourceSkeleton;
  sourceId: string;
  languageNote: string;
  indicators: Indicator[];
}

function isWritable(o: DraftObservation): boolean {
  return o.indicator !== null && o.period_start !== undefined;
}

function isDated(e: DraftEvent): boolean {
  return e.date !== undefined;
}

function alreadyExists(target: string): string {
  return `${target} already exists: pnpm ingest never overwrites a draft or a source file; choose another --source-id, or merge the candidates by hand`;
}

/** The draft's YAML with the records that can be written, their ids unique among the published ones. */
function draftText(drafted: Drafted, dataset: Dataset, articleName: string) {
  const observations = uniqueIds(
    drafted.proposals.observations.filter(isWritable),
    new Set(dataset.observations.map((o) => o.id)),
  );
  const events = uniqueIds(drafted.proposals.events.filter(isDated), new Set(dataset.events.map((e) => e.id)));
  const text = candidatesYaml({
    heading: [
      `Drafted by pnpm ingest from ${articleName}. Every indicator, period, qualifier and evidence phrase was a guess:`,
      'a curator checks each record against the article, fills in the TODOs, and publishes it with pnpm ingest --publish.',
    ],
    source: drafted.skeleton,
    groups: groupByIndicator(observations, drafted.indicators),
    events,
    indicators: drafted.indicators,
  });
  return { text, observations, events };
}

/**
 * Writes `<data>/drafts/<source-id>.yaml`, never over a draft or a published file, after checking it against the
 * published data: the only problems it may have are the TODOs a curator fills in. Returns the file written.
 */
export async function writeDraft(
  drafted: Drafted,
  published: Dataset,
  dataDir: string,
  articleName: string,
  say: (text: string) => void,
): Promise<string> {
  const name = `${drafted.sourceId}.yaml`;
  const target = path.join(dataDir, DRAFTS, name);
  for (const file of [target, path.join(dataDir, 'sources', name)]) {
    if (existsSync(file)) throw new IngestError(alreadyExists(file));
  }
  if (published.sources.some((source) => source.id === drafted.sourceId)) {
    throw new IngestError(`the source id "${drafted.sourceId}" is already used in ${dataDir}: choose another --source-id`);
  }
  const { text, observations, events } = draftText(drafted, published, articleName);
  const issues = checkDraft(published, `${DRAFTS}/${name}`, text);
  const unexpected = issues.filter((i) => !drafted.skeleton.todoFields.includes(i.field));
  if (unexpected.length > 0) {
    throw new IngestError(
      `not written: the draft would not pass validation (a fault of pnpm ingest; please report it):\n${issueLines(unexpected)}`,
    );
  }
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await writeFile(target, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new IngestError(alreadyExists(target));
    throw new IngestError(`cannot write ${target}: ${(error as Error).message}`);
  }
  const left = drafted.proposals.observations.length - observations.length;
  say(
    `Wrote the draft ${target}: ${countOf('observation', observations.length)}, ${countOf('event', events.length)}. It is not served until it is published.`,
  );
  if (left > 0) {
    say(
      `Left out ${left} candidate${left === 1 ? '' : 's'} without an indicator or a period: add them from the output above if they belong.`,
    );
  }
  return target;
}
