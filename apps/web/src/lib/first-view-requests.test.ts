import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, testQueryClient } from '../test-utils.tsx';
import { firstViewRequests } from './first-view-requests.ts';
import { prefetchRouteData } from './prefetch-route-data.ts';

const asked = (fetchMock: ReturnType<typeof mockFetch>) => [...new Set(fetchMock.mock.calls.map(([input]) => String(input)))];

describe('firstViewRequests', () => {
  it('names the list of places and the whole series for an indicator opened from a link', () => {
    expect(firstViewRequests('/indicators/partner_localities', '')).toEqual([
      '/api/entities',
      '/api/indicators/partner_localities',
    ]);
    expect(firstViewRequests('/indicators/fdi%20total/', '?lang=vi')).toEqual(['/api/entities', '/api/indicators/fdi%20total']);
  });

  it('names the place’s series when the address names a place', () => {
    expect(firstViewRequests('/indicators/partner_localities', '?lang=vi&entity=binh-duong')).toEqual([
      '/api/entities',
      '/api/indicators/partner_localities?entity=binh-duong',
    ]);
  });

  it('names nothing for other views and for an address that cannot be decoded', () => {
    for (const pathname of ['/', '/sources', '/indicators/', '/indicators/a/b', '/indicators/%E0%A4%A']) {
      expect(firstViewRequests(pathname, '')).toEqual([]);
    }
  });

  it('names the very addresses the app then asks for, so the browser answers it from the preload', async () => {
    const fetchMock = mockFetch();
    const client = prefetchRouteData(testQueryClient(), { pathname: '/indicators/partner_localities', search: '' });
    await waitFor(() => expect(client.getQueryData(['indicators', 'detail', 'partner_localities'])).toBeDefined());
    expect(asked(fetchMock).sort()).toEqual(firstViewRequests('/indicators/partner_localities', '').sort());
  });

  it('is self-contained, since the build copies its source into route-preload.js', () => {
    const copied = new Function(`return ${firstViewRequests.toString()}`)() as typeof firstViewRequests;
    expect(copied('/indicators/partner_localities', '?entity=x')).toEqual(
      firstViewRequests('/indicators/partner_localities', '?entity=x'),
    );
  });
});
