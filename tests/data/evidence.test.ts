import { textLanguageOf, textStatesValue } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { readSourceFiles } from './read-data-files.ts';
import { normaliseSpace, readSeedArticles, seedsDir } from './seed-articles.ts';

const sourceFiles = readSourceFiles();
const articles = readSeedArticles();
const articleFiles = sourceFiles.filter((file) => file.storedText === undefined);
const storedTextFiles = sourceFiles.filter((file) => file.storedText !== undefined);

/** The phrases a note quotes ("…"), each of which must be the source's words too. */
const quotedIn = (note: string | undefined) => [...(note ?? '').matchAll(/"([^"]+)"/g)].map((m) => normaliseSpace(m[1] ?? ''));

describe('evidence is verbatim from the passage kept with a source that is not an article (data/source-texts/)', () => {
  it('has such a source: the administrative change of 1 July 2025', () => {
    expect(storedTextFiles.map((f) => f.source.id)).toContain('laodong-2025-06-16-new-hcmc-from-july-1');
  });
  for (const file of storedTextFiles) {
    it(`${file.file}: every evidence phrase and every phrase its notes quote is in the kept passage`, () => {
      const text = normaliseSpace(file.storedText ?? '');
      const phrases = [...file.observations, ...file.events].flatMap((r) => [normaliseSpace(r.evidence), ...quotedIn(r.note)]);
      expect(phrases.length).toBeGreaterThan(0);
      expect(phrases.filter((p) => !text.includes(p))).toEqual([]);
      expect(file.source.url, 'a source found with the search tool names its address').toMatch(/^https:\/\//);
    });
  }
});

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

  for (const file of articleFiles) {
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
      articleFiles.map((file) => {
        const first = [...file.observations, ...file.events][0];
        return texts.find(([, text]) => first && text.includes(normaliseSpace(first.evidence)))?.[0];
      }),
    );
    expect([...used].sort()).toEqual([...articles.keys()].sort());
  });
});
