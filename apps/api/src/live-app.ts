import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataIssue } from '@bd/core';
import { type AppOptions, createApp } from './app.ts';
import {
  changeLines,
  changeNote,
  changeOfInvalid,
  compareWithLastGood,
  keepServed,
  type LastGoodStore,
  loadedRecords,
} from './data/data-guard.ts';
import { type LoadedData, type LoadOptions, loadDataset } from './data/load-dataset.ts';
import { cachedPages } from './http/cached-pages.ts';
import { prepareAnswerBytes, preparedUrls, sendAnswerBytes } from './http/prepared-answers.ts';
import { type RefusedReload, reasonOfIssues } from './service-state.ts';

export type ReloadOutcome =
  /** `change`: what changed, record by record, as lines to print. */
  | { ok: true; changed: boolean; version: string; observations: number; change: string[] }
  /** `change`: the records lost or changed compared with the data served, where they could be read. */
  | { ok: false; issues: DataIssue[]; keptVersion: string; change: string[] }
  /** The data lost records compared with the data served: `refusal` says which and how to confirm. */
  | { ok: false; refusal: string[]; keptVersion: string };

export interface LiveOptions extends LoadOptions {
  /** Where the last good data is kept: a reload that is served becomes it, and a confirmed removal is read from it. */
  lastGood?: LastGoodStore;
}

/**
 * The app of the last good data, which a reload replaces in one reference swap: a request is answered wholly
 * from the data it started with, and bad data never replaces good.
 */
export function liveApp(
  initial: LoadedData,
  dataDir: string,
  options: Omit<AppOptions, 'loadedAt'>,
  loadOptions: LiveOptions = {},
) {
  const originFixed = options.publicAddress?.publicUrl !== undefined || !options.publicAddress?.trustProxy;
  /** The app for some data, and what it answers to its most asked URLs, prepared once (see prepared-answers.ts). */
  const appFor = (loaded: LoadedData) => {
    const app = createApp(loaded, options);
    const prepared = prepareAnswerBytes(app.request, preparedUrls(loaded.dataset, options.preparedLimit));
    return { app, loaded, version: loaded.version, prepared, pages: cachedPages(app.request, originFixed) };
  };
  const { service } = options;
  let current = appFor(initial);
  let prepared: Awaited<typeof current.prepared> = new Map();
  void current.prepared.then((answers) => {
    if (current.version === initial.version) prepared = answers;
  });
  let pending: Promise<ReloadOutcome> = Promise.resolve({
    ok: true,
    changed: false,
    version: initial.version,
    observations: 0,
    change: [],
  });

  const reloadNow = async (): Promise<ReloadOutcome> => {
    const loaded = await loadDataset(dataDir, loadOptions);
    const before = current.loaded;
    const previous = {
      version: before.version,
      records: loadedRecords(before),
      described: `the data served (version ${before.version})`,
    };
    if (!loaded.ok) {
      const { records } = loaded;
      const change = records ? changeOfInvalid(previous, records) : [];
      return { ok: false, issues: loaded.issues, keptVersion: current.version, change };
    }
    const changed = loaded.version !== current.version;
    const observations = loaded.dataset.observations.length;
    if (!changed) return { ok: true, changed, version: loaded.version, observations, change: [] };
    const comparison = await compareWithLastGood(loaded, { dataDir, store: loadOptions.lastGood, previous });
    if ('reason' in comparison) throw new Error(comparison.reason);
    if (comparison.refusal) return { ok: false, refusal: comparison.refusal, keptVersion: current.version };
    const served = { ...loaded, change: changeNote(comparison) };
    const next = appFor(served);
    const answers = await next.prepared;
    current = next;
    prepared = answers;
    await (loadOptions.lastGood ? keepServed(loadOptions.lastGood, served) : undefined)?.catch((error: Error) => {
      console.error(`Note: could not keep the data served in ${loadOptions.lastGood?.file} (${error.message})`);
    });
    return { ok: true, changed, version: loaded.version, observations, change: changeLines(comparison) };
  };

  return {
    /** Answers with the app of the moment. */
    fetch: async (request: Request, env?: unknown) => {
      const answering = current;
      const response = await answering.app.fetch(request, env);
      const url = new URL(request.url);
      answering.pages.noteAnswered(request.headers.get('host') ?? undefined, `${url.pathname}${url.search}`, response);
      return response;
    },
    /**
     * Sends the prepared answer of the app of the moment (an API answer or a rendered page), if the request is for
     * one; false when it is not.
     */
    sendAnswerBytes: (req: IncomingMessage, res: ServerResponse) =>
      sendAnswerBytes(prepared, req, res) || current.pages.send(req, res),
    /**
     * Re-reads the data folder; reloads asked for while one runs wait for it, so they never interleave. A refused
     * reload is kept in the service state (health says it) until a reload succeeds.
     */
    reload: (): Promise<ReloadOutcome> => {
      const noted = async () => {
        const outcome = await reloadNow();
        if (service) service.refusedReload = outcome.ok ? undefined : refusedReloadOf(outcome);
        return outcome;
      };
      pending = pending.then(noted, noted);
      return pending;
    },
    version: () => current.version,
  };
}

/** A refused reload as health says it: now, why in one line, and the version still served. */
function refusedReloadOf(outcome: Extract<ReloadOutcome, { ok: false }>): RefusedReload {
  const reason = 'refusal' in outcome ? (outcome.refusal[0] ?? 'the data lost records') : reasonOfIssues(outcome.issues);
  return { at: new Date().toISOString(), reason, keptVersion: outcome.keptVersion };
}
