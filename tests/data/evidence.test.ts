import { textLanguageOf, textStatesValue } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { readSourceFiles } from './read-data-files.ts';
import { normaliseSpace, readSeedArticles, seedsDir } from './seed-articles.ts';

const sourceFiles = readSourceFiles();
const articles = readSeedArticles();

describe('every stated evidence phrase writes the number it supports, as its article writes numbers', () => {
  for (const file of sourceFiles) {
    const language = textLanguageOf(file.source.language);
    for (const o of file.observations.filter((r) => r.method === 'stated')) {
      it(`${file.file}: ${o.id} (${o.value}) in "${o.evidence}"`, () => {
        expect(textStatesValue(o.evidence, o.value as number, language)).toBe(true);
      });
    }
  }
});

describe('evidence is verbatim from the source articles', () => {
  if (!articles) {
    console.warn(`SKIPPED: the source articles are not at ${seedsDir} (set SEEDS_DIR to check evidence against them).`);
    it.skip(`skipped: the source articles are not at ${seedsDir} (set SEEDS_DIR)`, () => {});
    return;
  }
  const texts = [...articles.entries()].map(([name, text]) => [name, normaliseSpace(text)] as const);

  for (const file of sourceFiles) {
    it(`${file.file}: every evidence phrase, the title and the date come from one and the same article`, () => {
      const phrases = [...file.observations, ...file.events].map((r) => normaliseSpace(r.evidence));
      const homes = texts.filter(([, text]) => phrases.every((p) => text.includes(p)));
      const missing = phrases.filter((p) => !texts.some(([, text]) => text.includes(p)));
      expect(missing, 'phrases found in no article').toEqual([]);
      expect(
        homes.map(([name]) => name),
        'articles holding every phrase',
      ).toHaveLength(1);
      const [, home] = homes[0] as readonly [string, string];
      if (!file.source.title_supplied) expect(home).toContain(normaliseSpace(file.source.title));
      if (!file.source.published_approximate) {
        const [y, m, d] = file.source.published.split('-');
        expect(home).toContain(`${d}/${m}/${y}`);
      }
      if (file.source.url) expect(home).toContain(file.source.url);
    });
  }

  it('every article with a figure about Binh Duong has a source file', () => {
    const used = new Set(
      sourceFiles.map((file) => {
        const first = [...file.observations, ...file.events][0];
        return texts.find(([, text]) => first && text.includes(normaliseSpace(first.evidence)))?.[0];
      }),
    );
    expect([...used].sort()).toEqual([...articles.keys()].sort());
  });
});
