import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../paths.ts';

const CURRENT = path.join(REPO_ROOT, 'apps/web/current');

/**
 * The browser's build of the release `pnpm build` made last (apps/web/current → releases/<id>), given to the
 * server as WEB_DIST. A release is never written again, so a build started elsewhere during the run (it makes a
 * release of its own) does not change the files being measured; the renderer is the release's dist-server/.
 */
export function releasedWebBuild(): string {
  for (const file of ['dist/index.html', 'dist-server/entry-server.js']) {
    if (!existsSync(path.join(CURRENT, file))) throw new Error(`apps/web/current/${file} is missing: build first (pnpm build)`);
  }
  return path.join(realpathSync(CURRENT), 'dist');
}
