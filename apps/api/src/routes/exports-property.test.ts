import os from 'node:os';
import path from 'node:path';
import {
  type Dataset,
  type DatedEvent,
  entitySchema,
  eventSchema,
  type Indicator,
  indicatorSchema,
  type Observation,
  observationSchema,
  type Source,
  sourceSchema,
} from '@bd/core';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { shownInSpreadsheet } from '../test-fixtures/spreadsheet-cell.ts';

/**
 * Pieces a spreadsheet or a CSV parser could trip on: formula starts, quotes, separators, line breaks, a BOM,
 * a NUL, right-to-left and line-separator marks, emoji, and Vietnamese with its diacritics.
 */
const NASTY = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '"',
  '""',
  ',',
  ';',
  "'",
  '=HYPERLINK("https://evil.example","x")',
  '-5',
  '+1',
  '@SUM(A1)',
  'Bình Dương',
  'Thủ Dầu Một',
  'đầu tư 42,4 tỷ USD',
  '<script>alert(1)</script>',
  '\u00a0',
  '\u2028',
  '\u202e',
  '\ufeff',
  '\u0000',
  '😀',
];

/** Text a data file can hold (non-empty once trimmed, as the schemas read it), built from nasty pieces. */
const text = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter((value) => value.trim().length > 0);

/** Evidence is also at most 40 words. */
const evidence = text.filter((value) => value.trim().split(/\s+/).length <= 40);

