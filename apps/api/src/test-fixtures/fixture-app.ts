import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../app.ts';
import { loadDataset } from '../data/load-dataset.ts';
import type { ServiceState } from '../service-state.ts';
import { FIXTURE_DATA_DIR } from './fixture-data.ts';

export const INDEX_HTML =
  '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';
export const ASSET_JS = 'console.log("dashboard");';

/** A stand-in for the web app's build: index.html, one hashed asset and a favicon. */
export function fakeWebDist(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bd-web-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), ASSET_JS);
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The app on the fixture data (or `dataDir`), serving `webDist` (a folder that does not exist by default), with the
 * process state `service` where a test sets it.
 */
export async function fixtureApp(
  webDist = path.join(os.tmpdir(), 'bd-no-web-dist'),
  dataDir = FIXTURE_DATA_DIR,
  service?: ServiceState,
) {
  const loaded = await loadDataset(dataDir);
  if (!loaded.ok) throw new Error(`fixture data is invalid: ${JSON.stringify(loaded.issues)}`);
  const options = { webDist, loadedAt: new Date('2024-02-01T00:00:00Z'), ...(service ? { service } : {}) };
  return { app: createApp(loaded, options), loaded };
}
