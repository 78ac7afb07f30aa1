import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { browserAvailable } from './support/browser.ts';
import { browserSession, type Viewport } from './support/session.ts';

/**
 * Issue 16, "Tests": the overview and an indicator page walked by keyboard alone, as an auditor walks them: Tab from
 * the top until focus comes round again, every control reached, each one showing where focus is, none of them hidden.
 */

type Lang = 'en' | 'vi';

/** One stop of the walk: the control Tab reached, and what a sighted keyboard user sees of it. */
interface Stop {
  /** Its place among the page's controls, as counted before the walk, or null for one the count missed. */
  index: number | null;
  name: string;
  /** An outline of some width and style, or a box shadow. */
  ringed: boolean;
  /** It has a size, lies inside the window (scrolled into view) and is what the window shows at its centre. */
  sized: boolean;
  inView: boolean;
  onTop: boolean;
}

/**
 * Numbers every control a keyboard should reach (links, buttons, form fields, summaries and anything with a
 * tabindex of 0 or more) that is shown, enabled and not inert, and returns how many. A control inside a closed
 * disclosure is not shown until its summary opens it, so it is left out, as it is from the Tab order.
 */
function numberControls(page: Page): Promise<number> {
  return page.evaluate(() => {
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>('a[href], button, select, input, textarea, summary, [tabindex]'),
    ).filter((e) => {
      const closed = e.closest('details:not([open])');
      const hiddenInClosed = closed !== null && !(e.tagName === 'SUMMARY' && e.parentElement === closed);
      return (
        !hiddenInClosed &&
        !e.closest('[inert]') &&
        !(e as HTMLButtonElement).disabled &&
        e.tabIndex >= 0 &&
        e.getClientRects().length > 0 &&
        getComputedStyle(e).visibility !== 'hidden'
      );
    });
    controls.forEach((e, i) => {
      e.dataset.walk = String(i);
    });
    return controls.length;
  });
}

/** What the focused element is and shows, or null while focus is on the page itself (before the first Tab). */
function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    if (!focused || focused === document.body) return null;
    const s = getComputedStyle(focused);
    const r = focused.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const shown = document.elementFromPoint(x, y);
    return {
      index: focused.dataset.walk === undefined ? null : Number(focused.dataset.walk),
      name: `${focused.tagName.toLowerCase()}.${focused.getAttribute('class') ?? ''} "${(focused.textContent ?? '').trim().slice(0, 40)}"`,
      ringed: (Number.parseFloat(s.outlineWidth) > 0 && s.outlineStyle !== 'none') || s.boxShadow !== 'none',
      sized: r.width > 0 && r.height > 0,
      inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
      onTop: shown !== null && (focused.contains(shown) || shown.contains(focused)),
    };
  });
}

/** Presses Tab from the top of the page until focus comes back to the first control it reached. */
async function walk(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    if (stop === null) continue;
    if (stops.length > 0 && stop.name === stops[0]?.name && stop.index === stops[0]?.index) return stops;
    stops.push(stop);
  }
  throw new Error(`focus never came back round after 400 presses of Tab (${stops.length} stops)`);
}

const PAGES: Record<string, string> = {
  'the overview': '/',
  'an indicator page': '/indicators/fdi_attracted',
  'an indicator page with a line': '/indicators/international_org_memberships',
};
const SCREENS: Viewport[] = [
  { width: 1280, height: 800 },
  { width: 320, height: 700 },
];

describe.skipIf(!browserAvailable)('the overview and an indicator page by keyboard alone, in Chromium', () => {
  const session = browserSession();

  for (const lang of ['en', 'vi'] as Lang[]) {
    for (const [where, path] of Object.entries(PAGES)) {
      for (const viewport of SCREENS) {
        it(`reaches every control of ${where} at ${viewport.width} px (${lang}), each one ringed and in sight`, async () => {
          const page = await session.open(lang === 'vi' ? `${path}?lang=vi` : path, { viewport });
          const controls = await numberControls(page);
          expect(controls).toBeGreaterThan(5);
          const stops = await walk(page);
          const reached = new Set(stops.map((s) => s.index));
          const missed = await page.evaluate(
            (reached) =>
              Array.from(document.querySelectorAll<HTMLElement>('[data-walk]'))
                .filter((e) => !reached.includes(Number(e.dataset.walk)))
                .map((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 40)}"`),
            [...reached].filter((i): i is number => i !== null),
          );
          expect(missed, 'controls Tab never reached').toEqual([]);
          expect(
            stops.filter((s) => s.index === null).map((s) => s.name),
            'stops that are no control',
          ).toEqual([]);
          expect(
            stops.filter((s) => !s.ringed).map((s) => s.name),
            'focused without a visible ring',
          ).toEqual([]);
          expect(
            stops.filter((s) => !s.sized).map((s) => s.name),
            'focused with no size',
          ).toEqual([]);
          expect(
            stops.filter((s) => !s.inView).map((s) => s.name),
            'focused out of the window',
          ).toEqual([]);
          expect(
            stops.filter((s) => !s.onTop).map((s) => s.name),
            'focused but covered',
          ).toEqual([]);
        });
      }
    }

    it(`skips to the main content from the first Tab, by Enter (${lang})`, async () => {
      const page = await session.open(lang === 'vi' ? '/indicators/fdi_attracted?lang=vi' : '/indicators/fdi_attracted');
      await page.keyboard.press('Tab');
      const first = await focusedStop(page);
      expect(first?.name).toMatch(/^a\.skip-link/);
      expect(first?.inView && first.onTop && first.ringed).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.tagName === 'MAIN');
      // The next Tab goes on from the main content: to its first control, not back into the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
