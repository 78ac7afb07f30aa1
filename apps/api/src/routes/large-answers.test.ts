import { indicatorDetailAnswerSchema } from '@bd/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { indexDataset } from '../data/dataset-index.ts';
import type { LoadedData } from '../data/load-dataset.ts';
import { fixtureApp } from '../test-fixtures/fixture-app.ts';
import { filterObservations, selectObservations } from './observation-filter.ts';

let loaded: LoadedData;
let prepared: ReturnType<typeof createApp>;
/** The same data with every list of more than one record streamed, as a large data set's would be. */
let streamed: ReturnType<typeof createApp>;

beforeAll(async () => {
  ({ loaded } = await fixtureApp());
  const options = { webDist: '/nowhere', loadedAt: new Date('2024-02-01T00:00:00Z') };
  prepared = createApp(loaded, options);
  streamed = createApp(loaded, { ...options, preparedLimit: 1 });
});

const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());

describe('answers longer than the prepared limit', () => {
  it.each([
    '/api/observations',
    '/api/observations?entity=binh-duong',
    '/api/observations.csv',
    '/api/observations.csv?bom=1',
    '/api/observations.csv?indicator=partner_localities,fdi_registered',
    '/api/indicators/partner_localities',
    '/api/indicators/fdi_registered?entity=binh-duong',
  ])('%s streams the very bytes and headers it would have prepared', async (path) => {
    const [whole, chunked] = await Promise.all([prepared.request(path), streamed.request(path)]);
    expect(chunked.status).toBe(200);
    expect(chunked.body).toBeInstanceOf(ReadableStream);
    for (const name of ['Content-Type', 'Content-Disposition', 'ETag', 'Cache-Control']) {
      expect(chunked.headers.get(name), name).toBe(whole.headers.get(name));
    }
    expect(await bytesOf(chunked)).toEqual(await bytesOf(whole));
  });

  it('still answers a matching If-None-Match with a 304 and no body', async () => {
    const etag = (await streamed.request('/api/observations.csv')).headers.get('ETag')!;
    const again = await streamed.request('/api/observations.csv', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });
});

describe('GET /api/indicators/:id?entity=', () => {
  it('keeps the series of the given places, with only the sources they cite', async () => {
    const res = await prepared.request('/api/indicators/partner_localities?entity=thu-dau-mot');
    const body = indicatorDetailAnswerSchema.parse(await res.json());
    expect(body.observations.map((o) => o.entity)).toEqual(['thu-dau-mot']);
    expect(body.sources.map((s) => s.id)).toEqual(['baomoi-2024-01-24-partners']);
    const all = indicatorDetailAnswerSchema.parse(await (await prepared.request('/api/indicators/partner_localities')).json());
    expect(all.observations).toHaveLength(2);
    expect(res.headers.get('ETag')).not.toBe((await prepared.request('/api/indicators/partner_localities')).headers.get('ETag'));
  });

  it('answers an unknown place with a 400 naming it', async () => {
    const res = await prepared.request('/api/indicators/partner_localities?entity=hanoi');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'Invalid query',
      issues: [{ path: 'entity', message: 'unknown entity "hanoi": /api/entities lists the ids' }],
    });
  });
});

describe('selectObservations', () => {
  it.each([
    {},
    { indicator: ['fdi_registered'] },
    { indicator: ['fdi_attracted', 'partner_localities'], entity: ['binh-duong'] },
    { entity: ['thu-dau-mot', 'binh-duong'] },
    { source: ['portal-2020-06-26-fdi'], from: '2020-06-30' },
    { indicator: ['partner_localities'], entity: ['binh-duong', 'thu-dau-mot'], to: '2024-12-31' },
  ])('selects through the index what a scan of every observation selects (%o)', (filter) => {
    const data = indexDataset(loaded);
    expect(selectObservations(data, filter)).toEqual(filterObservations(data.observations, filter));
  });
});
