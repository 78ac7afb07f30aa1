import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftsWaiting, draftsWaitingLine } from './drafts.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'bd-drafts-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('draftsWaiting', () => {
  it('lists the YAML drafts of data/drafts/ in name order, and none without the folder', async () => {
    expect(await draftsWaiting(dataDir)).toEqual([]);
    mkdirSync(path.join(dataDir, 'drafts'));
    for (const name of ['b.yaml', 'a.yaml', 'notes.txt']) writeFileSync(path.join(dataDir, 'drafts', name), '');
    expect(await draftsWaiting(dataDir)).toEqual([
      path.join(dataDir, 'drafts', 'a.yaml'),
      path.join(dataDir, 'drafts', 'b.yaml'),
    ]);
  });
});

describe('draftsWaitingLine', () => {
  it('says nothing without drafts, and names each waiting draft and the step that publishes it', () => {
    expect(draftsWaitingLine([])).toBeUndefined();
    expect(draftsWaitingLine(['data/drafts/a.yaml'])).toBe(
      '1 draft is waiting, not served until published: data/drafts/a.yaml (check each against its article, then pnpm ingest --publish <draft>)',
    );
    expect(draftsWaitingLine(['a.yaml', 'b.yaml'])).toMatch(/^2 drafts are waiting/);
  });
});
