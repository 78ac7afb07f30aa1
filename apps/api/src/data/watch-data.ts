import { watch } from 'node:fs';

/** How long the data folder must be quiet before a reload: an editor's save is often several writes. */
const DATA_SETTLE_MS = 200;

/**
 * A data file, or the sources folder itself (created, removed or renamed); editors' swap and backup files are not,
 * nor drafts (drafts/, which the loader never reads).
 */
function isDataPath(file: string): boolean {
  const normalised = file.replaceAll('\\', '/');
  if (normalised === 'drafts' || normalised.startsWith('drafts/')) return false;
  return /\.ya?ml$/.test(normalised) || normalised === 'sources';
}

export interface DataWatcher {
  close(): void;
}

/**
 * Watches `dataDir` and its sources/ folder, and calls `onSettled` with the data files that changed once no
 * change has come for `settleMs`. A watcher that fails (the folder is removed) reports it and stops watching;
 * the data already loaded keeps being served.
 */
export function watchDataDir(
  dataDir: string,
  onSettled: (files: string[]) => void,
  options: { settleMs?: number; onError?: (error: Error) => void } = {},
): DataWatcher {
  const settleMs = options.settleMs ?? DATA_SETTLE_MS;
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dataDir, { recursive: true }, (_event, file) => {
    const name = file === null ? undefined : String(file);
    if (name !== undefined && !isDataPath(name)) return;
    if (name !== undefined) changed.add(name);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed].sort();
      changed.clear();
      onSettled(files);
    }, settleMs);
  });
  watcher.on('error', (error) => {
    clearTimeout(timer);
    watcher.close();
    options.onError?.(error);
  });
  return {
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
