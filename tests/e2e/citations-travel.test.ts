import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { type IndicatorDetailAnswer, type Source, sourcesLine } from '@bd/core';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { artifactsDir, browserAvailable, screenshot } from './support/browser.ts';
import { freePort } from './support/server.ts';
import { browserSession, type Viewport } from './support/session.ts';

/** A page on another origin (another loopback port) that frames `src`. */
async function framingPage(src: string): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newspaper page</title></head>
<body><main><h1>A page of another site</h1><p>The chart below is embedded.</p>
<iframe src="${src}" title="Partner localities" width="640" height="480" style="border:0;max-width:100%"></iframe></main></body></html>`;
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Width and height from a PNG's IHDR chunk, after checking its eight-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.skipIf(!browserAvailable)('the citation travels with the number, in Chromium', () => {
  const session = browserSession();
  let page: Page;
  const open = async (address: string, viewport?: Viewport) => {
    page = await session.open(address, { viewport });
  };

  async function downloaded(name: string): Promise<Download> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return download;
  }

  it('lists every place the articles do not add up, each with both sources side by side', async () => {
    await open('/checks');
    const checks = page.getByTestId('check');
    await checks.first().waitFor();
    expect(await checks.count()).toBe(4);
    const text = await page.locator('main').innerText();
    for (const title of ['12 named of 13', '13 named of 14', 'Falls from 4 to 3', '“nearly” and “more than” 35 billion USD']) {
      expect(text).toContain(title);
    }
    const falls = page.getByRole('article', { name: 'Falls from 4 to 3' });
    expect(await falls.innerText()).toContain('the later article counts fewer than the earlier one');
    const sides = falls.getByTestId('check-side');
    expect(await sides.count()).toBe(2);
    expect(await sides.nth(0).innerText()).toContain('04 highly prestigious international organizations');
    expect(await sides.nth(1).innerText()).toContain('member of 03 international organizations');
    const partners = page.getByRole('article', { name: '12 named of 13' });
    expect(await partners.innerText()).toContain('Not named in any article: 1');
    expect(await partners.innerText()).toContain('Nebraska State');
    await screenshot(page, 'checks-en');
    expect(await seriousViolations(page)).toEqual([]);

    await open('/checks?lang=vi');
    await page.getByRole('article', { name: 'Giảm từ 4 xuống 3' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('còn thiếu 1');
    await screenshot(page, 'checks-vi');
  });

  it('marks the checks on the overview cards and the indicator view, linking to each on /checks', async () => {
    await open('/');
    const card = page.getByTestId('indicator-card').filter({ hasText: 'Memberships of international organisations' });
    await card.getByRole('link', { name: 'Check: Falls from 4 to 3' }).click();
    await expect
      .poll(() => page.url())
      .toContain('/checks#check-stock-falls-org-memberships-2020-09-24-org-memberships-2024-01-23');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('check-stock-falls-org-memberships-2020-09-24-org-memberships-2024-01-23');

    await open('/indicators/partner_localities');
    const markers = page.getByTestId('check-markers');
    await markers.waitFor();
    expect(await markers.getByRole('link').count()).toBe(2);
    expect(await markers.getByRole('link').first().getAttribute('href')).toBe(
      '/checks#check-named-short-partner-localities-2024-01-23',
    );
  });

  it('downloads the chart as SVG and PNG with its title, sources and address drawn in', async () => {
    await open('/indicators/partner_localities');
    await page.getByTestId('chart-point').first().waitFor();
    const detail = (await (
      await fetch(`${session.server.url}/api/indicators/partner_localities`)
    ).json()) as IndicatorDetailAnswer;
    const cited = detail.observations.map((o) => detail.sources.find((s) => s.id === o.source)).filter(Boolean) as Source[];
    const line = sourcesLine(cited, 'en');

    const svgDownload = await downloaded('Download SVG');
    expect(svgDownload.suggestedFilename()).toBe('partner_localities-chart.svg');
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll("'", '&apos;');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('Partner localities');
    // A publisher in another language than the image's is a <tspan xml:lang> of its line (issue 16, item 5).
    const drawn = svg.replace(/<tspan[^>]*>|<\/tspan>/g, '');
    for (const part of line.split('; ')) expect(drawn).toContain(escaped(part));
    expect(svg).toContain(`${session.server.url}/indicators/partner_localities`);
    expect(svg).not.toContain('var(--');
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg) ?? [];

    const pngDownload = await downloaded('Download PNG');
    expect(pngDownload.suggestedFilename()).toBe('partner_localities-chart.png');
    const png = readFileSync(await pngDownload.path());
    expect(pngSize(png)).toEqual({ width: 2 * Number(width), height: 2 * Number(height) });
    await pngDownload.saveAs(path.join(artifactsDir, 'screenshots', 'chart-export-partner-localities.png'));
  });

  it('embeds one chart with its source line in a page of another origin', async () => {
    const framer = await framingPage(`${session.server.url}/embed/partner_localities`);
    try {
      await open(framer.url);
      const frame = page.frameLocator('iframe');
      await frame.getByTestId('chart-point').first().waitFor();
      expect(await frame.getByTestId('chart-point').count()).toBe(4);
      expect(await frame.getByTestId('embed-source').innerText()).toMatch(/^Sources: Binh Duong provincial portal, 26 June 2020/);
      expect(await frame.locator('header, footer, nav').count()).toBe(0);
      await screenshot(page, 'embed-in-another-origin');
    } finally {
      await framer.close();
    }
    await open('/embed/partner_localities');
    await page.getByTestId('chart-point').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the partner countries on a world map, and every partner in a list', async () => {
    await open('/partners');
    const map = page.getByTestId('world-map');
    await map.waitFor();
    // A marker per partner at its own place (partners-map.test.ts), those too close together drawn as one.
    const partners = [
      'artemisa',
      'champa',
      'daejeon',
      'east-flanders',
      'eindhoven',
      'emilia-romagna',
      'emmen',
      'guangzhou',
      'heldeberg',
      'kratie',
      'nebraska',
      'oryol',
      'yamaguchi',
    ];
    const marked = await map
      .getByTestId('map-marker')
      .evaluateAll((marks) => marks.flatMap((m) => (m.getAttribute('data-partners') ?? '').split(' ')));
    expect(marked.sort()).toEqual(partners.map((p) => `partner-${p}`));
    expect(await map.locator('.world-map__country--partner').count()).toBe(0);
    const rows = page.getByTestId('partner-table').locator('tbody tr');
    expect(await rows.count()).toBe(13);
    const heldeberg = rows.filter({ hasText: 'Heldeberg' });
    expect(await heldeberg.innerText()).toContain('Germany');
    expect(await heldeberg.getByRole('link').getAttribute('href')).toBe('/sources#source-thoidai-2024-12-foreign-affairs-2024');
    await screenshot(page, 'partners-en');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('fits the new views on a 360 px phone', async () => {
    for (const path of ['/checks', '/partners', '/indicators/partner_localities']) {
      await open(path, { width: 360, height: 780 });
      await page.locator('main').waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${path}`).toBeLessThanOrEqual(0);
      await screenshot(page, `phone${path.replaceAll('/', '-')}`);
    }
  });
});
