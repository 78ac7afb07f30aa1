import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { browserAvailable, screenshot } from './support/browser.ts';
import { browserSession } from './support/session.ts';

type Lang = 'en' | 'vi';

/** 200 % zoom as a magnifier user has it: a 1280×900 window seen at twice the size. */
const ZOOMED = { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 };

const VIEWS = [
  { name: 'indicator page', path: '/indicators/partner_localities' },
  { name: 'embed', path: '/embed/partner_localities' },
] as const;

const withLang = (path: string, lang: Lang) => (lang === 'vi' ? `${path}${path.includes('?') ? '&' : '?'}lang=vi` : path);

/** Which element has focus, as a string to compare before and after a key. */
const focusOf = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return e ? `${e.tagName}#${e.id}.${e.className}:${e.textContent?.slice(0, 40)}` : 'none';
  });

/** Resolves after the browser has drawn twice: a change a key or move made would be on screen by then. */
const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

const centreOf = async (locator: Locator) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element has no box on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** Issue 16, finding 4 (WCAG 1.4.13): the tooltip is dismissible with Esc, hoverable, and stays until left. */
describe.skipIf(!browserAvailable)('chart tooltips a magnifier, a mouse and a keyboard can use, in Chromium', () => {
  const session = browserSession();
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  /** Opens `path` in a fresh context; `rootSize` stands for a reader's own text size, as the page's root font size. */
  const open = async (path: string, lang: Lang, zoomed = false, rootSize?: string) => {
    await context?.close();
    context = await session.browser.newContext({
      ...(zoomed ? ZOOMED : { viewport: { width: 1280, height: 900 } }),
      locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
    });
    const page = await context.newPage();
    if (rootSize) {
      await page.addInitScript((size) => {
        new MutationObserver((_, observer) => {
          if (!document.head) return;
          const style = document.createElement('style');
          style.textContent = `html:root { font-size: ${size} !important; }`;
          document.head.append(style);
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      }, rootSize);
    }
    await page.goto(`${session.server.url}${withLang(path, lang)}`);
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    // The live chart, which answers the pointer, not the server's drawing it replaces.
    await page.locator('.recharts-wrapper').first().waitFor();
    await page.getByTestId('chart-point').first().waitFor();
    return page;
  };

  /** Hovers mark `n`'s shape in the first chart within `scope` and waits for its tooltip. */
  const hoverMark = async (page: Page, n: number, scope: Page | Locator = page) => {
    const shape = scope.getByTestId('chart').first().getByTestId('chart-point').nth(n).locator('.chart-mark__shape');
    await shape.scrollIntoViewIfNeeded();
    const at = await centreOf(shape);
    await page.mouse.move(at.x, at.y);
    const tip = page.getByTestId('chart-tooltip');
    await tip.waitFor();
    return { at, tip };
  };

  /** Moves the pointer in small steps from `from` onto the tooltip's words, and says whether the tooltip ever went. */
  const moveOntoTooltip = async (page: Page, from: { x: number; y: number }, tip: Locator) => {
    await page.evaluate(() => {
      const plot = document.querySelector('.series-chart__plot');
      const w = window as unknown as { tooltipWent: boolean };
      w.tooltipWent = false;
      new MutationObserver(() => {
        if (!document.querySelector('[data-testid="chart-tooltip"]')) w.tooltipWent = true;
      }).observe(plot as Node, { childList: true, subtree: true });
    });
    const words = tip.locator('q').first();
    await words.scrollIntoViewIfNeeded();
    const to = await centreOf(words);
    await page.mouse.move(from.x, from.y);
    await page.mouse.move(to.x, to.y, { steps: 24 });
    await nextFrames(page);
    return { to, went: await page.evaluate(() => (window as unknown as { tooltipWent: boolean }).tooltipWent) };
  };

  for (const lang of ['en', 'vi'] as const) {
    for (const view of VIEWS) {
      for (const zoomed of [false, true]) {
        const where = `${view.name}, ${lang}${zoomed ? ', 200 % zoom' : ''}`;

        it(`hides a hovered tooltip on Esc, the pointer and focus unmoved, until the pointer enters a mark again (${where})`, async () => {
          const page = await open(view.path, lang, zoomed);
          const { at, tip } = await hoverMark(page, 1);
          const focused = await focusOf(page);
          await page.keyboard.press('Escape');
          await tip.waitFor({ state: 'detached' });
          expect(await focusOf(page)).toBe(focused);
          expect(new URL(page.url()).pathname).toBe(view.path);
          // A move within the same mark leaves it hidden; leaving the mark and coming back shows it again.
          await page.mouse.move(at.x + 1, at.y);
          await nextFrames(page);
          expect(await tip.count()).toBe(0);
          await page.mouse.move(2, 2, { steps: 4 });
          await page.mouse.move(at.x, at.y, { steps: 4 });
          await tip.waitFor();
        });

        it(`keeps a tooltip while the pointer moves onto it, its words selectable, and hides it once the pointer leaves both (${where})`, async () => {
          const page = await open(view.path, lang, zoomed);
          const { at, tip } = await hoverMark(page, 1);
          const value = await tip.locator('.chart-tooltip__value').innerText();
          const { to, went } = await moveOntoTooltip(page, at, tip);
          expect(went, 'the tooltip went while the pointer crossed to it').toBe(false);
          // Wholly on the page: nothing above the page's top (or an embed's frame), where no scrolling reaches.
          expect(await tip.evaluate((e) => e.getBoundingClientRect().top + scrollY)).toBeGreaterThanOrEqual(0);
          expect(await tip.locator('.chart-tooltip__value').innerText()).toBe(value);
          expect(await tip.evaluate((e) => [getComputedStyle(e).pointerEvents, getComputedStyle(e).userSelect])).toEqual([
            'auto',
            'text',
          ]);
          const words = tip.locator('q').first();
          await page.mouse.click(to.x, to.y, { clickCount: 3 });
          expect((await page.evaluate(() => getSelection()?.toString() ?? '')).trim()).toBe((await words.innerText()).trim());
          expect(await tip.count()).toBe(1);
          if (!zoomed) expect(await seriousViolations(page)).toEqual([]);
          if (zoomed)
            await screenshot(page, `chart-tooltip-hovered-200pc-${view.name.replace(' ', '-')}-${lang}`, { fullPage: false });
          // Esc also hides the tooltip the pointer rests on.
          await page.keyboard.press('Escape');
          await tip.waitFor({ state: 'detached' });
          await page.mouse.move(at.x, at.y, { steps: 8 });
          await tip.waitFor();
          await page.mouse.move(2, 2, { steps: 8 });
          await tip.waitFor({ state: 'detached' });
        });
      }
    }

    it(`shows a focused value's tooltip until Esc, focus staying on its button, and again on the next value (${lang})`, async () => {
      const page = await open(VIEWS[0].path, lang);
      const buttons = page.locator('.point-list button');
      await buttons.nth(1).focus();
      const tip = page.getByTestId('chart-tooltip');
      await tip.waitFor();
      expect(await tip.locator('.chart-tooltip__value').innerText()).toBe(
        await buttons.nth(1).locator('.point-list__value').innerText(),
      );
      await page.keyboard.press('Escape');
      await tip.waitFor({ state: 'detached' });
      expect(await buttons.nth(1).evaluate((b) => b === document.activeElement)).toBe(true);
      expect(await buttons.nth(1).getAttribute('aria-pressed')).toBe('false');
      await page.keyboard.press('Tab');
      await tip.waitFor();
      expect(await tip.locator('.chart-tooltip__value').innerText()).toBe(
        await buttons.nth(2).locator('.point-list__value').innerText(),
      );
      await page.keyboard.press('Shift+Tab');
      await expect
        .poll(() => tip.locator('.chart-tooltip__value').innerText())
        .toBe(await buttons.nth(1).locator('.point-list__value').innerText());
      expect(await seriousViolations(page)).toEqual([]);
    });

    it(`marks the article's title in every tooltip with its source's language (${lang})`, async () => {
      const page = await open(VIEWS[0].path, lang);
      const answer = (await (await page.request.get(`${session.server.url}/api/indicators/partner_localities`)).json()) as {
        sources: { title: string; language: string }[];
      };
      const languageOf = new Map(answer.sources.map((s) => [s.title, s.language]));
      const marks = await page.getByTestId('chart').first().getByTestId('chart-point').count();
      const seen: string[] = [];
      for (let n = 0; n < marks; n++) {
        const { tip } = await hoverMark(page, n);
        const cite = tip.locator('cite');
        const title = await cite.innerText();
        expect(await cite.getAttribute('lang'), title).toBe(languageOf.get(title));
        seen.push((await cite.getAttribute('lang')) ?? '');
        await page.mouse.move(2, 2, { steps: 4 });
        await tip.waitFor({ state: 'detached' });
      }
      // The data's one Dutch article among English ones: the page's language is not what is written.
      expect(new Set(seen)).toEqual(new Set(['en', 'nl']));
    });
  }

  it('closes a hovered tooltip with the first Esc on a slide, and leaves the slides with the next', async () => {
    const page = await open('/?present=1&slide=1', 'en');
    const slide = page.getByTestId('slide');
    await slide.getByTestId('chart-point').first().waitFor();
    const { tip } = await hoverMark(page, 0, slide);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
    expect(await slide.count()).toBe(1);
    await page.keyboard.press('Escape');
    await slide.waitFor({ state: 'detached' });
    expect(page.url()).not.toContain('present=1');
  });

  it("draws the chart's type at 0.75 of the page's root font size, which the server cannot know, after hydrating", async () => {
    const sizes = async (rootSize: string | undefined) => {
      const page = await open('/indicators/partner_localities', 'en', false, rootSize);
      await page.locator('.recharts-xAxis-tick-labels text').first().waitFor();
      return page.evaluate(() => ({
        root: getComputedStyle(document.documentElement).fontSize,
        years: getComputedStyle(document.querySelector('.recharts-xAxis-tick-labels text') as Element).fontSize,
      }));
    };
    // At 1280 px the page's type is 16.48 px; the chart's stays the 12 px the server drew it at.
    expect(await sizes(undefined)).toEqual({ root: '16.48px', years: '12px' });
    // A reader's 24 px text (the root follows the browser's default size in rem).
    expect(await sizes('24px')).toEqual({ root: '24px', years: '18px' });
  });
});
