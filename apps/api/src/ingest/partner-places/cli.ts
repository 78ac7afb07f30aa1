import { writeFileSync } from 'node:fs';
import { readConfigOrExit } from '../../config.ts';
import { issuesReport } from '../../data/issues-report.ts';
import { loadDataset } from '../../data/load-dataset.ts';
import { locatePartners, PARTNER_PLACES_FILE, partnerPlacesText } from './locate-partners.ts';

/** `pnpm places`: locates every partner locality of data/ and writes the map's file; says which it could not place. */
async function writePartnerPlaces(): Promise<number> {
  const { dataDir } = readConfigOrExit();
  const loaded = await loadDataset(dataDir);
  if (!loaded.ok) {
    console.error(issuesReport(dataDir, loaded.issues));
    return 1;
  }
  const { file, failures } = await locatePartners(loaded.dataset.events);
  writeFileSync(PARTNER_PLACES_FILE, partnerPlacesText(file));
  console.log(`Wrote ${Object.keys(file.places).length} partner places to ${PARTNER_PLACES_FILE}`);
  for (const line of failures) console.log(`Not placed (the map shows it at its country): ${line}`);
  return 0;
}

process.exitCode = await writePartnerPlaces();
