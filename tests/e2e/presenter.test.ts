import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { browserAvailable, screenshot } from './support/browser.ts';
import { browserSession, type Viewport } from './support/session.ts';

/**
 * Projectors (1280×720 is the commonest, 1024×768 the oldest), a 1080p and a 4K screen, and a phone, with the
 * least share of the window's height the chart's plot should have: less on a phone, whose narrow lines give the
 * legend and the source line more of them.
 */
const SCREENS: { name: string; viewport: Viewport; chartShare: number }[] = [
  { name: '1280x720', viewport: { width: 1280, height: 720 }, chartShare: 0.4 },
  { name: '1024x768', viewport: { width: 1024, height: 768 }, chartShare: 0.4 },
  { name: '1920x1080', viewport: { width: 1920, height: 1080 }, chartShare: 0.4 },
  { name: '3840x2160', viewport: { width: 3840, height: 2160 }, chartShare: 0.4 },
  { name: 'phone-360', viewport: { width: 360, height: 780 }, chartShare: 0.25 },
];

interface SlideLayout {
  /** The source line lies wholly inside the window. */
  sourcesInView: boolean;
  /** What the page shows at the middle of the source line is the source line. */
  sourcesOnTop: boolean;
  /** The bottom of the source line and the top of the controls, in pixels. */
  sourcesBottom: number;
  controlsTop: number;
  /** The chart's plot (without its legend) as a share of the window's height. */
  chartShare: number;
  legendInView: boolean;
  /** The year labels of the time axis, and how many of them run out of the chart's box (cut off). */
  yearLabels: number;
  yearLabelsCut: number;
  /** The slide needs no scrolling, across or down. */
  fitsWhole: boolean;
}

