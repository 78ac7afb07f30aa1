import type { DataIssue } from '@bd/core';
import { type AppOptions, createApp } from './app.ts';
import { type LoadedData, loadDataset } from './data/load-dataset.ts';

export type ReloadOutcome =
  | { ok: true; changed: boolean; version: string; observations: number }
  | { ok: false; issues: DataIssue[]; keptVersion: string };

/**
 * The app of the last good data, which a reload replaces in one reference swap: a request is answered wholly
 * from the data it started with, and bad data never replaces good.
 */
export function liveApp(initial: LoadedData, dataDir: string, options: Omit<AppOptions, 'loadedAt'>) {
  let current = { app: createApp(initial, options), version: initial.version };
  let pending: Promise<ReloadOutcome> = Promise.resolve({ ok: true, changed: false, version: initial.version, observations: 0 });

  const reloadNow = async (): Promise<ReloadOutcome> => {
    const loaded = await loadDataset(dataDir);
    if (!loaded.ok) return { ok: false, issues: loaded.issues, keptVersion: current.version };
    const changed = loaded.version !== current.version;
    if (changed) current = { app: createApp(loaded, options), version: loaded.version };
    return { ok: true, changed, version: loaded.version, observations: loaded.dataset.observations.length };
  };

  return {
    /** Answers with the app of the moment. */
    fetch: (request: Request, env?: unknown) => current.app.fetch(request, env),
    /** Re-reads the data folder; reloads asked for while one runs wait for it, so they never interleave. */
    reload: (): Promise<ReloadOutcome> => {
      pending = pending.then(reloadNow, reloadNow);
      return pending;
    },
    version: () => current.version,
  };
}
