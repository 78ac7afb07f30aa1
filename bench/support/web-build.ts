import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../paths.ts';

const WEB = path.join(REPO_ROOT, 'apps/web');
/** The lock every build of the web app is taken under (`flock /tmp/web-build.lock pnpm --filter @bd/web build`). */
const BUILD_LOCK = '/tmp/web-build.lock';

/** A copy of the web app's build that the bench measures: the browser's files and the server renderer. */
export interface WebBuild {
  /** The browser's build (index.html, assets/), given to the server as WEB_DIST. */
  dist: string;
  remove: () => void;
}

/**
 * Copies apps/web/dist and dist-server into a folder of the bench's own, under the build lock, so that a build
 * started by someone else during the run (it empties dist/ first) does not change the files being measured. The
 * renderer is found beside WEB_DIST (../dist-server), and its packages through a link to apps/web/node_modules.
 */
export function copyWebBuild(): WebBuild {
  for (const folder of ['dist/index.html', 'dist-server/entry-server.js']) {
    if (!existsSync(path.join(WEB, folder))) {
      throw new Error(`apps/web/${folder} is missing: build first (flock ${BUILD_LOCK} pnpm --filter @bd/web build)`);
    }
  }
  const root = mkdtempSync(path.join(os.tmpdir(), 'bd-bench-web-'));
  const copy = spawnSync('flock', [BUILD_LOCK, 'cp', '-R', path.join(WEB, 'dist'), path.join(WEB, 'dist-server'), `${root}/`], {
    encoding: 'utf8',
  });
  if (copy.status !== 0) throw new Error(`could not copy the web build: ${copy.stderr}`);
  symlinkSync(path.join(WEB, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return { dist: path.join(root, 'dist'), remove: () => rmSync(root, { recursive: true, force: true }) };
}
