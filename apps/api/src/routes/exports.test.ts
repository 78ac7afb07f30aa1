import { type DatedEvent, type Observation, observationListAnswerSchema } from '@bd/core';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedData } from '../data/load-dataset.ts';
import { fixtureApp } from '../test-fixtures/fixture-app.ts';
import { shownInSpreadsheet } from '../test-fixtures/spreadsheet-cell.ts';

let app: Awaited<ReturnType<typeof fixtureApp>>['app'];
let loaded: LoadedData;
beforeAll(async () => {
  ({ app, loaded } = await fixtureApp());
});

const HEADER =
  'id,indicator_id,indicator_name,entity_id,entity_kind,entity_ended,entity_became,period_start,period_end,value,unit,qualifier,method,source_id,source_title,source_publisher,source_published,source_published_approximate,source_url,source_language,evidence,evidence_en,note';
const EVENTS_HEADER =
  'event_id,type,entity_id,entity_kind,entity_ended,entity_became,date,date_precision,name,country,agreement,source_id,source_title,source_publisher,source_published,source_published_approximate,source_url,source_language,evidence,evidence_en,note';

const asText = shownInSpreadsheet;

function expectedRow(o: Observation): string[] {
  const indicator = loaded.dataset.indicators.find((i) => i.id === o.indicator)!;
  const source = loaded.dataset.sources.find((s) => s.id === o.source)!;
  const entity = loaded.dataset.entities.find((e) => e.id === o.entity)!;
  return [
    o.id,
    o.indicator,
    asText(indicator.name.en),
    o.entity,
    entity.kind,
    entity.ended ?? '',
    (entity.became ?? []).map((c) => c.entity).join(';'),
    o.period_start,
    o.period_end,
    String(o.value),
    indicator.unit,
    o.qualifier,
    o.method,
    source.id,
    asText(source.title),
    asText(source.publisher),
    source.published,
    String(source.published_approximate),
    asText(source.url),
    source.language,
    asText(o.evidence),
    asText(o.evidence_en),
    asText(o.note),
  ];
}

/** The body as sent: `Response.text()` would drop a byte order mark. */
async function csvOf(path: string) {
  const res = await app.request(path);
  expect(res.status).toBe(200);
  return { res, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()) };
}

