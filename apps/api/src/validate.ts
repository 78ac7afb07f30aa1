import { readConfigOrExit } from './config.ts';
import { issuesReport } from './data/issues-report.ts';
import { loadDataset } from './data/load-dataset.ts';

/** `pnpm validate`: the server's data loading alone, with its verdict. */
async function validate(): Promise<number> {
  const { dataDir } = readConfigOrExit();
  const loaded = await loadDataset(dataDir);
  if (!loaded.ok) {
    console.error(issuesReport(dataDir, loaded.issues));
    return 1;
  }
  const { sources, indicators, observations, events } = loaded.dataset;
  console.log(
    `Data is valid: ${sources.length} sources, ${indicators.length} indicators, ${observations.length} observations, ${events.length} events (version ${loaded.version})`,
  );
  return 0;
}

process.exitCode = await validate();
