import path from 'node:path';
import { watch } from 'chokidar';

/** How long the data folder must be quiet before a reload: an editor's save is often several writes. */
const DATA_SETTLE_MS = 200;

/**
 * A data file, or the sources folder itself (created, removed or renamed); editors' swap and backup files are not,
 * nor drafts (drafts/, which the loader never reads).
 */
function isDataPath(name: string): boolean {
  return !isDraft(name) && (/\.ya?ml$/.test(name) || name === 'sources');
}

/** drafts/ and what is in it, which the loader never reads. */
function isDraft(name: string): boolean {
  return name === 'drafts' || name.startsWith('drafts/');
}

/** A path under `dataDir` as the data's own name for it: relative, with forward slashes. */
function nameIn(dataDir: string, file: string): string {
  return path.relative(dataDir, file).split(path.sep).join('/');
}

export interface DataWatcher {
  close(): void;
}

/**
 * Watches `dataDir` and its sources/ folder, and calls `onSettled` with the data files that changed once no
 * change has come for `settleMs`; `onReady` once every folder is watched. A watcher that fails reports it and stops watching; the data already loaded
 * keeps being served.
 *
 * chokidar rather than `fs.watch`: Node's recursive watch on Linux follows a file by its inode, so after the first
 * save that writes a new file and renames it over the old (`sed -i`, and many editors' atomic saves) it sees
 * nothing more of that file. chokidar watches the folders and sees the file that now has the name.
 */
export function watchDataDir(
  dataDir: string,
  onSettled: (files: string[]) => void,
  options: { settleMs?: number; onError?: (error: Error) => void; onReady?: () => void } = {},
): DataWatcher {
  const settleMs = options.settleMs ?? DATA_SETTLE_MS;
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dataDir, {
    ignoreInitial: true,
    ignored: (file) => isDraft(nameIn(dataDir, file)),
  });
  watcher.on('all', (_event, file) => {
    const name = nameIn(dataDir, file);
    if (!isDataPath(name)) return;
    changed.add(name);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed].sort();
      changed.clear();
      onSettled(files);
    }, settleMs);
  });
  // An edit made before the first scan ends is not seen: only once `ready` may anyone be told edits are watched.
  watcher.on('ready', () => options.onReady?.());
  watcher.on('error', (error) => {
    clearTimeout(timer);
    void watcher.close();
    options.onError?.(error instanceof Error ? error : new Error(String(error)));
  });
  return {
    close: () => {
      clearTimeout(timer);
      void watcher.close();
    },
  };
}
