import {
  entityListAnswerSchema,
  eventListAnswerSchema,
  healthAnswerSchema,
  indicatorDetailAnswerSchema,
  indicatorListAnswerSchema,
  observationListAnswerSchema,
  sourceDetailAnswerSchema,
  sourceListAnswerSchema,
} from '@bd/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceState } from '../service-state.ts';
import { fixtureApp } from '../test-fixtures/fixture-app.ts';

let app: Awaited<ReturnType<typeof fixtureApp>>['app'];
let version: string;
beforeAll(async () => {
  const fixture = await fixtureApp();
  app = fixture.app;
  version = fixture.loaded.version;
});

async function getJson(path: string, status = 200): Promise<unknown> {
  const res = await app.request(path);
  expect(res.status, `${path}: ${res.status}`).toBe(status);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
  return res.json();
}

const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('GET /api/health', () => {
  it('gives the data version, the load time and the counts', async () => {
    const body = healthAnswerSchema.parse(await getJson('/api/health'));
    expect(body).toEqual({
      status: 'ok',
      data_version: version,
      loaded_at: '2024-02-01T00:00:00.000Z',
      counts: { entities: 2, indicators: 3, sources: 2, observations: 5, events: 3 },
      last_change: null,
      dashboard_release: null,
      last_refused_reload: null,
    });
  });

  it('is never cached, and names its data version in a header, as every answer does', async () => {
    for (const path of ['/api/health', '/api/ready']) {
      const res = await app.request(path);
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      expect(res.headers.get('ETag')).toBeNull();
      expect(res.headers.get('Data-Version')).toBe(version);
    }
    for (const path of ['/api/indicators', '/api/observations.csv', '/api/nothing-here']) {
      expect((await app.request(path)).headers.get('Data-Version')).toBe(version);
    }
  });
});

describe('GET /api/ready', () => {
  it('says a process with its data loaded takes requests, and one that drains does not, with a 503', async () => {
    const service = serviceState();
    const own = (await fixtureApp(undefined, undefined, service)).app;
    expect(await (await own.request('/api/ready')).json()).toEqual({ ready: true, status: 'ready', data_version: version });
    service.draining = true;
    const draining = await own.request('/api/ready');
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ ready: false, status: 'draining', data_version: version });
    expect(healthAnswerSchema.parse(await (await own.request('/api/health')).json()).status).toBe('draining');
  });
});

describe('GET /api/entities', () => {
  it('lists the places', async () => {
    const body = entityListAnswerSchema.parse(await getJson('/api/entities'));
    expect(ids(body.entities)).toEqual(['binh-duong', 'thu-dau-mot']);
  });
});

describe('GET /api/indicators', () => {
  it('lists every indicator with its observation count and first and last period end', async () => {
    const body = indicatorListAnswerSchema.parse(await getJson('/api/indicators'));
    expect(body.indicators.map((i) => [i.id, i.observation_count, i.first_period, i.last_period])).toEqual([
      ['partner_localities', 2, '2024-01-24', '2024-01-24'],
      ['fdi_registered', 2, '2020-06-23', '2023-12-31'],
      ['fdi_attracted', 1, '2020-06-30', '2020-06-30'],
    ]);
  });

  it('gives one indicator, its observations by period end and the sources they cite', async () => {
    const body = indicatorDetailAnswerSchema.parse(await getJson('/api/indicators/fdi_registered'));
    expect(body.indicator.id).toBe('fdi_registered');
    expect(ids(body.observations)).toEqual(['fdi-registered-2020-06', 'fdi-registered-2023-12']);
    expect(ids(body.sources)).toEqual(['portal-2020-06-26-fdi', 'baomoi-2024-01-24-partners']);
  });

  it('answers an unknown id with a 404 naming it', async () => {
    expect(await getJson('/api/indicators/partner_cities', 404)).toEqual({
      error: 'No indicator with id "partner_cities"',
      issues: [],
    });
  });
});

