import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSET_JS, fakeWebDist, fixtureApp, INDEX_HTML } from '../test-fixtures/fixture-app.ts';

describe('the built web app', () => {
  const web = fakeWebDist();
  let app: Awaited<ReturnType<typeof fixtureApp>>['app'];
  beforeAll(async () => {
    ({ app } = await fixtureApp(web.dir));
  });
  afterAll(() => web.dispose());

  it('serves index.html at / without letting it go stale', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(await res.text()).toBe(INDEX_HTML);
  });

  it.each(['bytes=519-', 'bytes=0-10', 'bytes=999999-1000000'])('sends the whole file whatever the Range (%s)', async (range) => {
    const res = await app.request('/', { headers: { Range: range } });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX_HTML);
  });

  it('serves hashed assets as immutable for a year', async () => {
    const res = await app.request('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/javascript/);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(ASSET_JS);
  });

  it('serves other files revalidated', async () => {
    const res = await app.request('/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
  });

  it.each([
    '/indicators/partner_localities',
    '/indicators/partner_localities/',
    '/embed/partner_localities/',
    '/sources',
    '/sources/',
    '/timeline',
    '/sources/portal-2020-06-26-fdi?lang=vi',
  ])('answers the client-side route %s with index.html', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX_HTML);
  });

  it('answers a missing file with a 404, not with the app', async () => {
    const res = await app.request('/assets/missing-123.js');
    expect(res.status).toBe(404);
  });

  it.each([
    '/../package.json',
    '/assets/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2f..%2fpackage.json',
    '//etc/passwd',
  ])('serves nothing outside the build (%s)', async (path) => {
    const res = await app.request(`http://localhost${path}`);
    const text = await res.text();
    expect(text).not.toContain('root:');
    expect(text).not.toContain('"name"');
  });
});

describe('without a build', () => {
  it.each(['/', '/sources'])('%s answers 503 saying how to build it', async (path) => {
    const { app } = await fixtureApp();
    const res = await app.request(path);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain(
      'The dashboard is not built: run <code>pnpm start</code> (it builds it) or <code>pnpm build</code>',
    );
  });

  it('still answers the API', async () => {
    const { app } = await fixtureApp();
    expect((await app.request('/api/health')).status).toBe(200);
  });
});
