import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The small valid data folder the tests start from. */
export const FIXTURE_DATA_DIR = path.join(import.meta.dirname, 'data');

/** A throw-away copy of the fixture data folder that a test may edit. */
export interface DataCopy {
  dir: string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Replaces `search` in `file`; throws when it is not there, so a test never edits nothing. */
  replace(file: string, search: string, replacement: string): void;
  remove(file: string): void;
  dispose(): void;
}

export function copyFixtureData(): DataCopy {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bd-data-'));
  cpSync(FIXTURE_DATA_DIR, dir, { recursive: true });
  return {
    dir,
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
    write: (file, text) => writeFileSync(path.join(dir, file), text),
    replace: (file, search, replacement) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      if (!text.includes(search)) throw new Error(`${file} does not contain ${JSON.stringify(search)}`);
      writeFileSync(path.join(dir, file), text.replace(search, replacement));
    },
    remove: (file) => rmSync(path.join(dir, file), { recursive: true, force: true }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
