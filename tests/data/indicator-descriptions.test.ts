import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dataDir } from './read-data-files.ts';

interface Named {
  id: string;
  name: { en: string; vi: string };
}
const read = <T>(file: string) => parse(readFileSync(path.join(dataDir, file), 'utf8')) as T[];
const entities = read<Named>('entities.yaml');
const indicators = read<Named & { description: { en: string; vi: string } }>('indicators.yaml');

/** An entity's name without its kind ("Binh Duong province" → "Binh Duong", "Tỉnh Bình Dương" → "Bình Dương"). */
const shortNames = (e: Named) => [
  e.name.en.replace(/\s+(province|city)\b.*$/i, '').replace(/\s*\(.*\)$/, ''),
  e.name.vi.replace(/^(Tỉnh|Thành phố)\s+/, '').replace(/\s*\(.*\)$/, ''),
];

describe('indicator descriptions describe the indicator, not the place (the entity names the place)', () => {
  const names = entities.flatMap(shortNames);
  it('knows the names to look for', () => {
    expect(names).toContain('Binh Duong');
    expect(names).toContain('Bình Dương');
  });
  for (const indicator of indicators) {
    it(`${indicator.id}: its description names no entity`, () => {
      const text = `${indicator.description.en} ${indicator.description.vi}`;
      expect(names.filter((name) => text.includes(name))).toEqual([]);
    });
  }
});