describe('GET /api/observations.csv', () => {
  it.each([
    '',
    '?indicator=fdi_registered,fdi_attracted&from=2020&to=2020-06',
    '?entity=thu-dau-mot',
    '?source=portal-2020-06-26-fdi',
  ])('holds exactly the rows of the JSON answer for the same filter (%s)', async (query) => {
    const json = observationListAnswerSchema.parse(await (await app.request(`/api/observations${query}`)).json());
    const { text } = await csvOf(`/api/observations.csv${query}`);
    const [header, ...rows] = parse(text) as string[][];
    expect(header?.join(',')).toBe(HEADER);
    expect(rows).toEqual(json.observations.map(expectedRow));
  });

  it('is RFC 4180 with CRLF line ends, quotes where needed and line breaks kept inside cells', async () => {
    const { res, text } = await csvOf('/api/observations.csv?source=portal-2020-06-26-fdi');
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(text.startsWith(`${HEADER}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"Binh Duong attracts FDI, ""despite"" the pandemic"');
    expect(text).toContain(`"'=more than USD 1.2 billion, in the first half"`);
    expect(text).toContain('"Line one\nline two, with a comma"');
    expect(text.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/)).toBeNull();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('starts with a byte order mark with bom=1 or bom=true, and parses the same', async () => {
    const plain = (await csvOf('/api/observations.csv')).text;
    for (const bom of ['1', 'true']) {
      const { text } = await csvOf(`/api/observations.csv?bom=${bom}`);
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(parse(text, { bom: true })).toEqual(parse(plain));
    }
    expect((await csvOf('/api/observations.csv?bom=0')).text).toBe(plain);
  });

  it.each([
    ['', 'binh-duong-all-observations.csv'],
    ['?indicator=fdi_registered', 'binh-duong-fdi_registered-observations.csv'],
    [
      '?indicator=fdi_registered,fdi_attracted&from=2019&to=2020-06',
      'binh-duong-fdi_attracted+fdi_registered-2019-01-01-to-2020-06-30-observations.csv',
    ],
    ['?from=2020-02', 'binh-duong-all-from-2020-02-01-observations.csv'],
    ['?to=2021', 'binh-duong-all-to-2021-12-31-observations.csv'],
  ])('is an attachment with a descriptive file name (%s)', async (query, filename) => {
    const { res } = await csvOf(`/api/observations.csv${query}`);
    expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="${filename}"`);
  });

  it('answers bad filters with the 400s of /api/observations', async () => {
    for (const query of ['?from=2024&to=2020', '?indicator=nope', '?bom=yes', '?format=xlsx']) {
      const res = await app.request(`/api/observations.csv${query}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'Invalid query' });
    }
  });
});

describe('GET /api/observations.csv?lang=', () => {
  const rowsOf = async (path: string) => parse((await csvOf(path)).text, { columns: true }) as Record<string, string>[];

  it('names the indicators in Vietnamese with lang=vi, every other cell as in English', async () => {
    const english = await rowsOf('/api/observations.csv');
    const vietnamese = await rowsOf('/api/observations.csv?lang=vi');
    const nameIn = (id: string | undefined, lang: 'en' | 'vi') => loaded.dataset.indicators.find((i) => i.id === id)!.name[lang];
    expect(vietnamese.map((r) => r.indicator_name)).toEqual(english.map((r) => nameIn(r.indicator_id, 'vi')));
    expect(vietnamese.map((r) => r.indicator_name)).not.toEqual(english.map((r) => r.indicator_name));
    expect(vietnamese.map(({ indicator_name: _, ...rest }) => rest)).toEqual(
      english.map(({ indicator_name: _, ...rest }) => rest),
    );
    const filtered = await rowsOf('/api/observations.csv?indicator=fdi_attracted&bom=1&lang=vi');
    expect(new Set(filtered.map((r) => r.indicator_name))).toEqual(new Set([nameIn('fdi_attracted', 'vi')]));
  });

  it('is English with lang=en or without it: the same bytes and ETag', async () => {
    for (const query of ['', '?indicator=fdi_attracted']) {
      const plain = await csvOf(`/api/observations.csv${query}`);
      const english = await csvOf(`/api/observations.csv${query}${query ? '&' : '?'}lang=en`);
      expect(english.text).toBe(plain.text);
      expect(english.res.headers.get('ETag')).toBe(plain.res.headers.get('ETag'));
    }
  });

  it('has an ETag and a file name of its own per language', async () => {
    for (const query of ['', 'indicator=fdi_attracted&']) {
      const english = await csvOf(`/api/observations.csv?${query}lang=en`);
      const vietnamese = await csvOf(`/api/observations.csv?${query}lang=vi`);
      const etag = vietnamese.res.headers.get('ETag')!;
      expect(etag).not.toBe(english.res.headers.get('ETag'));
      expect(vietnamese.res.headers.get('Content-Disposition')).toMatch(/-observations-vi\.csv"$/);
      const again = await app.request(`/api/observations.csv?${query}lang=vi`, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
      const other = await app.request(`/api/observations.csv?${query}lang=en`, { headers: { 'If-None-Match': etag } });
      expect(other.status).toBe(200);
    }
  });

  it('answers any other language with a 400 that says which ones there are', async () => {
    for (const lang of ['fr', 'VI', '']) {
      const res = await app.request(`/api/observations.csv?lang=${lang}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'Invalid query', issues: [{ path: 'lang', message: 'lang must be en or vi' }] });
    }
  });
});

describe('GET /api/events.csv', () => {
  it('holds every event the JSON answer holds, with the provenance of its source', async () => {
    const events = ((await (await app.request('/api/events?type=partner_locality,award')).json()) as { events: DatedEvent[] })
      .events;
    const { res, text } = await csvOf('/api/events.csv?type=partner_locality,award');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(
      rows.map((r) => [
        r.event_id,
        r.type,
        r.date,
        r.date_precision,
        r.country,
        r.source_id,
        r.source_publisher,
        r.source_published_approximate,
        r.source_language,
        r.evidence,
      ]),
    ).toEqual(
      events.map((e) => [
        e.id,
        e.type,
        e.date,
        e.date_precision,
        e.country ?? '',
        e.source,
        'Báo Bình Dương',
        'false',
        'vi',
        e.evidence,
      ]),
    );
    expect(text.split('\r\n')[0]).toBe(EVENTS_HEADER);
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="binh-duong-award+partner_locality-events.csv"');
  });

  it('takes bom and rejects an unknown type', async () => {
    expect((await csvOf('/api/events.csv?bom=1')).text.charCodeAt(0)).toBe(0xfeff);
    expect((await app.request('/api/events.csv?type=treaty')).status).toBe(400);
  });
});

interface TableField {
  name: string;
  type: string;
  constraints?: { enum?: string[] };
}
interface DataPackageJson {
  profile: string;
  licenses?: unknown;
  sources: unknown[];
  resources: {
    name: string;
    path: string;
    schema: { fields: TableField[]; primaryKey?: string[]; foreignKeys?: { fields: string; reference: unknown }[] };
  }[];
}

const dataPackage = async () => (await (await app.request('/api/datapackage.json')).json()) as DataPackageJson;

