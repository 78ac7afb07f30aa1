import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '@bd/core';
import { issueLines } from '../data/issues-report.ts';
import { checkDraft } from './check-draft.ts';
import { IngestError } from './ingest-error.ts';

async function readDraft(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new IngestError(`no such draft: ${file} (pnpm ingest <article> --write makes one)`);
    throw new IngestError(`cannot read the draft ${file} (${code ?? String(error)})`);
  }
}

/**
 * `pnpm ingest --publish <draft>`: the curator's confirmation. The draft is checked as the loader would check it in
 * `sources/`, together with the published data, and refused while anything fails, a TODO left in any field among
 * them; only then is it written to `<data>/sources/` (never over a file) and the draft removed. Returns the file
 * written.
 */
export async function publishDraft(
  draftFile: string,
  published: Dataset,
  dataDir: string,
  say: (text: string) => void,
): Promise<string> {
  const name = path.basename(draftFile);
  if (!name.endsWith('.yaml')) throw new IngestError(`${draftFile} is not a draft: expected a .yaml file of data/drafts/`);
  const target = path.join(dataDir, 'sources', name);
  if (path.resolve(draftFile) === path.resolve(target)) throw new IngestError(`${draftFile} is already published`);
  if (existsSync(target)) {
    throw new IngestError(
      `${target} already exists: pnpm ingest never overwrites a source file; rename the draft to its own source id`,
    );
  }
  const text = await readDraft(draftFile);
  const issues = checkDraft(published, draftFile, text);
  if (issues.length > 0) {
    const count = `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}`;
    throw new IngestError(
      `not published: ${draftFile} does not validate with the published data (${count}); fix them in the draft and run pnpm ingest --publish again:\n${issueLines(issues)}`,
    );
  }
  try {
    await writeFile(target, text, { flag: 'wx' });
  } catch (error) {
    throw new IngestError(`cannot write ${target}: ${(error as Error).message}`);
  }
  await rm(draftFile);
  say(`Published ${target}; it passes validation with the published data, and the draft ${draftFile} is removed.`);
  say('A running server serves it at its next reload (kill -HUP <pid>; under pnpm dev, at once).');
  return target;
}
