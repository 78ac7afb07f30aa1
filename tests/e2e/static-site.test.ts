import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { repoRoot } from './support/server.ts';
import { serveStatic } from './support/static-server.ts';

describe.skipIf(!browserAvailable)('the static export, served by a plain file server with no API', () => {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'bd-static-'));
  let site: Awaited<ReturnType<typeof serveStatic>>;
  /** The same files served as python's http.server does: a folder's address is sent on to the one with a slash. */
  let pythonLike: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    // `pnpm export` less its build step: `pnpm test` has just built the dashboard.
    const run = spawnSync(
      'pnpm',
      ['--silent', '--filter', '@bd/api', 'exec', 'tsx', 'src/static-export/cli.ts', '--out', outDir],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    if (run.status !== 0) throw new Error(`pnpm export failed:\n${run.stdout}\n${run.stderr}`);
    site = await serveStatic(outDir);
    pythonLike = await serveStatic(outDir, { redirectFolders: true });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'en-GB' });
    page = await context.newPage();
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await pythonLike?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('opens the overview with its cards and values, fetching only files', async () => {
    await page.goto(`${site.url}/`);
    const cards = page.getByTestId('indicator-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(6);
    await expect.poll(() => cards.filter({ hasText: 'Partner localities' }).innerText()).toContain('14');
    expect(await cards.filter({ hasText: 'FDI registered capital' }).innerText()).toContain('more than 42.4 billion USD');
    // The page holds its data: whatever else it asks for is a file.
    const apiRequests = requests.filter((p) => p.startsWith('/api/'));
    expect(apiRequests.every((p) => /\.(json|csv)$/.test(p))).toBe(true);
  });

  it('downloads the CSV of every value of the place shown from the overview link (the data has several places)', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('binh-duong.csv');
    const rows = parse(readFileSync(await download.path(), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(20);
    expect(new Set(rows.map((r) => r.entity_id))).toEqual(new Set(['binh-duong']));
    expect(rows.every((r) => r.source_title && r.evidence)).toBe(true);
    expect(rows.every((r) => ['true', 'false'].includes(r.source_published_approximate ?? '') && r.source_language)).toBe(true);
  });

  it.each([
    ['?lang=en', 'Download CSV', 'partner_localities/binh-duong.csv', 'Partner localities'],
    ['?lang=vi', 'Tải CSV', 'partner_localities/binh-duong.vi.csv', 'Địa phương nước ngoài có quan hệ hữu nghị, hợp tác'],
  ])('downloads an indicator’s CSV from a file with a plain name (%s)', async (query, label, filename, name) => {
    await page.goto(`${site.url}/indicators/partner_localities${query}`);
    const link = page.getByRole('link', { name: label, exact: true });
    expect(await link.getAttribute('href')).toBe(`/api/indicators/${filename}`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(filename.split('/').at(-1));
    const rows = parse(readFileSync(await download.path(), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.indicator_name))).toEqual(new Set([name]));
  });

  it('opens an indicator at its own address and shows a point’s source on hover', async () => {
    await page.goto(`${site.url}/indicators/partner_localities`);
    const points = page.getByTestId('chart').getByTestId('chart-point');
    await points.first().waitFor();
    expect(await points.count()).toBe(4);
    await points.last().hover();
    const tooltip = page.getByTestId('chart-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.innerText()).toContain('Thời Đại');
  });

  it.each([
    ['the embed', '/embed/partner_localities'],
    ['the indicator', '/indicators/partner_localities'],
  ])('opens %s at the address with a slash that python’s http.server sends it to', async (_view, address) => {
    await page.goto(`${pythonLike.url}${address}`);
    expect(new URL(page.url()).pathname).toBe(`${address}/`);
    const points = page.getByTestId('chart').getByTestId('chart-point');
    await points.first().waitFor();
    expect(await points.count()).toBe(4);
    expect(await page.getByText('There is no indicator').count()).toBe(0);
  });

  it('opens the embed at an address with a slash on a plain file server too', async () => {
    await page.goto(`${site.url}/embed/partner_localities/?lang=en`);
    await page.getByTestId('chart').getByTestId('chart-point').first().waitFor();
    expect(await page.getByRole('heading', { name: 'Partner localities' }).count()).toBe(1);
  });
});
