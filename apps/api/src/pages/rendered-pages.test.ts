import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { loadDataset } from '../data/load-dataset.ts';
import { dashboardBuilt, warnIfNotBuilt, webDist } from '../test-fixtures/built-dashboard.ts';
import { FIXTURE_DATA_DIR } from '../test-fixtures/fixture-data.ts';
import { closePageRenderers } from './page-renderer.ts';

warnIfNotBuilt("the rendered pages' tests");

describe.skipIf(!dashboardBuilt)('pages rendered by the server', () => {
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const loaded = await loadDataset(FIXTURE_DATA_DIR);
    if (!loaded.ok) throw new Error('fixture data is invalid');
    app = createApp(loaded, { webDist });
  });
  afterAll(() => closePageRenderers());

  it("arrive with the view drawn: the chart's marks, the data beside it, the head of the page", async () => {
    const res = await app.request('http://localhost/indicators/fdi_attracted');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toMatch(/<svg class="recharts-surface"/);
    expect(html.match(/data-testid="chart-point"/g)?.length).toBeGreaterThan(0);
    expect(html).toContain('<script type="application/json" id="bd-page-data">');
    expect(html).toMatch(/<meta property="og:image" content="http:\/\/localhost\/previews\/fdi_attracted\.en\.png">/);
    expect(html).toMatch(/<link rel="canonical" href="http:\/\/localhost\/indicators\/fdi_attracted">/);
    expect(html).not.toMatch(/<script>/);
  });

  it("carry every view's styles in the page, lazy parts included, so it is styled before and without its scripts", async () => {
    for (const [address, rule] of [
      ['/partners', '.world-map{'],
      ['/indicators/fdi_attracted', '.chart-sharing{'],
      ['/checks', '.check-list{'],
      ['/embed/fdi_attracted', '.embed{'],
      ['/?present=1', '.presenter{'],
    ]) {
      const html = await (await app.request(`http://localhost${address}`)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, address).toMatch(/<style data-sheet="\/assets\/style-[\w-]+\.css">[^<]*<\/style>/);
      expect(head.match(/<style[^>]*>([^<]*)<\/style>/)?.[1], address).toContain(rule);
      expect(html, address).not.toContain('rel="stylesheet"');
    }
  });

  it('are rendered in the language the address asks for', async () => {
    const html = await (await app.request('http://localhost/sources?lang=vi')).text();
    expect(html).toMatch(/<html lang="vi"/);
    expect(html).toContain('<title>Nguồn');
  });

  it('answer 304 to a browser holding the same page, and brotli to one that takes it', async () => {
    const first = await app.request('http://localhost/timeline');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"p-/);
    expect((await app.request('http://localhost/timeline', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    const compressed = await app.request('http://localhost/timeline', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(compressed.headers.get('content-encoding')).toBe('br');
  });

  it('answer 404 with the not-found page for an unknown indicator or address', async () => {
    const indicator = await app.request('http://localhost/indicators/no_such_indicator');
    expect(indicator.status).toBe(404);
    expect(await indicator.text()).toContain('no_such_indicator');
    const other = await app.request('http://localhost/no/such/page');
    expect(other.status).toBe(404);
  });

  it('give each indicator a preview image, and none to an unknown one', async () => {
    const png = await app.request('http://localhost/previews/fdi_attracted.vi.png');
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await png.arrayBuffer()).slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect((await app.request('http://localhost/previews/nope.en.png')).status).toBe(404);
    expect((await app.request('http://localhost/previews/fdi_attracted.fr.png')).status).toBe(404);
  });
});
