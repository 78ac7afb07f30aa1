import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfigOrExit } from '../config.ts';
import { issuesReport } from '../data/issues-report.ts';
import { loadDataset } from '../data/load-dataset.ts';
import { closePageRenderers, rendererFileFor } from '../pages/page-renderer.ts';
import { pinWebBuild } from '../web-build.ts';
import { copyWebApp, writeStaticSite } from './export-site.ts';

/**
 * `pnpm export [--out dir] [--origin https://host]`: the built dashboard, every page rendered as the server renders it,
 * and every API answer it needs, as files (default dist-static/). `--origin` is where the site will be served from:
 * link previews need absolute addresses.
 * `pnpm export` builds the dashboard first; this command alone uses the build that is there (WEB_DIST).
 */
async function exportSite(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, origin: { type: 'string' } } });
  const config = readConfigOrExit();
  const { dataDir } = config;
  // The release `current` names now, for the whole export, whatever a build started meanwhile points it at.
  const webDist = pinWebBuild(config.webDist).dist;
  const repoRoot = path.resolve(import.meta.dirname, '../../../..');
  const outDir = values.out
    ? path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out)
    : path.join(repoRoot, 'dist-static');
  const loaded = await loadDataset(dataDir);
  if (!loaded.ok) {
    console.error(issuesReport(dataDir, loaded.issues));
    return 1;
  }
  if (!existsSync(path.join(webDist, 'index.html'))) {
    console.error(`The dashboard is not built (no ${webDist}/index.html): run pnpm export, which builds it, or pnpm build.`);
    return 1;
  }
  const origin = (values.origin ?? '').replace(/\/$/, '');
  if (origin !== '' && !/^https?:\/\/[^/]+$/.test(origin)) {
    console.error(`--origin must be the site's origin, such as https://dashboard.example.org, got "${values.origin}"`);
    return 1;
  }
  rmSync(outDir, { recursive: true, force: true });
  copyWebApp(webDist, outDir);
  const written = await writeStaticSite(loaded, outDir, { webDist, rendererFile: rendererFileFor(webDist), origin });
  await closePageRenderers();
  console.log(`Static site in ${outDir}: the dashboard and ${written} files of data version ${loaded.version}.`);
  console.log(`Serve it with any static file server, e.g.: npx sirv-cli ${outDir}`);
  return 0;
}

process.exitCode = await exportSite();
