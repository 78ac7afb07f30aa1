import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './support/browser.ts';
import { browserSession } from './support/session.ts';

/** Issue 11, point 3: with scripts off, every value, its citation with the article's words, and working links. */
describe.skipIf(!browserAvailable)('the dashboard with scripts off, in Chromium', () => {
  const session = browserSession();
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  const open = async (address: string): Promise<Page> => {
    context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const response = await page.goto(`${session.server.url}${address}`);
    expect(response?.status()).toBe(200);
    return page;
  };

  it("shows an indicator's chart, and every value with its qualifier, unit, source and the article's words", async () => {
    const page = await open('/indicators/fdi_registered_capital_cumulative');
    expect(await page.getByTestId('chart-point').count()).toBe(3);
    const table = page.getByRole('table', { name: /every value with its source/ });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    const first = await rows.first().innerText();
    expect(first).toContain('nearly 35 billion USD');
    expect(first).toContain('Binh Duong provincial portal, 26 June 2020');
    expect(first).toContain('a total registered capital of nearly USD 35 billion');
    // Nothing on screen is a control that cannot answer: they wait, hidden, for the scripts.
    expect(await page.getByRole('button', { name: 'Present' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Download PNG' }).isVisible()).toBe(false);
    await screenshot(page, 'without-scripts-indicator');
  });

  it('downloads the CSV, and switches language by its link', async () => {
    const page = await open('/indicators/partner_localities');
    const csv = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    const res = await fetch(`${session.server.url}${csv}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('partner_localities');
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL(/lang=vi/);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('h1').first().innerText()).toBe('Địa phương nước ngoài có quan hệ hữu nghị, hợp tác');
  });

  it("steps through the presenter's slides by its links", async () => {
    const page = await open('/?present=1&slide=2');
    expect(await page.locator('.slide__number').innerText()).toMatch(/^2\s*\//);
    await page.getByRole('link', { name: /Next slide/ }).click();
    await page.waitForURL(/slide=3/);
    expect(await page.locator('.slide__number').innerText()).toMatch(/^3\s*\//);
    await page.getByRole('link', { name: 'Leave' }).click();
    await page.waitForURL((url) => !url.search.includes('present'));
    expect(await page.getByTestId('indicator-card').count()).toBeGreaterThan(0);
  });

  // Every view, in both languages: drawn by the server, in that language, with the article's words where it cites.
  const VIEWS: { address: string; cites: boolean }[] = [
    { address: '/', cites: false },
    { address: '/indicators/partner_localities', cites: true },
    { address: '/sources', cites: true },
    { address: '/timeline', cites: true },
    { address: '/partners', cites: false },
    { address: '/checks', cites: true },
    { address: '/embed/fdi_attracted', cites: false },
  ];
  for (const lang of ['en', 'vi'] as const) {
    it(`draws every view in ${lang === 'en' ? 'English' : 'Vietnamese'}, citing the articles' words`, async () => {
      for (const { address, cites } of VIEWS) {
        const page = await open(`${address}${address.includes('?') ? '&' : '?'}lang=${lang}`);
        expect(await page.locator('html').getAttribute('lang'), address).toBe(lang);
        expect((await page.locator('#root').innerText()).length, `${address} has text`).toBeGreaterThan(200);
        if (cites) expect(await page.locator('dl.evidence').count(), `${address} quotes the articles`).toBeGreaterThan(0);
        await context?.close();
        context = undefined;
      }
    });
  }
});
