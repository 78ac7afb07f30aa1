import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataVersion, versionOfFiles } from './data-version.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-version-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the data version', () => {
  it('is the same whether the files are held or read from disk through one buffer, whatever their sizes', async () => {
    const files: Record<string, string> = {
      'indicators.yaml': '- id: a\n',
      'entities.yaml': '',
      'big.yaml': `# ${'Bình Dương '.repeat(300_000)}\n`,
      'small.yaml': 'x: 1\n',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const held = new Map(Object.keys(files).map((name) => [name, readFileSync(path.join(dir, name))]));
    const version = dataVersion(held);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(versionOfFiles(dir, Object.keys(files).reverse())).toBe(version);
  });

  it('changes with a file’s name or bytes, and is undefined when a file cannot be read', async () => {
    writeFileSync(path.join(dir, 'a.yaml'), 'x: 1\n');
    const before = versionOfFiles(dir, ['a.yaml']);
    writeFileSync(path.join(dir, 'a.yaml'), 'x: 2\n');
    expect(versionOfFiles(dir, ['a.yaml'])).not.toBe(before);
    expect(dataVersion(new Map([['b.yaml', Buffer.from('x: 2\n')]]))).not.toBe(versionOfFiles(dir, ['a.yaml']));
    expect(versionOfFiles(dir, ['a.yaml', 'missing.yaml'])).toBeUndefined();
  });
});
