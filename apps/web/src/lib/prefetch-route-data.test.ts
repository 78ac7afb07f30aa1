import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiBodies, entity } from '../test-fixtures.ts';
import { mockFetch, testQueryClient } from '../test-utils.tsx';
import { prefetchRouteData } from './prefetch-route-data.ts';

const asked = (fetchMock: ReturnType<typeof mockFetch>) => fetchMock.mock.calls.map(([input]) => String(input));

describe('prefetchRouteData', () => {
  it('asks for an indicator’s series at once, beside the list of places, when the address names no place', async () => {
    const fetchMock = mockFetch();
    const client = prefetchRouteData(testQueryClient(), { pathname: '/indicators/partner_localities', search: '' });
    await waitFor(() => expect(client.getQueryData(['indicators', 'detail', 'partner_localities'])).toBeDefined());
    expect(asked(fetchMock).slice(0, 2).sort()).toEqual(['/api/entities', '/api/indicators/partner_localities']);
  });

  it('drops the whole series for the first place’s when the data describes several', async () => {
    const other = { ...entity, id: 'thu-dau-mot' };
    const fetchMock = mockFetch({ ...apiBodies(), '/api/entities': { entities: [entity, other] } });
    const client = prefetchRouteData(testQueryClient(), { pathname: '/indicators/partner_localities', search: '' });
    await waitFor(() => expect(asked(fetchMock)).toContain('/api/indicators/partner_localities?entity=binh-duong'));
    await waitFor(() =>
      expect(client.getQueryData(['indicators', 'detail', 'partner_localities', { entity: 'binh-duong' }])).toBeDefined(),
    );
  });

  it('asks for the overview’s lists on /, and for nothing on other views', async () => {
    const fetchMock = mockFetch();
    prefetchRouteData(testQueryClient(), { pathname: '/', search: '' });
    await waitFor(() => expect(asked(fetchMock)).toEqual(expect.arrayContaining(['/api/observations', '/api/indicators'])));
    const quiet = vi.fn();
    vi.stubGlobal('fetch', quiet);
    prefetchRouteData(testQueryClient(), { pathname: '/sources', search: '' });
    expect(quiet).not.toHaveBeenCalled();
  });

  it('asks for nothing, and does not throw, for an indicator address that cannot be decoded: the view says so', () => {
    const quiet = vi.fn();
    vi.stubGlobal('fetch', quiet);
    expect(() => prefetchRouteData(testQueryClient(), { pathname: '/indicators/%E0%A4%A', search: '' })).not.toThrow();
    expect(quiet).not.toHaveBeenCalled();
  });
});
