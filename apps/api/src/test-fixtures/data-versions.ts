import os from 'node:os';
import path from 'node:path';
import { createApp } from '../app.ts';
import { loadDataset } from '../data/load-dataset.ts';
import type { DataCopy } from './fixture-data.ts';

const PORTAL = 'sources/portal-2020-06-26-fdi.yaml';

/** Answers that differ between the two versions, prepared at load and built per request, JSON and CSV. */
export const VERSIONED_PATHS = [
  '/api/health',
  '/api/indicators/fdi_attracted',
  '/api/observations',
  '/api/observations?indicator=fdi_attracted',
  '/api/observations.csv',
  '/api/events',
  '/api/events.csv?type=conference',
  '/api/sources/portal-2020-06-26-fdi',
  '/api/datapackage.json',
] as const;

/** Path → body, for each data version. */
export type AnswersByVersion = Map<string, Map<string, string>>;

/** Two valid versions of a fixture copy (A, as copied, and B, with a renamed event and a reworded note). */
export interface DataVersions {
  write(version: 'A' | 'B'): void;
  /** What each version answers to each of VERSIONED_PATHS, from an app of its own. */
  answers: AnswersByVersion;
}

export async function dataVersions(data: DataCopy): Promise<DataVersions> {
  const a = data.read(PORTAL);
  const b = a
    .replace('name: Investment promotion conference', 'name: Investment promotion conference (second reading)')
    .replace('Line one\\nline two', 'Line one\\nline two, reread');
  if (b === a) throw new Error(`${PORTAL} no longer has the text the B version edits`);
  const write = (version: 'A' | 'B') => data.write(PORTAL, version === 'A' ? a : b);
  const answers: AnswersByVersion = new Map();
  for (const version of ['B', 'A'] as const) {
    write(version);
    const loaded = await loadDataset(data.dir);
    if (!loaded.ok) throw new Error(`version ${version} of the fixture data is invalid`);
    const app = createApp(loaded, { webDist: path.join(os.tmpdir(), 'bd-no-web-dist') });
    const bodies = new Map<string, string>();
    for (const requestPath of VERSIONED_PATHS) bodies.set(requestPath, await (await app.request(requestPath)).text());
    answers.set(loaded.version, bodies);
  }
  return { write, answers };
}

/**
 * Why an answer is not wholly of one version, or undefined when it is: its Data-Version header names a version,
 * its ETag (where it has one) names the same, and its body is that version's answer (for /api/health, which holds
 * its load time, the version it states).
 */
export function mixedAnswer(answers: AnswersByVersion, requestPath: string, headers: Headers, body: string) {
  const version = headers.get('Data-Version') ?? '';
  const etag = headers.get('ETag');
  const expected = answers.get(version);
  if (!expected) return `${requestPath}: Data-Version ${version} names no known version`;
  if (etag !== null && /^"([0-9a-f]{12})-/.exec(etag)?.[1] !== version) {
    return `${requestPath}: Data-Version ${version}, ETag ${etag}`;
  }
  if (requestPath === '/api/health') {
    const stated = (JSON.parse(body) as { data_version: string }).data_version;
    return stated === version ? undefined : `${requestPath}: Data-Version ${version}, body of ${stated}`;
  }
  return body === expected.get(requestPath) ? undefined : `${requestPath}: Data-Version ${version}, body of another version`;
}
