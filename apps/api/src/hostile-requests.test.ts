import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_URL_BYTES } from './http/request-limits.ts';
import { fakeWebDist, fixtureApp } from './test-fixtures/fixture-app.ts';
import {
  errorShapeProblems,
  type HostileRequest,
  hostileRequest,
  securityHeaderProblems,
} from './test-fixtures/hostile-requests.ts';

let app: Awaited<ReturnType<typeof fixtureApp>>['app'];
let web: ReturnType<typeof fakeWebDist>;
beforeAll(async () => {
  web = fakeWebDist();
  ({ app } = await fixtureApp(web.dir));
});
afterAll(() => web.dispose());

/** The statuses the app may answer `request` with, from what the URL and method alone decide. */
function allowedStatuses(request: HostileRequest, url: URL): number[] {
  const api = url.pathname === '/api' || url.pathname.startsWith('/api/');
  const preflight =
    request.method === 'OPTIONS' &&
    Object.keys(request.headers).some((name) => name.toLowerCase() === 'access-control-request-method');
  if (api && preflight) return [204];
  if (url.pathname.length + url.search.length > MAX_URL_BYTES) return [414];
  if (request.method !== 'GET' && request.method !== 'HEAD') return [405];
  // Files of the web app honour Range: part of one (206), or a range it does not have (416).
  return api ? [200, 302, 304, 400, 404] : [200, 206, 304, 404, 416];
}

describe('any request, however hostile (app.request)', () => {
  it('is answered without a 5xx, with the right status, the security headers and, for the API, the JSON error shape', async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (request) => {
        const res = await app.request(request.target, { method: request.method, headers: request.headers });
        const url = new URL(`http://localhost${request.target}`);
        const body = await res.text();
        expect(res.status, `${request.method} ${request.target.slice(0, 200)}`).toBeOneOf(allowedStatuses(request, url));
        expect(securityHeaderProblems(res.headers, url.pathname)).toEqual([]);
        expect(errorShapeProblems(url.pathname, request.method, res.status, res.headers, body)).toEqual([]);
        if (res.status === 405) expect(res.headers.get('Allow')).toBe('GET, HEAD');
      }),
      { numRuns: 600 },
    );
  });
});

describe('repeated query parameters', () => {
  it.each([
    ['/api/observations', 'from', '2020', '2021'],
    ['/api/observations', 'indicator', 'fdi_attracted', 'partner_localities'],
    ['/api/observations.csv', 'bom', '1', '0'],
    ['/api/events', 'type', 'award', 'conference'],
    ['/api/events.csv', 'type', 'award', 'award'],
  ])('%s with %s twice is a 400 that says to give it once', async (path, name, first, second) => {
    const res = await app.request(`${path}?${name}=${first}&${name}=${second}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'Invalid query',
      issues: [{ path: name, message: 'given 2 times: give each parameter once (several ids go in one, separated by commas)' }],
    });
  });
});

describe('broken percent-encoding', () => {
  it.each([
    ['/api/indicators/%E0%A4%A', 404, 'No indicator with id "%E0%A4%A"'],
    ['/api/observations?from=%E0%A4%A', 400, 'Invalid query'],
    ['/api/observations?%E0%A4%A=1', 400, 'Invalid query'],
    ['/api/%E0%A4%A', 404, 'No API endpoint at /api/%E0%A4%A: see /api/docs for the endpoints'],
  ])('%s is a %i naming what was asked', async (target, status, error) => {
    const res = await app.request(target);
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error });
  });
});

describe('the URL length limit', () => {
  const target = (length: number) => {
    const start = '/api/observations?indicator=';
    return start + 'a'.repeat(length - start.length);
  };

  it(`reads a URL of ${MAX_URL_BYTES} bytes`, async () => {
    expect((await app.request(target(MAX_URL_BYTES))).status).toBe(400);
  });

  it('answers a longer one 414 in JSON, before the method is looked at', async () => {
    for (const method of ['GET', 'POST']) {
      const res = await app.request(target(MAX_URL_BYTES + 1), { method });
      expect(res.status).toBe(414);
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      expect(await res.json()).toEqual({
        error: `The URL is ${MAX_URL_BYTES + 1} bytes long: this server reads at most ${MAX_URL_BYTES} (the path and query)`,
        issues: [],
      });
    }
  });
});
