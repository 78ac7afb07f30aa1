import path from 'node:path';
import { parseArgs } from 'node:util';
import { plural } from '@bd/core';
import { readConfigOrExit } from './config.ts';
import {
  type Baseline,
  changeLines,
  changeNote,
  committedBaseline,
  compareWithBaseline,
  invalidDataReport,
  lastGoodBaseline,
  lastGoodStore,
  loadedRecords,
} from './data/data-guard.ts';
import { loadDataset } from './data/load-dataset.ts';
import { countOf } from './data/record-diff.ts';
import { draftsWaiting, draftsWaitingLine } from './ingest/drafts.ts';

const USAGE = `Usage: pnpm validate [--against <git ref>] [--accept-removals]

Checks every data file, then lists what changed record by record compared with the last good data (the data
last served or accepted, else the data committed at HEAD).
  --against <ref>     compare with the data at a commit instead (a branch, a tag, HEAD, a hash)
  --accept-removals   confirm that the records this data removes are meant to go: the next start or reload
                      serves it`;

interface ValidateArgs {
  against?: string;
  acceptRemovals: boolean;
}

function readArgs(argv: string[]): ValidateArgs | { error: string } | 'help' {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { against: { type: 'string' }, 'accept-removals': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    if (values.help) return 'help';
    if (values.against !== undefined && values.against.trim() === '')
      return { error: '--against needs a git ref, e.g. --against HEAD' };
    return { against: values.against, acceptRemovals: values['accept-removals'] ?? false };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** `pnpm validate`: the server's data loading alone, with its verdict and what changed. */
async function validate(argv: string[]): Promise<number> {
  const args = readArgs(argv);
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  if ('error' in args) {
    console.error(`pnpm validate: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  const config = readConfigOrExit();
  const { dataDir } = config;
  const store = lastGoodStore(config.lastGoodDir, dataDir);
  const [loaded, baseline] = await Promise.all([
    loadDataset(dataDir),
    args.against !== undefined ? committedBaseline(dataDir, args.against) : lastGoodBaseline(dataDir, store),
  ]);
  if ('reason' in baseline && args.against !== undefined) {
    console.error(`pnpm validate --against ${args.against}: ${baseline.reason}`);
    return 2;
  }
  const comparable = 'reason' in baseline ? undefined : (baseline as Baseline);
  if (!loaded.ok) {
    console.error(invalidDataReport(dataDir, loaded, baseline));
    return 1;
  }
  const { sources, indicators, observations, events } = loaded.dataset;
  const counts = [
    countOf('source', sources.length),
    countOf('indicator', indicators.length),
    countOf('observation', observations.length),
    countOf('event', events.length),
  ];
  console.log(`Data is valid: ${counts.join(', ')} (version ${loaded.version})`);
  const drafts = draftsWaitingLine(
    (await draftsWaiting(dataDir)).map((file) => path.relative(process.env.INIT_CWD ?? process.cwd(), file)),
  );
  if (drafts) console.log(drafts);
  if (!comparable) {
    console.log(`No earlier data to compare with: ${(baseline as { reason: string }).reason}`);
    if (args.acceptRemovals) await store.keep(loaded);
    return 0;
  }
  const comparison = compareWithBaseline(comparable, loadedRecords(loaded), loaded.version, await store.version());
  console.log(changeLines(comparison, Number.POSITIVE_INFINITY).join('\n'));
  if (args.acceptRemovals) {
    await store.keep({ ...loaded, change: changeNote(comparison) });
    const removed = comparison.change.removed.length;
    console.log(
      `Accepted data version ${loaded.version}${removed > 0 ? ` with its ${plural('en', removed, { one: '1 removal', other: `${removed} removals` })}` : ''}: the next start or reload serves it (a running server: kill -HUP its process)`,
    );
    return 0;
  }
  if (comparison.refusal && args.against === undefined) {
    console.error(['', 'The server would refuse this data:', ...comparison.refusal].join('\n'));
    return 1;
  }
  return 0;
}

process.exitCode = await validate(process.argv.slice(2));