describe('GET /api/observations', () => {
  const observationIds = async (query: string) =>
    ids(observationListAnswerSchema.parse(await getJson(`/api/observations${query}`)).observations);

  it('lists every observation by indicator, entity and period, with a count', async () => {
    const body = observationListAnswerSchema.parse(await getJson('/api/observations'));
    expect(body.count).toBe(5);
    expect(ids(body.observations)).toEqual([
      'partners-2024-01',
      'partners-tdm-2024-01',
      'fdi-registered-2020-06',
      'fdi-registered-2023-12',
      'fdi-attracted-2020-h1',
    ]);
  });

  it('filters by indicators, entities and sources', async () => {
    expect(await observationIds('?indicator=fdi_attracted,partner_localities&entity=binh-duong')).toEqual([
      'partners-2024-01',
      'fdi-attracted-2020-h1',
    ]);
    expect(await observationIds('?source=portal-2020-06-26-fdi')).toEqual(['fdi-registered-2020-06', 'fdi-attracted-2020-h1']);
  });

  it('keeps periods that end on or after from and start on or before to', async () => {
    expect(await observationIds('?from=2020-06-30')).toEqual([
      'partners-2024-01',
      'partners-tdm-2024-01',
      'fdi-registered-2023-12',
      'fdi-attracted-2020-h1',
    ]);
    expect(await observationIds('?from=2020-07')).toEqual(['partners-2024-01', 'partners-tdm-2024-01', 'fdi-registered-2023-12']);
    expect(await observationIds('?to=2020-01-01')).toEqual(['fdi-attracted-2020-h1']);
    expect(await observationIds('?from=2020&to=2020')).toEqual(['fdi-registered-2020-06', 'fdi-attracted-2020-h1']);
    expect(await observationIds('?from=2025')).toEqual([]);
  });

  it.each([
    ['?from=2024&to=2020', [{ path: 'from', message: '"from" must not be after "to"' }]],
    ['?from=2024-02-30', [{ path: 'from', message: expect.stringContaining('expected YYYY, YYYY-MM or YYYY-MM-DD') }]],
    ['?indicator=FDI', [{ path: 'indicator', message: expect.stringContaining('expected a comma-separated list of ids') }]],
    ['?colour=red', [{ path: 'colour', message: 'unknown parameter: expected one of indicator, entity, source, from, to' }]],
    ['?indicator=a&indicator=b', [{ path: 'indicator', message: expect.any(String) }]],
    [
      '?indicator=partner_cities,fdi_attracted&entity=hanoi&source=nowhere',
      [
        { path: 'indicator', message: 'unknown indicator "partner_cities": /api/indicators lists the ids' },
        { path: 'entity', message: 'unknown entity "hanoi": /api/entities lists the ids' },
        { path: 'source', message: 'unknown source "nowhere": /api/sources lists the ids' },
      ],
    ],
  ])('answers %s with a 400 naming the parameter', async (query, issues) => {
    expect(await getJson(`/api/observations${query}`, 400)).toEqual({ error: 'Invalid query', issues });
  });
});

describe('GET /api/sources', () => {
  it('lists the articles by publication date with what each backs', async () => {
    const body = sourceListAnswerSchema.parse(await getJson('/api/sources'));
    expect(body.sources.map((s) => [s.id, s.observation_count, s.event_count])).toEqual([
      ['portal-2020-06-26-fdi', 2, 1],
      ['baomoi-2024-01-24-partners', 3, 2],
    ]);
  });

  it('gives one article with every observation and event it backs', async () => {
    const body = sourceDetailAnswerSchema.parse(await getJson('/api/sources/portal-2020-06-26-fdi'));
    expect(body.source.title).toBe('Binh Duong attracts FDI, "despite" the pandemic');
    expect(ids(body.observations)).toEqual(['fdi-registered-2020-06', 'fdi-attracted-2020-h1']);
    expect(ids(body.events)).toEqual(['conference-2020-06']);
  });

  it('answers an unknown id with a 404 naming it', async () => {
    expect(await getJson('/api/sources/nowhere', 404)).toEqual({ error: 'No source with id "nowhere"', issues: [] });
  });
});

describe('GET /api/events', () => {
  it('lists events by date, filtered by type', async () => {
    expect(ids(eventListAnswerSchema.parse(await getJson('/api/events')).events)).toEqual([
      'conference-2020-06',
      'award-2023',
      'partner-kumamoto',
    ]);
    expect(ids(eventListAnswerSchema.parse(await getJson('/api/events?type=award,partner_locality')).events)).toEqual([
      'award-2023',
      'partner-kumamoto',
    ]);
  });

  it('answers an unknown type with a 400', async () => {
    const body = await getJson('/api/events?type=treaty', 400);
    expect(body).toEqual({
      error: 'Invalid query',
      issues: [{ path: 'type.0', message: expect.stringContaining('partner_locality') }],
    });
  });
});

describe('conditional requests', () => {
  it.each([
    '/api/entities',
    '/api/indicators',
    '/api/indicators/partner_localities',
    '/api/observations',
    '/api/observations?indicator=fdi_registered&from=2020',
    '/api/sources/portal-2020-06-26-fdi',
    '/api/events?type=award',
    '/api/observations.csv?bom=1',
    '/api/datapackage.json',
    '/api/openapi.json',
    '/api/docs',
  ])('%s answers 304 without a body to the ETag it gave', async (path) => {
    const first = await app.request(path);
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(new RegExp(`^"${version}-`));
    const again = await app.request(path, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(await again.text()).toBe('');
    const other = await app.request(path, { headers: { 'If-None-Match': '"something-else"' } });
    expect(other.status).toBe(200);
  });

  it('gives the same ETag to the same filter written differently, and caches for a minute', async () => {
    const a = await app.request('/api/observations?indicator=fdi_registered,partner_localities&from=2020');
    const b = await app.request('/api/observations?from=2020-01-01&indicator=partner_localities,fdi_registered');
    expect(a.headers.get('ETag')).toBe(b.headers.get('ETag'));
    expect(a.headers.get('Cache-Control')).toBe('public, max-age=60, stale-while-revalidate=600');
  });

  it('does not cache errors', async () => {
    const res = await app.request('/api/indicators/nowhere');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('ETag')).toBeNull();
  });
});

describe('endpoints without parameters', () => {
  it.each(['/api/health', '/api/entities', '/api/indicators', '/api/sources/portal-2020-06-26-fdi', '/api/datapackage.json'])(
    '%s rejects an unknown parameter',
    async (path) => {
      expect(await getJson(`${path}?x=1`, 400)).toEqual({
        error: 'Invalid query',
        issues: [{ path: 'x', message: 'this endpoint takes no parameters' }],
      });
    },
  );
});