const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const value = fc.oneof(
  fc.constant(-5),
  fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const INDICATOR_IDS = ['partner_localities', 'fdi_attracted', 'growth_rate'];
const SOURCE_IDS = ['article-one', 'article-two'];

/** A dataset of valid records (every record passes its schema) whose text is nasty. */
const dataset: fc.Arbitrary<Dataset> = fc
  .record({
    indicatorNames: fc.tuple(text, text, text),
    vietnameseNames: fc.tuple(text, text, text),
    units: fc.tuple(...INDICATOR_IDS.map(() => fc.constantFrom('count', 'USD', 'VND', 'percent', 'rank'))),
    sources: fc.tuple(
      ...SOURCE_IDS.map(() =>
        fc.record({
          title: text,
          publisher: text,
          published: date,
          published_approximate: fc.boolean(),
          language: fc.constantFrom('en', 'nl', 'vi'),
          url: fc.option(fc.constant('https://example.org/a?b="c",d')),
        }),
      ),
    ),
    observations: fc.array(
      fc.record({
        indicator: fc.constantFrom(...INDICATOR_IDS),
        source: fc.constantFrom(...SOURCE_IDS),
        start: date,
        end: date,
        value,
        qualifier: fc.constantFrom('exact', 'about', 'nearly', 'more_than', 'at_least'),
        method: fc.constantFrom('stated', 'derived'),
        evidence,
        evidence_en: fc.option(text, { nil: undefined }),
        note: fc.option(text, { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
    events: fc.array(
      fc.record({
        source: fc.constantFrom(...SOURCE_IDS),
        date,
        name: text,
        agreement: fc.option(text, { nil: undefined }),
        evidence: text,
        note: fc.option(text, { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
  })
  .map((raw) => ({
    entities: [
      entitySchema.parse({ id: 'binh-duong', name: { en: 'Binh Duong', vi: 'Bình Dương' }, kind: 'province', country: 'VN' }),
    ],
    indicators: INDICATOR_IDS.map((id, i) =>
      indicatorSchema.parse({
        id,
        name: { en: raw.indicatorNames[i], vi: raw.vietnameseNames[i] },
        description: { en: 'd', vi: 'd' },
        unit: raw.units[i],
        kind: 'flow',
      }),
    ),
    sources: SOURCE_IDS.map((id, i) => {
      const { url, ...source } = raw.sources[i]!;
      return sourceSchema.parse({ id, ...source, ...(url === null ? {} : { url }) });
    }),
    observations: raw.observations.map(({ start, end, ...o }, i) => {
      const [period_start, period_end] = [start, end].sort();
      return observationSchema.parse({ id: `observation-${i}`, entity: 'binh-duong', period_start, period_end, ...o });
    }),
    events: raw.events.map((e, i) =>
      eventSchema.parse({ id: `event-${i}`, type: 'conference', entity: 'binh-duong', date_precision: 'day', ...e }),
    ),
  }));

const shown = shownInSpreadsheet;

/** The cells of a record's provenance, as a spreadsheet shows them: its source, then its own words. */
function provenance(record: Pick<Observation, 'evidence' | 'evidence_en' | 'note'>, source: Source): string[] {
  return [
    source.id,
    shown(source.title),
    shown(source.publisher),
    source.published,
    String(source.published_approximate),
    shown(source.url),
    source.language,
    shown(record.evidence),
    shown(record.evidence_en),
    shown(record.note),
  ];
}

function observationRow(
  o: Observation,
  indicators: Map<string, Indicator>,
  sources: Map<string, Source>,
  lang: 'en' | 'vi' = 'en',
): string[] {
  const indicator = indicators.get(o.indicator)!;
  const source = sources.get(o.source)!;
  return [
    o.indicator,
    shown(indicator.name[lang]),
    o.entity,
    o.period_start,
    o.period_end,
    '<value>',
    indicator.unit,
    o.qualifier,
    o.method,
    ...provenance(o, source),
  ];
}

function eventRow(e: DatedEvent, sources: Map<string, Source>): string[] {
  const source = sources.get(e.source)!;
  return [
    e.id,
    e.type,
    e.entity,
    e.date,
    e.date_precision,
    shown(e.name),
    e.country ?? '',
    shown(e.agreement),
    ...provenance(e, source),
  ];
}

/** The body as sent, which must be valid UTF-8; `Response.text()` would drop a byte order mark. */
async function download(app: ReturnType<typeof createApp>, url: string): Promise<string> {
  const res = await app.request(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await res.arrayBuffer());
}

const byText = (a: string[], b: string[]) => JSON.stringify(a).localeCompare(JSON.stringify(b));

describe('the CSV downloads of any valid dataset', () => {
  it('parse back to the data: text cells as text (formulas neutralised), values as numbers, with and without BOM', async () => {
    const webDist = path.join(os.tmpdir(), 'bd-no-web-dist');
    await fc.assert(
      fc.asyncProperty(dataset, async (data) => {
        const app = createApp({ dataset: data, version: '0123456789ab' }, { webDist });
        const indicators = new Map(data.indicators.map((i) => [i.id, i]));
        const sources = new Map(data.sources.map((s) => [s.id, s]));

        const csv = await download(app, '/api/observations.csv');
        const [, ...rows] = parse(csv) as string[][];
        expect(rows).toHaveLength(data.observations.length);
        const values = rows.map((row) => row[5]!);
        for (const cell of values) expect(cell).toMatch(/^-?\d/);
        // -0 is written 0, the same number to every reader of the file.
        const numbers = (list: number[]) => list.map((n) => (Object.is(n, -0) ? 0 : n)).sort((a, b) => a - b);
        expect(numbers(values.map(Number))).toEqual(numbers(data.observations.map((o) => o.value)));
        const withoutValue = (row: string[]) => row.map((cell, i) => (i === 5 ? '<value>' : cell));
        expect(rows.map(withoutValue).sort(byText)).toEqual(
          data.observations.map((o) => observationRow(o, indicators, sources)).sort(byText),
        );

        const withBom = await download(app, '/api/observations.csv?bom=1');
        expect(withBom.startsWith('\ufeff')).toBe(true);
        expect(parse(withBom, { bom: true })).toEqual(parse(csv));

        const [, ...vietnamese] = parse(await download(app, '/api/observations.csv?lang=vi')) as string[][];
        expect(vietnamese.map(withoutValue).sort(byText)).toEqual(
          data.observations.map((o) => observationRow(o, indicators, sources, 'vi')).sort(byText),
        );

        const [, ...eventRows] = parse(await download(app, '/api/events.csv')) as string[][];
        expect(eventRows.sort(byText)).toEqual(data.events.map((e) => eventRow(e, sources)).sort(byText));
      }),
      { numRuns: 150 },
    );
    // 150 data sets, each a new app and four downloads: about 4 s on this 2-core machine when it is busy.
  }, 20_000);
});
