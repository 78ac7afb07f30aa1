import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** What `pnpm build` writes beside a release's dist/ and dist-server/ (apps/web/build/release.ts). */
const releaseSchema = z.object({ id: z.string(), built_at: z.string() });

/** The built dashboard one process serves for its whole life. */
export interface ServedWebBuild {
  /** The browser's build, with every link resolved: the release's own dist/, whatever `current` names later. */
  dist: string;
  /** The release's id, when the build is a release of `pnpm build`. */
  release: string | null;
  /** Whether there is a build at all (dist/index.html). */
  built: boolean;
}

/**
 * The build at `webDist` as this process will serve it: its links (apps/web/current → releases/<id>) resolved once,
 * at start, so that a later `pnpm build` pointing `current` at a new release changes nothing this process serves,
 * and its page renderer (dist-server/, beside dist/) is always the same release's.
 */
export function pinWebBuild(webDist: string): ServedWebBuild {
  if (!existsSync(path.join(webDist, 'index.html'))) return { dist: path.resolve(webDist), release: null, built: false };
  const dist = realpathSync(webDist);
  return { dist, release: releaseOf(path.dirname(dist)), built: true };
}

function releaseOf(folder: string): string | null {
  const file = path.join(folder, 'release.json');
  if (!existsSync(file)) return null;
  const parsed = releaseSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data.id : null;
}

/** The build served, in a few words for the start line. */
export function describeWebBuild(build: ServedWebBuild): string {
  if (!build.built) return `no dashboard built at ${build.dist}: the API answers, pages say to run pnpm build`;
  return build.release ? `dashboard release ${build.release}` : `dashboard from ${build.dist}`;
}
