import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeWebDist, fixtureApp } from '../test-fixtures/fixture-app.ts';

describe('who may show a page in a frame', () => {
  const web = fakeWebDist();
  let app: Awaited<ReturnType<typeof fixtureApp>>['app'];
  beforeAll(async () => {
    ({ app } = await fixtureApp(web.dir));
  });
  afterAll(() => web.dispose());

  const frameHeaders = async (path: string) => {
    const res = await app.request(path);
    return {
      status: res.status,
      frameAncestors: /frame-ancestors ([^;]+)/.exec(res.headers.get('Content-Security-Policy') ?? '')?.[1],
      xFrameOptions: res.headers.get('X-Frame-Options'),
    };
  };

  it.each(['/', '/indicators/partner_localities', '/checks', '/embedded', '/api/checks', '/assets/index-abc123.js'])(
    '%s: only this origin',
    async (path) => {
      expect(await frameHeaders(path)).toMatchObject({ frameAncestors: "'self'", xFrameOptions: 'SAMEORIGIN' });
    },
  );

  it.each(['/embed/partner_localities', '/embed/partner_localities/', '/embed/fdi_attracted?lang=vi'])(
    '%s: any site',
    async (path) => {
      expect(await frameHeaders(path)).toEqual({ status: 200, frameAncestors: '*', xFrameOptions: null });
    },
  );

  it('keeps the rest of the policy on an embed', async () => {
    const csp = (await app.request('/embed/partner_localities')).headers.get('Content-Security-Policy');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
  });
});
