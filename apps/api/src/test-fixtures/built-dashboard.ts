import { existsSync } from 'node:fs';
import { readConfig } from '../config.ts';
import { rendererFileFor } from '../pages/page-renderer.ts';

/** The built dashboard the server renders pages with, and whether it is there (`pnpm test` builds it first). */
export const { webDist } = readConfig({});
export const dashboardBuilt = existsSync(rendererFileFor(webDist));

/** Says plainly, once per test file, that tests needing the built dashboard are skipped. */
export function warnIfNotBuilt(what: string): void {
  if (!dashboardBuilt)
    console.warn(`Skipped ${what}: the dashboard is not built (no ${rendererFileFor(webDist)}); pnpm test builds it.`);
}
