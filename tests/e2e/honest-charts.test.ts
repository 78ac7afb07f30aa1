import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { artifactsDir, browserAvailable, screenshot } from './support/browser.ts';
import { browserSession, type Viewport } from './support/session.ts';

const SIZES: Record<string, Viewport> = {
  '1280': { width: 1280, height: 720 },
  '1920': { width: 1920, height: 1080 },
  '360': { width: 360, height: 780 },
  '3840': { width: 3840, height: 2160 },
};

/** Issue 10, findings 1–6, as a reader sees them in Chromium: marks, gaps, bars, trend lines, changes, units. */
describe.skipIf(!browserAvailable)('charts that never mislead, in Chromium', () => {
  const session = browserSession();
  let page: Page;
  const open = async (address: string, viewport?: Viewport) => {
    page = await session.open(address, { viewport });
    // Geometry is read from the live chart, not from the server's drawing it replaces.
    if (/^\/(indicators|embed)\//.test(address)) await page.locator('.recharts-wrapper').first().waitFor();
    return page;
  };
  const chart = () => page.getByTestId('chart').first();

  it('gives "nearly" and "more than" marks of their own, in the chart and in the legend', async () => {
    await open('/indicators/fdi_registered_capital_cumulative');
    const points = chart().getByTestId('chart-point');
    await points.first().waitFor();
    expect(await points.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-mark')))).toEqual([
      'triangle-down',
      'triangle-up',
      'triangle-up',
    ]);
    const legend = chart().locator('figcaption li[data-qualifier]');
    expect(await legend.allInnerTexts()).toEqual([
      expect.stringMatching(/^Triangle pointing down, "nearly"/),
      expect.stringMatching(/^Triangle pointing up, "more than"/),
    ]);
    const symbols = await legend.locator('svg').evaluateAll((svgs) => svgs.map((svg) => svg.innerHTML));
    expect(new Set(symbols).size).toBe(2);
    // The mark itself, not only its colour, points the other way: the tip of "nearly" is below its centre.
    const tips = await points.evaluateAll((marks) =>
      marks.map((m) => {
        const shape = m.querySelector('.chart-mark__shape') as SVGGraphicsElement;
        const box = shape.getBBox();
        const d = shape.getAttribute('d') ?? '';
        const tipY = Number(/L[\d.]+ ([\d.]+)Z/.exec(d)?.[1]);
        return tipY > box.y + box.height / 2 ? 'down' : 'up';
      }),
    );
    expect(tips).toEqual(['down', 'up', 'up']);
  });

  it('dashes the line across the years no article reports, and says so in the summary and the tooltip', async () => {
    await open('/indicators/partner_localities');
    await chart().getByTestId('chart-point').first().waitFor();
    const summary = await chart().getByRole('img').first().getAttribute('aria-label');
    expect(summary).toContain('No value reported between September 2020 and January 2024.');
    const dashed = chart().getByTestId('chart-line-unreported');
    expect(await dashed.count()).toBe(1);
    expect(await dashed.evaluate((p) => getComputedStyle(p).strokeDasharray)).not.toBe('none');
    await chart().getByTestId('chart-point').nth(1).hover();
    await expect
      .poll(() => page.getByTestId('chart-tooltip').innerText())
      .toContain('No value reported between September 2020 and January 2024');
    await chart().getByTestId('chart-point').nth(0).hover();
    await expect.poll(() => page.getByTestId('chart-tooltip').innerText()).not.toContain('No value reported');
  });

  it('draws bars of one width whatever their period, the period bracketed beneath and the unreported years shaded', async () => {
    await open('/indicators/international_conferences_hosted');
    const points = chart().getByTestId('chart-point');
    await points.first().waitFor();
    // recharts places the marks once its axes have registered, a render after the live chart first commits.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="chart"] .chart-mark__period')].every(
        (bracket) => bracket.getBoundingClientRect().width > 0,
      ),
    );
    const boxes = await points.evaluateAll((marks) =>
      marks.map((m) => {
        const bar = (m.querySelector('rect.chart-mark__shape') as SVGGraphicsElement).getBoundingClientRect();
        const bracket = (m.querySelector('.chart-mark__period') as SVGGraphicsElement).getBoundingClientRect();
        return { bar: bar.width, height: bar.height, bracket: bracket.width };
      }),
    );
    expect(boxes).toHaveLength(2);
    expect(Math.abs(boxes[0]!.bar - boxes[1]!.bar)).toBeLessThan(0.5);
    // 2018–2019 is two years and 2023 one: the brackets say so, the bars' widths do not.
    expect(boxes[0]!.bracket / boxes[1]!.bracket).toBeCloseTo(2, 1);
    // Heights follow the amounts 4 and 3.
    expect(boxes[0]!.height / boxes[1]!.height).toBeCloseTo(4 / 3, 1);
    const gap = chart().getByTestId('chart-gap');
    expect(await gap.count()).toBe(1);
    expect(await gap.textContent()).toBe('not reported');
    expect(await chart().getByRole('img').first().getAttribute('aria-label')).toContain('No value reported for 2020 to 2022.');
  });

  it('draws a flow as bars from zero on the overview, and a change between bounded figures as its two ends', async () => {
    await open('/');
    const attracted = page.getByTestId('indicator-card').filter({ hasText: 'FDI attracted' });
    await attracted.waitFor();
    expect(await attracted.locator('.sparkline__bar').count()).toBe(2);
    expect(await attracted.locator('.sparkline__base').count()).toBe(1);
    expect(await attracted.locator('.sparkline__line').count()).toBe(0);
    const projects = page.getByTestId('indicator-card').filter({ hasText: 'FDI projects (cumulative)' });
    const text = await projects.innerText();
    expect(text).toContain('From nearly 3,900 (24 September 2020) to more than 4,400');
    expect(text).not.toContain('≈');
    expect(await projects.locator('.sparkline__mark').evaluateAll((m) => m.map((e) => e.getAttribute('data-mark')))).toEqual([
      'dot',
      'triangle-down',
      'triangle-up',
    ]);
    expect(await page.getByTestId('indicator-card').filter({ hasText: 'Partner localities' }).innerText()).toContain(
      '+1 since 23 January 2024',
    );
  });

  it('says the unit on the axis, labels the latest value, and keeps both inside the chart', async () => {
    await open('/indicators/fdi_attracted');
    await chart().getByTestId('chart-point').first().waitFor();
    expect(await chart().getByTestId('axis-title').textContent()).toBe('billion USD');
    expect(await chart().locator('.recharts-yAxis-tick-labels text').allTextContents()).toEqual(['0', '1', '2', '3', '4', '5']);
    const latest = chart().getByTestId('latest-label');
    expect(await latest.textContent()).toBe('more than 2.2 billion USD');
    const [label, surface] = await Promise.all([latest.boundingBox(), chart().locator('svg.recharts-surface').boundingBox()]);
    expect(label!.x).toBeGreaterThanOrEqual(surface!.x);
    expect(label!.x + label!.width).toBeLessThanOrEqual(surface!.x + surface!.width + 1);
    expect(label!.y).toBeGreaterThanOrEqual(surface!.y);
  });

  it('embeds a chart that says its unit, offers its data, and fills the frame it is given', async () => {
    await open('/embed/fdi_attracted');
    await chart().getByTestId('chart-point').first().waitFor();
    expect(await chart().getByTestId('axis-title').textContent()).toBe('billion USD');
    const link = page.getByRole('link', { name: 'Get the data (CSV)' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const rows = parse(readFileSync(await download.path(), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.indicator_id)).toEqual(['fdi_attracted', 'fdi_attracted', 'fdi_attracted']);
    expect(rows.every((r) => r.unit === 'USD')).toBe(true);

    const heights: number[] = [];
    for (const size of [
      { width: 420, height: 360 },
      { width: 800, height: 640 },
    ]) {
      await open('/embed/fdi_attracted', size);
      // The live chart, sized to the frame, not the server's drawing it replaces (which leaves mid-measure).
      const surface = chart().locator('.recharts-wrapper svg.recharts-surface');
      await surface.waitFor();
      const box = await surface.boundingBox();
      const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
      expect(overflow, `the embed scrolls at ${size.width}×${size.height}`).toBeLessThanOrEqual(0);
      expect(box!.width).toBeGreaterThan(size.width * 0.8);
      heights.push(box!.height);
    }
    expect(heights[1]! - heights[0]!).toBeGreaterThan(150);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('draws each legend line with its mark in the exported image', async () => {
    await open('/indicators/fdi_registered_capital_cumulative');
    await chart().getByTestId('chart-point').first().waitFor();
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    const legendAt = svg.indexOf('Triangle pointing down');
    expect(legendAt).toBeGreaterThan(0);
    // Just before the words, the legend's own symbol, scaled to the line.
    const before = svg.slice(svg.lastIndexOf('<g transform="translate(', legendAt), legendAt);
    expect(before).toMatch(/scale\([\d.]+\)/);
    expect(before).toMatch(/<path d="M[\d.]+ [\d.]+H[\d.]+L/);
    // The latest value's label is drawn over a halo of the background, as on screen, not hidden under it.
    const label = /<text[^>]*style="([^"]*)"[^>]*>more than 42\.4 billion USD<\/text>/.exec(svg);
    expect(label?.[1]).toContain('paint-order:stroke');
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    await pngDownload.saveAs(path.join(artifactsDir, 'screenshots', 'chart-export-fdi-capital.png'));
  });

  it('reads at every size in both languages, with no axe violation', async () => {
    for (const [name, viewport] of Object.entries(SIZES)) {
      for (const lang of ['en', 'vi']) {
        for (const id of ['fdi_registered_capital_cumulative', 'international_conferences_hosted']) {
          await open(`/indicators/${id}?lang=${lang}`, viewport);
          await chart().getByTestId('chart-point').first().waitFor();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `horizontal overflow of ${id} at ${name} in ${lang}`).toBeLessThanOrEqual(0);
          if (lang === 'vi') expect(await chart().getByTestId('axis-title').textContent()).toMatch(/^(tỷ USD|Số lượng)$/);
          await screenshot(page, `honest-${id}-${lang}-${name}`);
        }
        await open(`/?lang=${lang}`, viewport);
        await page.getByTestId('indicator-card').first().waitFor();
        await screenshot(page, `honest-overview-${lang}-${name}`);
        if (name === '1280') expect(await seriousViolations(page)).toEqual([]);
      }
    }
    await open('/indicators/international_conferences_hosted?lang=vi');
    await chart().getByTestId('chart-point').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  }, 180_000);
});
