import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { releasesToRemove } from './releases.ts';

/**
 * `pnpm build`: builds the dashboard once into a release of its own, apps/web/releases/<id>/ (dist/ for browsers,
 * dist-server/ for the API's page renderer, release.json), then points apps/web/current at it in one rename.
 *
 * A release is never written again once it is in place: a replica serves the release `current` named when it
 * started (the API resolves the link once), so a build or a newcomer's `pnpm start` never changes a file another
 * replica serves. A half-built release is not seen (it is built under a name starting with a dot), and two builds
 * at once each make their own. The newest releases are kept for replicas still serving them; older ones go.
 */
const WEB = path.resolve(import.meta.dirname, '..');
const RELEASES = path.join(WEB, 'releases');
const CURRENT = path.join(WEB, 'current');
/** How many releases stay besides the current one: enough for replicas not yet restarted onto the newest. */
const KEEP = 4;

/** A release's name: when it was built (UTC, so names sort by age) and a few random letters, since builds may overlap. */
function releaseId(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

async function buildRelease(): Promise<string> {
  const id = releaseId(new Date());
  const partial = path.join(RELEASES, `.partial-${id}`);
  mkdirSync(partial, { recursive: true });
  try {
    await build({ root: WEB, logLevel: 'warn', build: { outDir: path.join(partial, 'dist') } });
    await build({ root: WEB, logLevel: 'warn', build: { ssr: true, outDir: path.join(partial, 'dist-server') } });
    writeFileSync(path.join(partial, 'release.json'), `${JSON.stringify({ id, built_at: new Date().toISOString() }, null, 2)}\n`);
    renameSync(partial, path.join(RELEASES, id));
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  return id;
}

/** Points apps/web/current at the release `id` in one step: a new link beside it, renamed over the old one. */
function makeCurrent(id: string): void {
  const next = `${CURRENT}.${id}`;
  symlinkSync(path.join('releases', id), next);
  renameSync(next, CURRENT);
}

/** The release `current` names, if it names one. */
function currentRelease(): string | undefined {
  try {
    return path.basename(readlinkSync(CURRENT));
  } catch {
    return undefined;
  }
}

/** Removes the releases older than the newest `KEEP` (never the current one), and builds abandoned over an hour ago. */
function prune(): string[] {
  const names = readdirSync(RELEASES);
  const abandoned = names.filter(
    (name) => name.startsWith('.partial-') && Date.now() - statSync(path.join(RELEASES, name)).mtimeMs > 3_600_000,
  );
  const removed = [...releasesToRemove(names, currentRelease(), KEEP), ...abandoned];
  for (const name of removed) rmSync(path.join(RELEASES, name), { recursive: true, force: true });
  return removed;
}

const id = await buildRelease();
makeCurrent(id);
const removed = prune();
console.log(`Built the dashboard: apps/web/releases/${id}, now apps/web/current`);
if (removed.length > 0)
  console.log(`Removed ${removed.length} older release${removed.length === 1 ? '' : 's'}: ${removed.join(', ')}`);
