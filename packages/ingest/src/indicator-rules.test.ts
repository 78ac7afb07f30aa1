import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATOR_RULES } from './indicator-rules.ts';
import { proposeRecords } from './propose-records.ts';
import { testIndicators } from './test-indicators.ts';

const indicatorsYaml = readFileSync(new URL('../../../data/indicators.yaml', import.meta.url), 'utf8');
const dataIndicatorIds = [...indicatorsYaml.matchAll(/^- id: (\w+)$/gm)].map((m) => m[1]);

describe('INDICATOR_RULES', () => {
  it('has keyword rules in English, Dutch and Vietnamese for every indicator of data/indicators.yaml', () => {
    expect(dataIndicatorIds.length).toBeGreaterThan(0);
    for (const language of ['en', 'nl', 'vi'] as const) {
      const covered = new Set(INDICATOR_RULES[language].map((r) => r.indicator));
      expect(
        dataIndicatorIds.filter((id) => !covered.has(id as string)),
        `indicators without ${language} rules`,
      ).toEqual([]);
    }
  });

  it('names only indicators that exist, and the test indicators mirror data/indicators.yaml', () => {
    const rules = Object.values(INDICATOR_RULES).flat();
    expect(rules.filter((r) => !dataIndicatorIds.includes(r.indicator)).map((r) => r.indicator)).toEqual([]);
    expect(testIndicators.map((i) => i.id)).toEqual(dataIndicatorIds);
  });
});

describe('the count of provincial-level units', () => {
  const proposeIn = (text: string, language: 'en' | 'nl' | 'vi') =>
    proposeRecords(text, { language, sourceId: 'invented-article', indicators: testIndicators }).observations.filter(
      (o) => o.indicator === 'provincial_units',
    );
  it('is proposed where a figure names provinces and cities or provincial-level units, in each language', () => {
    expect(
      proposeIn('A survey across 63 provinces and centrally-governed cities was published.', 'en').map((o) => o.value),
    ).toEqual([63]);
    expect(proposeIn('The country has 34 provincial-level administrative units.', 'en').map((o) => o.value)).toEqual([34]);
    expect(proposeIn('Het land telt 63 provincies en steden.', 'nl').map((o) => o.value)).toEqual([63]);
    expect(proposeIn('Cả nước có 34 đơn vị hành chính cấp tỉnh.', 'vi').map((o) => o.value)).toEqual([34]);
  });
});
