import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { browserAvailable, screenshot } from './support/browser.ts';
import { browserSession, type Viewport } from './support/session.ts';

const PROJECTOR: Viewport = { width: 1280, height: 720 };
const PHONE: Viewport = { width: 360, height: 780 };

/** Intl's Vietnamese date, "18 tháng 12, 2024", which the interface no longer writes. */
const INTL_VI_DATE = /\d{1,2} tháng \d{1,2}, \d{4}/;

describe.skipIf(!browserAvailable)('Vietnamese as Vietnamese readers write it', () => {
  const session = browserSession();
  let page: Page;
  const open = async (path: string, viewport?: Viewport) => {
    page = await session.open(path, { viewport });
  };
  const main = () => page.locator('main').innerText();

  it('writes the sources’ dates as Vietnamese publications do', async () => {
    await open('/sources?lang=vi', PROJECTOR);
    await page.getByText('Consular Posts and Foreign Missions Meeting in Binh Duong').first().waitFor();
    const text = await main();
    expect(text).toContain('ngày 24 tháng 1 năm 2024');
    expect(text).toContain('ngày 18 tháng 12 năm 2024');
    expect(text).not.toMatch(INTL_VI_DATE);
    await screenshot(page, 'edges-sources-vi-1280');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('names partner countries in Vietnamese on the timeline and the partners list: Ý for Italy', async () => {
    await open('/timeline?lang=vi', PROJECTOR);
    const emilia = page.locator('.timeline__item').filter({ hasText: 'Emilia - Romagna Region' });
    await emilia.waitFor();
    expect(await emilia.innerText()).toContain('Địa phương kết nghĩa · Ý');
    const text = await main();
    for (const country of ['Nhật Bản', 'Hàn Quốc', 'Hoa Kỳ', 'Đức', 'Hà Lan', 'Bỉ', 'Trung Quốc'])
      expect(text).toContain(country);
    expect(text).toContain('đưa tin ngày 23 tháng 6 năm 2020');
    expect(text).not.toMatch(INTL_VI_DATE);
    await screenshot(page, 'edges-timeline-vi-1280');
    expect(await seriousViolations(page)).toEqual([]);

    await open('/partners?lang=vi', PROJECTOR);
    const row = page.locator('tr').filter({ hasText: 'Emilia - Romagna Region' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Ý');
  });

  it('writes an indicator’s dates and periods in Vietnamese, on a projector and a phone', async () => {
    await open('/indicators/fdi_attracted?lang=vi', PROJECTOR);
    await page.getByTestId('chart-point').first().waitFor();
    expect(await main()).toContain('6 tháng đầu năm 2020');
    expect(await main()).not.toMatch(INTL_VI_DATE);
    await screenshot(page, 'edges-indicator-vi-1280');
    expect(await seriousViolations(page)).toEqual([]);

    await open('/indicators/partner_localities?lang=vi', PHONE);
    await page.getByTestId('chart-point').first().waitFor();
    const text = await main();
    expect(text).toContain('ngày 18 tháng 12 năm 2024');
    expect(text).not.toMatch(INTL_VI_DATE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'edges-indicator-vi-360');
    await open('/timeline?lang=vi', PHONE);
    await page.locator('.timeline__item').first().waitFor();
    await screenshot(page, 'edges-timeline-vi-360');
    await open('/sources?lang=vi', PHONE);
    await page.getByText('Consular Posts and Foreign Missions Meeting in Binh Duong').first().waitFor();
    await screenshot(page, 'edges-sources-vi-360');
  });
});

describe.skipIf(!browserAvailable)('small edges', () => {
  const session = browserSession();
  let page: Page;
  const open = async (path: string, viewport?: Viewport) => {
    page = await session.open(path, { viewport });
  };
  const context = () => {
    if (!session.context) throw new Error('no page is open');
    return session.context;
  };

  it('says why Download CSV (and the footer’s download of all data) cannot download while offline, and downloads once back online', async () => {
    await open('/indicators/fdi_attracted');
    // The live chart, not the server's drawing, so nothing on the page is still loading when the network goes.
    await page.locator('.recharts-wrapper').first().waitFor();
    const link = page.getByRole('link', { name: 'Download CSV' }).first();
    const href = await link.getAttribute('href');
    await context().setOffline(true);
    await link.click();
    const problem = page.locator('main').getByRole('alert').filter({ hasText: 'The CSV was not downloaded' });
    await problem.waitFor();
    expect(await problem.innerText()).toContain('this device is offline');
    expect(await link.getAttribute('href')).toBe(href);
    const footer = page.getByRole('contentinfo');
    await footer.getByRole('link', { name: 'Download all data (CSV)' }).click();
    await footer.getByRole('alert').filter({ hasText: 'this device is offline' }).waitFor();
    await screenshot(page, 'edges-csv-offline');
    expect(await seriousViolations(page)).toEqual([]);

    await context().setOffline(false);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/fdi_attracted.*\.csv$/);
    await expect.poll(() => problem.count()).toBe(0);
  });

  it('retries a view that could not be loaded in place, without reloading into the browser’s error page', async () => {
    await open('/');
    await page.getByTestId('indicator-card').first().waitFor();
    await page.evaluate(() => {
      (window as unknown as { loadedOnce: boolean }).loadedOnce = true;
    });
    await context().setOffline(true);
    await page.getByRole('link', { name: 'Timeline' }).click();
    const failed = page.getByRole('alert').filter({ hasText: 'This view could not be loaded' });
    await failed.waitFor();
    await context().setOffline(false);
    await failed.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
    await page.locator('.timeline__item').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/timeline');
    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
  });

  it('puts events dated only "2024" after those dated within 2024, and says the date is not given', async () => {
    await open('/timeline');
    await page.getByText('Heldeberg').first().waitFor();
    const items = await page.locator('.timeline__item').allInnerTexts();
    const at = (name: string) => items.findIndex((text) => text.includes(name));
    expect(at('Consular Posts and Foreign Missions Meeting')).toBeLessThan(at('Heldeberg'));
    expect(at('Bijeenkomst van de consulaire delegatie')).toBeLessThan(at('Heldeberg'));
    expect(items[at('Heldeberg')]).toContain('2024, date not given');
    expect(await page.locator('.timeline__item', { hasText: 'Heldeberg' }).locator('time').getAttribute('datetime')).toBe('2024');
  });

  it('says an unknown indicator does not exist after one request, without retrying the 404', async () => {
    const asked: string[] = [];
    page = await session.open('/indicators/no_such_indicator', {
      before: (opened) => opened.on('request', (request) => asked.push(`${request.resourceType()} ${request.url()}`)),
    });
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('no_such_indicator');
    expect(await page.getByText('Loading…').count()).toBe(0);
    // The server rendered the 404 with the answer in the page: the browser asks again neither on hydrating nor on
    // mounting the view.
    const fetched = asked.filter(
      (request) => request.startsWith('fetch ') && request.includes('/api/indicators/no_such_indicator'),
    );
    expect(fetched).toHaveLength(0);
  });

  it('tells a phone to choose a chart value, not to press Enter', async () => {
    await open('/indicators/partner_localities', PHONE);
    await page.getByTestId('chart-point').first().waitFor();
    const label = page.locator('.point-list__label');
    expect(await label.innerText()).toBe('Values in the chart: choose one to see its source');
    expect(await page.locator('main').innerText()).not.toContain('press Enter');
  });

  it('marks Overview as the current page on the overview only, not on an indicator page', async () => {
    const nav = () => page.getByRole('navigation', { name: 'Main' });
    await open('/');
    await page.getByTestId('indicator-card').first().waitFor();
    expect(await nav().getByRole('link', { name: 'Overview' }).getAttribute('aria-current')).toBe('page');
    await page.getByTestId('indicator-card').first().locator('a').first().click();
    await page.getByTestId('chart-point').first().waitFor();
    expect(await nav().getByRole('link', { name: 'Overview' }).getAttribute('aria-current')).toBeNull();
    expect(await nav().locator('[aria-current="page"]').count()).toBe(0);
  });
});
