import os from 'node:os';
import path from 'node:path';
import {
  type Dataset,
  type DatedEvent,
  type Entity,
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
import { CSV_HEADER } from '../exports/csv.ts';
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
const ENTITY_IDS = ['binh-duong', 'ho-chi-minh-city', 'dong-nai'];

/** Binh Duong's life: still there, merged into one city, or split in two; its last day and its successors' first. */
const life = fc.record({
  how: fc.constantFrom(undefined, 'merged_into', 'split_into'),
  days: fc.constantFrom<[string, string]>(['2025-06-30', '2025-07-01'], ['2023-01-31', '2023-02-01']),
  event: fc.constantFrom(undefined, 'event-0'),
});
const SOURCE_IDS = ['article-one', 'article-two'];

type Life = typeof life extends fc.Arbitrary<infer T> ? T : never;

/** Three entities with nasty names: Binh Duong, which may have ended in one or both of the others, and those two. */
function entitiesOf(names: [string, string, string], { how, days: [ended, began], event }: Life): Entity[] {
  const successors = how === 'split_into' ? ENTITY_IDS.slice(1) : ENTITY_IDS.slice(1, 2);
  const became = successors.map((entity) => ({ entity, date: began, how, event: event ?? 'event-1' }));
  return ENTITY_IDS.map((id, i) =>
    entitySchema.parse({
      id,
      name: { en: names[i], vi: names[(i + 1) % 3] },
      kind: i === 0 ? 'province' : 'centrally_run_city',
      country: 'VN',
      ...(i === 0 && how ? { ended, became } : {}),
      ...(i > 0 && how ? { began } : {}),
    }),
  );
}

/** A dataset of valid records (every record passes its schema) whose text is nasty. */
const dataset: fc.Arbitrary<Dataset> = fc
  .record({
    entityNames: fc.tuple(text, text, text),
    life,
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
        entity: fc.constantFrom(...ENTITY_IDS),
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
        entity: fc.constantFrom(...ENTITY_IDS),
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
    entities: entitiesOf(raw.entityNames, raw.life),
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
      return observationSchema.parse({ id: `observation-${i}`, period_start, period_end, ...o });
    }),
    events: raw.events.map((e, i) => eventSchema.parse({ id: `event-${i}`, type: 'conference', date_precision: 'day', ...e })),
  }));

const shown = shownInSpreadsheet;

/** The records a row names, by id. */
interface Lookups {
  indicators: Map<string, Indicator>;
  entities: Map<string, Entity>;
  sources: Map<string, Source>;
}

/** A row of entities.csv. */
function entityRow(e: Entity): string[] {
  return [e.id, shown(e.name.en), shown(e.name.vi), e.kind, e.country, e.began ?? '', e.ended ?? ''];
}

/** The rows of entity-changes.csv: one per successor. */
function entityChangeRows(e: Entity): string[][] {
  return (e.became ?? []).map((c) => [e.id, c.entity, c.date, c.how, c.event]);
}

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

/** The cells of an entity's life, as a row of an observation or an event names it: its id, kind, end, successors. */
function entityLife(id: string, entities: Map<string, Entity>): string[] {
  const entity = entities.get(id)!;
  return [id, entity.kind, entity.ended ?? '', (entity.became ?? []).map((c) => c.entity).join(';')];
}

function observationRow(o: Observation, { indicators, entities, sources }: Lookups, lang: 'en' | 'vi' = 'en'): string[] {
  const indicator = indicators.get(o.indicator)!;
  const source = sources.get(o.source)!;
  return [
    o.id,
    o.indicator,
    shown(indicator.name[lang]),
    ...entityLife(o.entity, entities),
    o.period_start,
    o.period_end,
    '<value>',
    indicator.unit,
    o.qualifier,
    o.method,
    ...provenance(o, source),
  ];
}

function eventRow(e: DatedEvent, { entities, sources }: Lookups): string[] {
  const source = sources.get(e.source)!;
  return [
    e.id,
    e.type,
    ...entityLife(e.entity, entities),
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
        const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((r) => [r.id, r]));
        const lookups = { indicators: byId(data.indicators), entities: byId(data.entities), sources: byId(data.sources) };

        const csv = await download(app, '/api/observations.csv');
        const [, ...rows] = parse(csv) as string[][];
        expect(rows).toHaveLength(data.observations.length);
        const valueAt = CSV_HEADER.indexOf('value');
        const values = rows.map((row) => row[valueAt]!);
        for (const cell of values) expect(cell).toMatch(/^-?\d/);
        // -0 is written 0, the same number to every reader of the file.
        const numbers = (list: number[]) => list.map((n) => (Object.is(n, -0) ? 0 : n)).sort((a, b) => a - b);
        expect(numbers(values.map(Number))).toEqual(numbers(data.observations.map((o) => o.value)));
        const withoutValue = (row: string[]) => row.map((cell, i) => (i === valueAt ? '<value>' : cell));
        expect(rows.map(withoutValue).sort(byText)).toEqual(
          data.observations.map((o) => observationRow(o, lookups)).sort(byText),
        );

        const withBom = await download(app, '/api/observations.csv?bom=1');
        expect(withBom.startsWith('\ufeff')).toBe(true);
        expect(parse(withBom, { bom: true })).toEqual(parse(csv));

        const [, ...vietnamese] = parse(await download(app, '/api/observations.csv?lang=vi')) as string[][];
        expect(vietnamese.map(withoutValue).sort(byText)).toEqual(
          data.observations.map((o) => observationRow(o, lookups, 'vi')).sort(byText),
        );

        const [, ...eventRows] = parse(await download(app, '/api/events.csv')) as string[][];
        expect(eventRows.sort(byText)).toEqual(data.events.map((e) => eventRow(e, lookups)).sort(byText));

        const [, ...entityRows] = parse(await download(app, '/api/entities.csv')) as string[][];
        expect(entityRows).toEqual(data.entities.map(entityRow));
        const [, ...changeRows] = parse(await download(app, '/api/entity-changes.csv')) as string[][];
        expect(changeRows).toEqual(data.entities.flatMap(entityChangeRows));
      }),
      { numRuns: 150 },
    );
    // 150 data sets, each a new app and six downloads: about 4 s on this 2-core machine when it is busy.
  }, 20_000);
});