function slideLayout(page: Page): Promise<SlideLayout> {
  return page.evaluate(() => {
    const rect = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${selector} on the slide`);
      return element.getBoundingClientRect();
    };
    const inView = (r: DOMRect) => r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    const sources = rect('.slide__sources');
    const atCentre = document.elementFromPoint(sources.left + sources.width / 2, sources.top + sources.height / 2);
    const stage = document.querySelector('.presenter__stage') as HTMLElement;
    return {
      sourcesInView: inView(sources),
      sourcesOnTop: atCentre?.closest('.slide__sources') != null,
      sourcesBottom: sources.bottom,
      controlsTop: rect('.presenter__controls').top,
      chartShare: rect('.slide .series-chart__plot').height / innerHeight,
      legendInView: inView(rect('.slide .chart-legend')),
      ...(() => {
        const bottom = rect('.slide .recharts-surface').bottom;
        const labels = Array.from(document.querySelectorAll('.slide .recharts-xAxis-tick-labels text'));
        const cut = labels.filter((label) => label.getBoundingClientRect().bottom > bottom + 1);
        return { yearLabels: labels.length, yearLabelsCut: cut.length };
      })(),
      fitsWhole:
        stage.scrollHeight <= stage.clientHeight && document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    };
  });
}

/**
 * Waits until the slide's chart has taken its box's width: a chart sized 100% is drawn once, then again when
 * its size has been measured, and a layout read between the two sees the first drawing.
 */
async function chartLaidOut(page: Page): Promise<void> {
  await page.locator('.slide .recharts-surface').waitFor();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const surface = document.querySelector('.slide .recharts-surface')?.getBoundingClientRect();
        const box = document.querySelector('.slide .series-chart__plot [role="img"]')?.getBoundingClientRect();
        return surface !== undefined && box !== undefined && surface.height > 0 && Math.abs(surface.width - box.width) < 1;
      }),
    )
    .toBe(true);
}

const controlsState = (page: Page) => page.locator('.presenter').getAttribute('data-controls');

/** The number of slides, read from the slide's "n / total". */
async function slideCount(page: Page): Promise<number> {
  const text = await page.locator('.slide__number').innerText();
  return Number(/\/\s*(\d+)/.exec(text)?.[1]);
}

describe.skipIf(!browserAvailable)('the presenter in Chromium, on projectors, big screens and a phone', () => {
  const session = browserSession();

  for (const { name, viewport, chartShare } of SCREENS) {
    for (const lang of ['en', 'vi']) {
      it(`fits every slide whole at ${name} (${lang}): source line in sight and clear of the controls, chart and legend with room`, async () => {
        const page = await session.open(`/?lang=${lang}&present=1&slide=1`, { viewport });
        await chartLaidOut(page);
        const total = await slideCount(page);
        expect(total).toBeGreaterThan(1);
        let yearLabels = 0;
        for (let n = 1; n <= total; n++) {
          if (n > 1) {
            await page.keyboard.press('ArrowRight');
            await expect.poll(() => page.locator('.slide__number').innerText()).toMatch(new RegExp(`^${n}\\s*/`));
            await chartLaidOut(page);
          }
          // A small movement brings the controls back, so the source line is checked against them in sight.
          await page.mouse.move(4, 4 + n);
          await expect.poll(() => controlsState(page)).toBe('shown');
          if (n <= 3) await screenshot(page, `present-${name}-${lang}-slide-${n}`, { fullPage: false });
          const layout = await slideLayout(page);
          const where = `slide ${n} at ${name} (${lang})`;
          expect(layout.sourcesInView, `source line in the window, ${where}`).toBe(true);
          expect(layout.sourcesOnTop, `source line not covered, ${where}`).toBe(true);
          expect(layout.sourcesBottom, `source line above the controls, ${where}`).toBeLessThanOrEqual(layout.controlsTop);
          expect(layout.legendInView, `legend in the window, ${where}`).toBe(true);
          expect(layout.yearLabelsCut, `year labels cut off, ${where}`).toBe(0);
          yearLabels += layout.yearLabels;
          expect(layout.fitsWhole, `no scrolling, ${where}`).toBe(true);
          expect(layout.chartShare, `chart's share of the height, ${where}`).toBeGreaterThanOrEqual(chartShare);
        }
        // A chart of one value has no year labels; across the slides there are, so the check above looked at some.
        expect(yearLabels).toBeGreaterThan(0);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  }

  it('hides the controls 3 s after the pointer last moved, without moving the slide, and brings them back', async () => {
    const page = await session.open('/?present=1&slide=2', {
      viewport: { width: 1280, height: 720 },
      before: (p) => p.clock.install(),
    });
    await page.locator('.slide .recharts-surface').waitFor();
    const sourcesBefore = await page.locator('.slide__sources').boundingBox();
    const chartBefore = await page.locator('.slide .series-chart__plot').boundingBox();
    expect(await controlsState(page)).toBe('shown');
    await page.clock.runFor(2_000);
    expect(await controlsState(page)).toBe('shown');
    await page.clock.runFor(1_500);
    await expect.poll(() => controlsState(page)).toBe('hidden');
    const controls = page.locator('.presenter__controls');
    await expect.poll(() => controls.evaluate((e) => getComputedStyle(e).opacity)).toBe('0');
    expect(await page.locator('.slide__sources').boundingBox()).toEqual(sourcesBefore);
    expect(await page.locator('.slide .series-chart__plot').boundingBox()).toEqual(chartBefore);
    await screenshot(page, 'present-controls-hidden', { fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);

    await page.mouse.move(640, 200);
    await expect.poll(() => controlsState(page)).toBe('shown');
    await page.clock.runFor(3_500);
    await expect.poll(() => controlsState(page)).toBe('hidden');

    // Tab reaches the controls, and they stay while one of them has the keyboard's focus.
    const focusInControls = () => page.evaluate(() => document.activeElement?.closest('.presenter__controls') != null);
    for (let tabs = 0; tabs < 40 && !(await focusInControls()); tabs++) await page.keyboard.press('Tab');
    expect(await focusInControls()).toBe(true);
    await expect.poll(() => controlsState(page)).toBe('shown');
    await page.clock.runFor(10_000);
    expect(await controlsState(page)).toBe('shown');
  });

  it('shows and hides the controls at once when motion is reduced', async () => {
    const page = await session.open('/?present=1&slide=1', {
      viewport: { width: 1280, height: 720 },
      before: (p) => p.emulateMedia({ reducedMotion: 'reduce' }),
    });
    await page.getByTestId('slide').waitFor();
    const duration = await page.locator('.presenter__controls').evaluate((e) => getComputedStyle(e).transitionDuration);
    expect(duration).toBe('0s');
  });

  it('opens on the slide of the indicator whose page "Present" is pressed on, and Back returns to the page', async () => {
    const page = await session.open('/indicators/fdi_attracted', { viewport: { width: 1280, height: 720 } });
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    await page.getByRole('button', { name: 'Present' }).click();
    const slide = page.getByTestId('slide');
    await slide.waitFor();
    expect(await slide.getByRole('heading', { level: 2 }).innerText()).toBe(title);
    await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toMatch(/^\d+$/);
    expect(await slide.innerText()).toContain(`${new URL(page.url()).searchParams.get('slide')} / `);
    await page.goBack();
    await expect.poll(() => slide.count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/indicators/fdi_attracted');
    expect(page.url()).not.toContain('present=1');
  });

  it('corrects slide=99 and every=3 in the address as on screen, in place, so Back still leaves', async () => {
    const page = await session.open('/', { viewport: { width: 1280, height: 720 } });
    await page.getByTestId('indicator-card').first().waitFor();
    await page.goto(`${session.server.url}/?present=1&slide=99&every=3`);
    await page.getByTestId('slide').waitFor();
    const total = await slideCount(page);
    await expect.poll(() => new URL(page.url()).search).toBe(`?present=1&slide=${total}`);
    expect(await page.getByRole('combobox', { name: /Advance every/ }).inputValue()).toBe('10');
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${session.server.url}/`);
  });
});
