import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { browserAvailable, screenshot } from './support/browser.ts';
import { browserSession, type Viewport } from './support/session.ts';

/**
 * Issue 16, items 6 and 7: the dashboard under the settings a reader brings: reduced motion, a larger default text
 * size, widened text spacing (WCAG 1.4.12) and forced colours (Windows high contrast).
 */

type Lang = 'en' | 'vi';
const LANGS: Lang[] = ['en', 'vi'];
const WIDE: Viewport = { width: 1280, height: 800 };
const PHONE: Viewport = { width: 320, height: 700 };

/** `path` in `lang`: the Vietnamese interface is `?lang=vi`. */
const inLang = (path: string, lang: Lang) => (lang === 'en' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=vi`);

/** Every kind of view: the overview, an indicator page, the lists, the map, the checks, an embed and a slide. */
const VIEWS: Record<string, string> = {
  overview: '/',
  indicator: '/indicators/fdi_attracted',
  sources: '/sources',
  timeline: '/timeline',
  partners: '/partners',
  checks: '/checks',
  embed: '/embed/partner_localities',
  presenter: '/?present=1&slide=2',
};

/** The WCAG 1.4.12 text spacing, applied to all text as the W3C's bookmarklet applies it. */
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';

/** Waits until the chart in view (the slide's, with the presenter open), if any, is the live chart at its box's width. */
async function chartsLaidOut(page: Page): Promise<void> {
  if ((await page.locator('[data-testid="chart"]').count()) === 0) return;
  await page.waitForFunction(() => {
    const view = document.querySelector('.presenter') ?? document;
    const surface = view.querySelector('.series-chart__plot .recharts-surface')?.getBoundingClientRect();
    const box = view.querySelector('.series-chart__plot [role="img"]')?.getBoundingClientRect();
    return surface !== undefined && box !== undefined && surface.height > 0 && Math.abs(surface.width - box.width) < 1;
  });
}

/**
 * What text spacing cut or pushed out of place: text in an element that hides its overflow and overflows, a text
 * node reaching out of an ancestor that hides its overflow (an SVG included), and the page scrolling sideways.
 * Text hidden on purpose (the visually-hidden pattern, a closed disclosure, Recharts' measuring span) is left out;
 * with the presenter open, only the presenter is looked at (the page behind it is inert and locked).
 */
function clippedText(): string[] {
  const hidesOverflow = (s: CSSStyleDeclaration) =>
    ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
  const hiddenOnPurpose = (element: Element) => {
    for (let e: Element | null = element; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      const r = e.getBoundingClientRect();
      if (
        (r.width <= 1 && r.height <= 1) ||
        s.display === 'none' ||
        s.visibility === 'hidden' ||
        s.clip === 'rect(0px, 0px, 0px, 0px)' ||
        s.clipPath === 'inset(50%)' ||
        e.id === 'recharts_measurement_span'
      )
        return true;
    }
    return false;
  };
  const name = (e: Element) => `${e.tagName.toLowerCase()}.${(e.getAttribute('class') ?? '').trim().replace(/\s+/g, '.')}`;
  const problems = new Set<string>();
  const scope = document.querySelector('.presenter') ?? document.body;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('script, style, select, title, desc') || hiddenOnPurpose(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    for (let a: Element | null = parent; a && a !== document.documentElement; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (!hidesOverflow(s) && !(a instanceof SVGSVGElement && s.overflow !== 'visible')) continue;
      const box = a.getBoundingClientRect();
      const cut = rects.some(
        (r) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1,
      );
      if (cut) problems.add(`"${text.slice(0, 40)}" cut by ${name(a)}`);
    }
    if (
      hidesOverflow(getComputedStyle(parent)) &&
      (parent.scrollWidth > parent.clientWidth + 1 || parent.scrollHeight > parent.clientHeight + 1)
    )
      problems.add(`"${text.slice(0, 40)}" overflows ${name(parent)}`);
  }
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth)
    problems.add(`the page scrolls sideways: ${page.scrollWidth} px in ${page.clientWidth} px`);
  return [...problems];
}

describe.skipIf(!browserAvailable)("the dashboard under the reader's own settings, in Chromium", () => {
  const session = browserSession();

  describe('reduced motion', () => {
    const MOVING: Record<string, { path: string; marks: string }> = {
      'the indicator page': { path: '/indicators/partner_localities', marks: '.chart-mark' },
      'an embed': { path: '/embed/partner_localities', marks: '.chart-mark' },
      'the overview': { path: '/', marks: '.sparkline' },
      'the presenter': { path: '/?present=1&slide=2', marks: '.presenter .chart-mark' },
    };
    for (const [where, { path, marks }] of Object.entries(MOVING)) {
      it(`holds everything still on ${where}, with marks hovered and controls focused`, async () => {
        const page = await session.open(path, { viewport: WIDE, before: (p) => p.emulateMedia({ reducedMotion: 'reduce' }) });
        await chartsLaidOut(page);
        const hovered = page.locator(marks);
        const count = Math.min(await hovered.count(), 3);
        expect(count).toBeGreaterThan(0);
        // The pointer goes where each mark is, as a reader's would, even where an open tooltip now covers it.
        for (let i = 0; i < count; i++) {
          const box = await hovered.nth(i).boundingBox();
          if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        }
        for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
        const motion = await page.evaluate(() => {
          const seconds = (times: string) =>
            Math.max(...times.split(',').map((t) => Number.parseFloat(t) * (t.trim().endsWith('ms') ? 0.001 : 1)));
          const moving: string[] = [];
          for (const element of Array.from(document.querySelectorAll('*'))) {
            for (const pseudo of [null, '::before', '::after']) {
              const s = getComputedStyle(element, pseudo);
              if (seconds(s.transitionDuration) > 0 || seconds(s.animationDuration) > 0)
                moving.push(
                  `${element.tagName.toLowerCase()}.${element.getAttribute('class')}${pseudo ?? ''}: ${s.transitionProperty} ${s.transitionDuration}, ${s.animationName} ${s.animationDuration}`,
                );
            }
          }
          return { running: document.getAnimations().length, moving: [...new Set(moving)] };
        });
        expect(motion.moving).toEqual([]);
        expect(motion.running).toBe(0);
      });
    }
  });

  describe("the browser's own default text size", () => {
    /** Sets Chromium's default ("medium") font size as its settings page does, for the page about to open. */
    const defaultTextSize = (px: number) => async (page: Page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: px } });
    };

    for (const lang of LANGS) {
      for (const viewport of [WIDE, PHONE]) {
        it(`sets body text at the reader's 24 px at ${viewport.width} px (${lang}), with nothing scrolling sideways`, async () => {
          const page = await session.open(inLang('/indicators/fdi_attracted', lang), { viewport, before: defaultTextSize(24) });
          await chartsLaidOut(page);
          const sizes = await page.evaluate(() => {
            const px = (e: Element) => Number.parseFloat(getComputedStyle(e).fontSize);
            const medium = document.createElement('div');
            medium.style.fontSize = 'medium';
            document.body.append(medium);
            const reader = px(medium);
            medium.remove();
            const lead = document.querySelector('main p');
            return {
              reader,
              root: px(document.documentElement),
              body: px(document.body),
              lead: lead ? px(lead) : 0,
              scrollWidth: document.documentElement.scrollWidth,
              clientWidth: document.documentElement.clientWidth,
            };
          });
          // The setting took: CSS's "medium", which 1rem at the root resolves to, is the reader's 24 px.
          expect(sizes.reader).toBe(24);
          expect(sizes.root).toBeGreaterThanOrEqual(24);
          expect(sizes.body).toBeGreaterThanOrEqual(24);
          expect(sizes.lead).toBeGreaterThanOrEqual(24);
          expect(sizes.scrollWidth).toBeLessThanOrEqual(sizes.clientWidth);
          if (viewport === PHONE) await screenshot(page, `reading-24px-indicator-320-${lang}`);
        });
      }
    }

    it('keeps the fluid growth on wide screens for a reader at the usual 16 px', async () => {
      const page = await session.open('/', { viewport: { width: 1920, height: 1080 }, before: defaultTextSize(16) });
      const root = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(root).toBeGreaterThan(16);
    });
  });

  describe('text spacing (WCAG 1.4.12)', () => {
    for (const [view, path] of Object.entries(VIEWS)) {
      it(`clips and overlaps nothing on ${view} at 1280 and 320 px, in English and Vietnamese`, async () => {
        const found: string[] = [];
        for (const lang of LANGS) {
          for (const viewport of [WIDE, PHONE]) {
            const page = await session.open(inLang(path, lang), {
              viewport,
              before: (p) =>
                p.addInitScript((css) => {
                  document.addEventListener('DOMContentLoaded', () => {
                    const style = document.createElement('style');
                    style.textContent = css;
                    document.head.append(style);
                  });
                }, TEXT_SPACING),
            });
            await chartsLaidOut(page);
            expect(await page.evaluate(() => getComputedStyle(document.body).letterSpacing)).not.toBe('normal');
            for (const problem of await page.evaluate(clippedText)) found.push(`${lang} ${viewport.width} px: ${problem}`);
            if (view === 'indicator' && lang === 'en' && viewport === WIDE)
              await screenshot(page, 'reading-text-spacing-indicator-1280');
          }
        }
        expect(found).toEqual([]);
      });
    }
  });

  describe('forced colours (Windows high contrast)', () => {
    const forced = (p: Page) => p.emulateMedia({ forcedColors: 'active' });

    /** The computed paint of every element `selector` finds in the chart, and the system's Canvas colour. */
    const paints = (page: Page, selector: string) =>
      page.evaluate((selector) => {
        const probe = document.createElement('div');
        probe.style.background = 'Canvas';
        document.body.append(probe);
        const canvas = getComputedStyle(probe).backgroundColor;
        probe.remove();
        const found = Array.from(document.querySelectorAll(selector)).map((e) => {
          const s = getComputedStyle(e);
          return { fill: s.fill, stroke: s.stroke, dashes: s.strokeDasharray };
        });
        return { canvas, found };
      }, selector);

    it('keeps filled marks filled, hollow ones hollow, gaps and their mark visible on an indicator page', async () => {
      const page = await session.open('/indicators/fdi_attracted', { viewport: WIDE, before: forced });
      await chartsLaidOut(page);
      const solid = await paints(page, '.series-chart__plot .chart-mark--solid .chart-mark__shape');
      const hollow = await paints(page, '.series-chart__plot .chart-mark--hollow .chart-mark__shape');
      const qualifier = await paints(page, '.series-chart__plot .chart-mark__qualifier');
      const gaps = await paints(page, '.series-chart__plot .chart-gap');
      for (const set of [solid, hollow, qualifier, gaps]) expect(set.found.length).toBeGreaterThan(0);
      const { canvas } = solid;
      for (const mark of solid.found) {
        expect(mark.fill).not.toBe(canvas);
        expect(mark.stroke).not.toBe(canvas);
      }
      for (const mark of [...hollow.found, ...qualifier.found]) {
        expect(mark.fill).toBe(canvas);
        expect(mark.stroke).not.toBe(canvas);
      }
      for (const gap of gaps.found) expect(gap.stroke).not.toBe(canvas);
      // The axis ticks, which Recharts fills inline with a token colour, are in the system's text colour.
      const ticks = await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        const text = getComputedStyle(probe).color;
        probe.remove();
        const fills = Array.from(document.querySelectorAll('.series-chart__plot .recharts-cartesian-axis-tick-value'));
        return { text, fills: [...new Set(fills.map((t) => getComputedStyle(t).fill))] };
      });
      expect(ticks.fills).toEqual([ticks.text]);
      await screenshot(page, 'forced-colours-indicator-1280');
    });

    it('keeps the line, the dashes of unreported spans and the disputed ring visible and distinct', async () => {
      const page = await session.open('/indicators/international_org_memberships', { viewport: WIDE, before: forced });
      await chartsLaidOut(page);
      const line = await paints(page, '.series-chart__plot .chart-line__reported');
      const unreported = await paints(page, '.series-chart__plot .chart-line__unreported');
      const rings = await paints(page, '.series-chart__plot .chart-mark__ring');
      const marks = await paints(page, '.series-chart__plot .chart-mark__shape');
      for (const set of [line, unreported, rings, marks]) expect(set.found.length).toBeGreaterThan(0);
      const { canvas } = line;
      for (const path of [...line.found, ...unreported.found, ...rings.found]) expect(path.stroke).not.toBe(canvas);
      for (const path of unreported.found) expect(path.dashes).not.toBe('none');
      for (const ring of rings.found) expect(marks.found.map((m) => m.stroke)).not.toContain(ring.stroke);
    });

    for (const [where, path] of Object.entries({ 'the overview': '/', 'an embed': '/embed/partner_localities' })) {
      it(`keeps the marks and lines of ${where} visible`, async () => {
        const page = await session.open(path, { viewport: WIDE, before: forced });
        await chartsLaidOut(page);
        const drawn = await paints(page, '.sparkline__line, .sparkline__mark, .chart-line path, .chart-mark__shape');
        expect(drawn.found.length).toBeGreaterThan(0);
        for (const paint of drawn.found) expect(paint.stroke).not.toBe(drawn.canvas);
        await screenshot(page, `forced-colours-${where === 'an embed' ? 'embed' : 'overview'}-1280`);
      });
    }

    it('keeps the map’s markers and the legend’s swatches visible on /partners', async () => {
      const page = await session.open('/partners', { viewport: WIDE, before: forced });
      await page.locator('.world-map__marker').first().waitFor();
      const dots = await paints(page, '.world-map__dot');
      expect(dots.found.length).toBeGreaterThan(0);
      for (const dot of dots.found) expect([dot.fill, dot.stroke]).not.toEqual([dots.canvas, dots.canvas]);
      const swatches = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.world-map__swatch')).map((e) => {
          const s = getComputedStyle(e);
          return s.backgroundColor !== s.borderTopColor || s.borderTopStyle !== 'none';
        }),
      );
      expect(swatches.length).toBeGreaterThan(0);
      expect(swatches.every(Boolean)).toBe(true);
    });

    for (const [where, path] of Object.entries({
      'an indicator page': '/indicators/fdi_attracted',
      'the presenter': '/?present=1&slide=2',
    })) {
      it(`rings every control of ${where} in a visible outline when focused`, async () => {
        const page = await session.open(path, { viewport: WIDE, before: forced });
        await chartsLaidOut(page);
        const rings: { name: string; visible: boolean }[] = [];
        for (let i = 0; i < 100; i++) {
          await page.keyboard.press('Tab');
          const ring = await page.evaluate(() => {
            const focused = document.activeElement;
            if (!focused || focused === document.body) return undefined;
            if (focused.hasAttribute('data-ringed')) return 'round';
            focused.setAttribute('data-ringed', '');
            const probe = document.createElement('div');
            probe.style.background = 'Canvas';
            document.body.append(probe);
            const canvas = getComputedStyle(probe).backgroundColor;
            probe.remove();
            const s = getComputedStyle(focused);
            return {
              name: `${focused.tagName.toLowerCase()}.${focused.getAttribute('class') ?? ''} "${(focused.textContent ?? '').trim().slice(0, 30)}"`,
              visible: s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0 && s.outlineColor !== canvas,
            };
          });
          if (ring === 'round') break;
          if (ring !== undefined) rings.push(ring);
        }
        expect(rings.length).toBeGreaterThan(3);
        expect(rings.filter((r) => !r.visible).map((r) => r.name)).toEqual([]);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
});
