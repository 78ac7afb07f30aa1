import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eventSchema, findChecks, indicatorSchema, observationSchema, sourceSchema } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dataDir, readSourceFiles } from './read-data-files.ts';

/** data/ through the core schemas, as the API loads it. */
function realData() {
  const files = readSourceFiles();
  const indicators = (parse(readFileSync(path.join(dataDir, 'indicators.yaml'), 'utf8')) as unknown[]).map((i) =>
    indicatorSchema.parse(i),
  );
  return {
    indicators,
    sources: files.map((f) => sourceSchema.parse(f.source)),
    observations: files.flatMap((f) => f.observations.map((o) => observationSchema.parse({ ...o, source: f.source.id }))),
    events: files.flatMap((f) => f.events.map((e) => eventSchema.parse({ ...e, source: f.source.id }))),
  };
}

describe('every place the articles in data/ do not add up', () => {
  const checks = findChecks(realData());

  it('is the named partner localities short of the stated counts, the memberships 4 → 3 and the 35 billion qualifiers', () => {
    expect(checks.map((c) => [c.id, c.title.en])).toEqual([
      ['named-short-partner-localities-2024-01-23', '12 named of 13'],
      ['named-short-partner-localities-2024-12-18', '13 named of 14'],
      ['stock-falls-org-memberships-2020-09-24-org-memberships-2024-01-23', 'Falls from 4 to 3'],
      ['qualifier-conflict-fdi-capital-2020-06-23-fdi-capital-2020-09-24', '“nearly” and “more than” 35 billion USD'],
    ]);
  });

  it('counts the missing partner localities by each as-of date', () => {
    const partners = checks.filter((c) => c.indicator === 'partner_localities');
    expect(partners.map((c) => [c.named?.count, c.named?.stated, c.named?.missing])).toEqual([
      [12, 13, 1],
      [13, 14, 1],
    ]);
    expect(partners[1]?.named?.events.map((e) => e.id)).toContain('partner-heldeberg');
    expect(partners[0]?.named?.events.map((e) => e.id)).not.toContain('partner-heldeberg');
  });

  it('finds the stated conferences and memberships named in full', () => {
    expect(checks.filter((c) => c.indicator === 'international_conferences_hosted')).toEqual([]);
    expect(checks.filter((c) => c.kind === 'named_short' && c.indicator === 'international_org_memberships')).toEqual([]);
  });
});
