import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { indicatorSchema, textLanguageOf, textStatesValue } from '@bd/core';
import { proposeRecords } from '@bd/ingest';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const seedsDir = path.resolve(repoRoot, process.env.SEEDS_DIR ?? '../shared/seeds');
const dataDir = path.join(repoRoot, 'data');

interface CuratedRecord {
  id: string;
  indicator?: string;
  value?: number;
  qualifier?: string;
  method?: string;
  type?: string;
  name?: string;
  country?: string;
  evidence: string;
}
interface CuratedFile {
  file: string;
  source: { id: string; language: string };
  observations: CuratedRecord[];
  events: CuratedRecord[];
}

const indicators = (parse(readFileSync(path.join(dataDir, 'indicators.yaml'), 'utf8')) as unknown[]).map((raw) =>
  indicatorSchema.parse(raw),
);
const curated: CuratedFile[] = readdirSync(path.join(dataDir, 'sources'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const raw = parse(readFileSync(path.join(dataDir, 'sources', name), 'utf8')) as Omit<CuratedFile, 'file'>;
    return { file: name, source: raw.source, observations: raw.observations ?? [], events: raw.events ?? [] };
  });

const oneSpace = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** The curated file whose evidence phrases the article holds most of. */
function curatedFileOf(article: string): CuratedFile | undefined {
  const text = oneSpace(article);
  const scored = curated.map((file) => ({
    file,
    found: [...file.observations, ...file.events].filter((r) => text.includes(oneSpace(r.evidence))).length,
  }));
  const best = scored.sort((a, b) => b.found - a.found)[0];
  return best && best.found > 0 ? best.file : undefined;
}

describe('proposeRecords on the source articles proposes what data/sources already holds from them', () => {
  if (!existsSync(seedsDir)) {
    console.warn(`SKIPPED: the source articles are not at ${seedsDir} (set SEEDS_DIR to run the ingest checks against them).`);
    it.skip(`skipped: the source articles are not at ${seedsDir} (set SEEDS_DIR)`, () => {});
    return;
  }
  const articles = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();

  it('finds the articles', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  for (const name of articles) {
    const article = readFileSync(path.join(seedsDir, name), 'utf8');
    const home = curatedFileOf(article);

    it(`${name}: every stated observation of its source file, with the same indicator, value and qualifier`, () => {
      expect(home, `a file in data/sources with evidence from ${name}`).toBeDefined();
      if (!home) return;
      const language = textLanguageOf(home.source.language);
      const { observations } = proposeRecords(article, { language, sourceId: home.source.id, indicators });
      const missing = home.observations
        .filter((o) => o.method !== 'derived')
        .filter(
          (o) =>
            !observations.some(
              (p) =>
                p.indicator === o.indicator &&
                p.value === o.value &&
                p.qualifier === o.qualifier &&
                textStatesValue(p.evidence, o.value as number, language),
            ),
        )
        .map((o) => `${home.file}: ${o.id} (${o.indicator} ${o.value} ${o.qualifier})`);
      expect(missing).toEqual([]);
    });

    it(`${name}: every partner locality of its source file, with the same name and country`, () => {
      if (!home) return;
      const { events } = proposeRecords(article, {
        language: textLanguageOf(home.source.language),
        sourceId: home.source.id,
        indicators,
      });
      const missing = home.events
        .filter((e) => e.type === 'partner_locality')
        .filter((e) => !events.some((p) => p.type === 'partner_locality' && p.name === e.name && p.country === e.country))
        .map((e) => `${e.id} (${e.name}, ${e.country})`);
      expect(missing).toEqual([]);
    });
  }
});
