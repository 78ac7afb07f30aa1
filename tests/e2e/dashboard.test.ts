import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { browserAvailable, screenshot } from './support/browser.ts';
import { browserSession, type Viewport } from './support/session.ts';

describe.skipIf(!browserAvailable)('the dashboard in Chromium, served as pnpm start serves it', () => {
  const session = browserSession();
  let page: Page;
  const open = async (path: string, viewport?: Viewport) => {
    page = await session.open(path, { viewport });
  };

  it('opens the overview with a card per headline indicator, each with value, date and source', async () => {
    await open('/');
    const cards = page.getByTestId('indicator-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(6);
    const partner = cards.filter({ hasText: 'Partner localities' });
    await expect.poll(() => partner.innerText()).toContain('14');
    const capital = cards.filter({ hasText: 'FDI registered capital' });
    expect(await capital.innerText()).toContain('more than 42.4 billion USD');
    await screenshot(page, 'overview-en');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the source of a chart point on hover, and pins its citation on click', async () => {
    await open('/indicators/partner_localities');
    const points = page.getByTestId('chart').getByTestId('chart-point');
    await points.first().waitFor();
    expect(await points.count()).toBe(4);
    // The server's drawing is replaced by the live chart, whose marks answer the pointer.
    await page.locator('.recharts-wrapper').first().waitFor();
    await points.last().hover();
    const tooltip = page.getByTestId('chart-tooltip');
    await tooltip.waitFor();
    const tip = await tooltip.innerText();
    expect(tip).toContain('14');
    expect(tip).toContain('Thời Đại');
    expect(tip).toContain('met 14 buitenlandse gemeenten');
    await points.last().click();
    const panel = page.getByTestId('citation-panel');
    await expect.poll(() => panel.innerText()).toContain('Tot nu toe heeft de provincie Binh Duong');
    await screenshot(page, 'indicator-partner-localities-en');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the same data as a table with a source column', async () => {
    await open('/indicators/international_org_memberships');
    await page.getByRole('button', { name: 'Table' }).click();
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(5);
    expect(await table.innerText()).toContain('Binh Duong provincial portal');
    expect(await page.locator('main').innerText()).toMatch(/disagree/i);
    await screenshot(page, 'indicator-memberships-table-en');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('downloads the indicator CSV with every value and its provenance', async () => {
    await open('/indicators/fdi_attracted');
    await page.getByTestId('chart-point').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).first().click(),
    ]);
    const file = await download.path();
    const rows = parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const api = (await (await fetch(`${session.server.url}/api/indicators/fdi_attracted`)).json()) as {
      observations: { value: number }[];
    };
    expect(rows).toHaveLength(api.observations.length);
    expect(rows.map((r) => Number(r.value))).toEqual(api.observations.map((o) => o.value));
    expect(rows.every((r) => r.source_title && r.evidence && r.indicator_id === 'fdi_attracted')).toBe(true);
    expect(download.suggestedFilename()).toMatch(/fdi_attracted.*\.csv$/);
  });

  it('presents one indicator per slide, driven by the keyboard, with the slide in the URL', async () => {
    await open('/');
    await page.getByRole('button', { name: 'Present' }).click();
    const slide = page.getByTestId('slide');
    await slide.waitFor();
    await expect.poll(() => page.url()).toContain('slide=1');
    // The browser's real Fullscreen API, asked for by the click that opened the slides.
    const fullscreen = () => page.evaluate(() => document.fullscreenElement?.classList.contains('presenter') ?? false);
    await expect.poll(fullscreen).toBe(true);
    // The first slide is whole once its live chart has its axes and its life line (asked for after the slides) is in.
    await slide.locator('.recharts-xAxis-tick-labels text').first().waitFor();
    await slide.getByText('until 30 June 2025').first().waitFor();
    const first = await slide.innerText();
    expect(first).toMatch(/Source|Sources/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('slide=2');
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('slide=3');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.url()).toContain('slide=2');
    await page.keyboard.press('End');
    await expect.poll(() => page.url()).toMatch(/slide=(\d{2}|[4-9])/);
    await page.keyboard.press('Home');
    await expect.poll(() => page.url()).toContain('slide=1');
    expect(await slide.innerText()).toBe(first);
    await screenshot(page, 'present-slide-1');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('slide').count()).toBe(0);
    expect(page.url()).not.toContain('present=1');
    await expect.poll(fullscreen).toBe(false);
  });

  it('opens a shared presenter link straight into its slide', async () => {
    await open('/?present=1&slide=3', { width: 1280, height: 720 });
    await page.getByTestId('slide').waitFor();
    // On a 720-line projector the source line is still on the slide, above the controls.
    const sourceLine = await page.locator('.slide__sources').boundingBox();
    const controls = await page.locator('.presenter__controls').boundingBox();
    expect(sourceLine && controls && sourceLine.y + sourceLine.height <= controls.y).toBe(true);
    expect(await page.getByTestId('slide').innerText()).toMatch(/3\s*\/\s*\d+/);
  });

  it('switches to Tiếng Việt, writes numbers the Vietnamese way, and keeps it on reload', async () => {
    await open('/');
    await page.getByTestId('indicator-card').first().waitFor();
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await expect.poll(() => page.locator('main').innerText()).toContain('hơn 42,4 tỷ USD');
    expect(page.url()).toContain('lang=vi');
    await screenshot(page, 'overview-vi');
    await page.reload();
    await page.getByTestId('indicator-card').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.getByRole('link', { name: 'English' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('reproduces a shared URL: indicator, range and language', async () => {
    await open('/indicators/fdi_attracted?lang=vi&from=2019&to=2020');
    await page.getByTestId('chart-point').first().waitFor();
    expect(await page.getByTestId('chart-point').count()).toBe(2);
    expect(await page.locator('main').innerText()).toContain('6 tháng đầu năm 2020');
    await screenshot(page, 'indicator-fdi-attracted-vi');
  });

  it('lists every source with the values it backs, and the events in date order', async () => {
    await open('/sources');
    await page.getByText('Consular Posts and Foreign Missions Meeting in Binh Duong').first().waitFor();
    expect(await page.locator('main').innerText()).toContain('thoidai.com.vn');
    await screenshot(page, 'sources-en');
    expect(await seriousViolations(page)).toEqual([]);
    await open('/timeline');
    await page.getByText('Heldeberg').first().waitFor();
    const text = await page.locator('main').innerText();
    expect(text.indexOf('Kratie')).toBeLessThan(text.indexOf('Heldeberg'));
    await screenshot(page, 'timeline-en');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('fits a 360 px phone without horizontal scrolling', async () => {
    for (const path of ['/', '/indicators/fdi_registered_capital_cumulative', '/sources']) {
      await open(path, { width: 360, height: 780 });
      await page.locator('main').waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${path}`).toBeLessThanOrEqual(0);
      await screenshot(page, `phone${path.replaceAll('/', '-') || '-overview'}`);
    }
  });
});