describe('GET /api/indicators.csv, sources.csv, entities.csv and entity-changes.csv', () => {
  it('hold one row per record, with neutralised text and the header the data package names', async () => {
    const entities = parse((await csvOf('/api/entities.csv')).text, { columns: true }) as Record<string, string>[];
    expect(entities).toEqual(
      loaded.dataset.entities.map((e) => ({
        id: e.id,
        name_en: asText(e.name.en),
        name_vi: asText(e.name.vi),
        kind: e.kind,
        country: e.country,
        began: e.began ?? '',
        ended: e.ended ?? '',
      })),
    );
    const sources = parse((await csvOf('/api/sources.csv')).text, { columns: true }) as Record<string, string>[];
    expect(sources.map((s) => s.id).sort()).toEqual(loaded.dataset.sources.map((s) => s.id).sort());
    const indicators = parse((await csvOf('/api/indicators.csv')).text, { columns: true }) as Record<string, string>[];
    expect(indicators.map((i) => [i.id, i.unit])).toEqual(loaded.dataset.indicators.map((i) => [i.id, i.unit]));
    expect((await csvOf('/api/entity-changes.csv')).text).toBe('entity,successor,date,how,event\r\n');
  });

  it('are attachments with plain names, take bom and nothing else', async () => {
    const { res } = await csvOf('/api/entity-changes.csv');
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="binh-duong-entity-changes.csv"');
    expect((await csvOf('/api/entities.csv?bom=1')).text.charCodeAt(0)).toBe(0xfeff);
    const bad = await app.request('/api/entities.csv?lang=vi');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: 'Invalid query',
      issues: [{ path: 'lang', message: 'unknown parameter: expected one of bom' }],
    });
  });
});

describe('GET /api/datapackage.json', () => {
  it('describes every CSV file column by column, in their order, with its keys', async () => {
    const pkg = await dataPackage();
    expect(pkg).toMatchObject({ profile: 'tabular-data-package', name: 'binh-duong-foreign-relations', version: loaded.version });
    expect(pkg.licenses).toBeUndefined();
    expect(pkg.sources).toEqual([
      {
        title: 'Binh Duong attracts FDI, "despite" the pandemic (Binh Duong portal, 2020-06-26)',
        path: 'https://example.org/news/fdi-2020?a=1&b=2',
      },
      { title: 'Bình Dương có 58 địa phương kết nghĩa (Báo Bình Dương, 2024-01-24)' },
    ]);
    expect(pkg.resources.map((r) => [r.name, r.path, r.schema.primaryKey])).toEqual([
      ['observations', 'observations.csv', ['id']],
      ['events', 'events.csv', ['event_id']],
      ['indicators', 'indicators.csv', ['id']],
      ['sources', 'sources.csv', ['id']],
      ['entities', 'entities.csv', ['id']],
      ['entity-changes', 'entity-changes.csv', ['entity', 'successor']],
    ]);
    const [observations, events] = pkg.resources as [DataPackageJson['resources'][number], DataPackageJson['resources'][number]];
    expect(observations).toMatchObject({ profile: 'tabular-data-resource', dialect: { lineTerminator: '\r\n' } });
    expect(observations.schema.fields.map((f) => f.name).join(',')).toBe(HEADER);
    const field = (name: string) => observations.schema.fields.find((f) => f.name === name);
    expect(field('value')).toMatchObject({ type: 'number' });
    expect(field('period_end')).toMatchObject({ type: 'date' });
    expect(field('entity_ended')).toMatchObject({ type: 'date' });
    expect(field('source_published_approximate')).toMatchObject({ type: 'boolean', constraints: { required: true } });
    expect(field('source_language')).toMatchObject({ type: 'string', constraints: { required: true } });
    expect(field('qualifier')?.constraints?.enum).toEqual(['exact', 'about', 'nearly', 'more_than', 'at_least']);
    expect(field('method')?.constraints?.enum).toEqual(['stated', 'derived']);
    expect(field('unit')?.constraints?.enum).toContain('USD');
    expect(field('entity_kind')?.constraints?.enum).toContain('centrally_run_city');
    expect(observations.schema.foreignKeys?.map((k) => [k.fields, k.reference])).toEqual([
      ['indicator_id', { resource: 'indicators', fields: 'id' }],
      ['entity_id', { resource: 'entities', fields: 'id' }],
      ['source_id', { resource: 'sources', fields: 'id' }],
    ]);
    expect(events.schema.fields.map((f) => f.name).join(',')).toBe(EVENTS_HEADER);
  });

  it('resolves its resource paths to the CSV endpoints, each with the header its schema names', async () => {
    const pkg = await dataPackage();
    for (const resource of pkg.resources) {
      const url = new URL(resource.path, 'http://localhost/api/datapackage.json');
      const { text } = await csvOf(url.pathname);
      expect(text.split('\r\n')[0]).toBe(resource.schema.fields.map((f) => f.name).join(','));
    }
  });
});
