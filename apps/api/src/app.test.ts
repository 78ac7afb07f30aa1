import { errorAnswerSchema } from '@bd/core';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { answerUnexpectedError } from './http/errors.ts';
import { fixtureApp } from './test-fixtures/fixture-app.ts';

let app: Awaited<ReturnType<typeof fixtureApp>>['app'];
beforeAll(async () => {
  ({ app } = await fixtureApp());
});

describe('every answer', () => {
  it.each(['/api/health', '/api/nope', '/', '/api/observations?from=x'])('carries the security headers (%s)', async (path) => {
    const res = await app.request(path);
    expect(res.headers.get('Content-Security-Policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'self'; object-src 'none'; base-uri 'self'",
    );
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('Permissions-Policy')).toBe('fullscreen=(self)');
    expect(res.headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
  });
});

describe('CORS', () => {
  it('lets any origin read the API, without credentials', async () => {
    const res = await app.request('/api/indicators', { headers: { Origin: 'https://elsewhere.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
  });

  it('answers a preflight for GET', async () => {
    const res = await app.request('/api/indicators', {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD');
  });
});

describe('methods', () => {
  it.each([
    ['POST', '/api/indicators'],
    ['PUT', '/api/sources/x'],
    ['DELETE', '/api/health'],
    ['PATCH', '/'],
    ['OPTIONS', '/api/health'],
    ['POST', '/api/nope'],
  ])('%s %s is a 405 naming GET and HEAD', async (method, path) => {
    const res = await app.request(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD');
    const body = errorAnswerSchema.parse(await res.json());
    expect(body.error).toContain(method);
  });

  it('answers HEAD like GET, without a body', async () => {
    const get = await app.request('/api/indicators');
    const head = await app.request('/api/indicators', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('ETag')).toBe(get.headers.get('ETag'));
    expect(await head.text()).toBe('');
  });
});

describe('unknown paths', () => {
  it('an unknown /api path is a JSON 404', async () => {
    const res = await app.request('/api/indicator');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'No API endpoint at /api/indicator: see /api/docs for the endpoints', issues: [] });
  });

  it('/api leads to the reference page', async () => {
    const res = await app.request('/api');
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/api/docs');
  });
});

describe('addresses with a trailing slash', () => {
  it.each([
    '/api/health',
    '/api/indicators',
    '/api/indicators/partner_localities',
    '/api/observations?indicator=fdi_attracted&from=2020',
    '/api/sources/portal-2020-06-26-fdi',
    '/api/events?type=award',
    '/api/observations.csv?bom=1',
    '/api/datapackage.json',
    '/api/docs',
  ])('answer %s as without it', async (url) => {
    const [path, query = ''] = url.split('?');
    const plain = await app.request(url);
    const slashed = await app.request(`${path}/${query ? `?${query}` : ''}`);
    expect(plain.status).toBe(200);
    expect(slashed.status).toBe(200);
    expect(slashed.headers.get('ETag')).toBe(plain.headers.get('ETag'));
    expect(await slashed.text()).toBe(await plain.text());
  });

  it('keep an unknown path a 404 and /api/ a way to the reference', async () => {
    const unknown = await app.request('/api/indicator/');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: 'No API endpoint at /api/indicator: see /api/docs for the endpoints' });
    expect((await app.request('/api/indicators/nope/')).status).toBe(404);
    const root = await app.request('/api/');
    expect(root.status).toBe(302);
    expect(root.headers.get('Location')).toBe('/api/docs');
  });
});

describe('an unexpected error', () => {
  it('is a 500 in JSON that does not show the error', async () => {
    const broken = new Hono().get('/', () => {
      throw new Error('secret detail at /home/me/app.ts:12');
    });
    broken.onError(answerUnexpectedError);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await broken.request('/');
    log.mockRestore();
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(errorAnswerSchema.parse(JSON.parse(text)).error).toMatch(/^Internal error/);
  });
});
