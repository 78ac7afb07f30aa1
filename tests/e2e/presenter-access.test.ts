import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { browserAvailable, screenshot } from './support/browser.ts';
import { browserSession } from './support/session.ts';

/**
 * The presenter as a keyboard user and a screen reader meet it (WCAG 1.1.1, 2.1.1, 2.4.3, 2.4.7): every control
 * reached by Tab with a ring, the values of every slide as a table, the stage scrolled by the arrows, and focus
 * given back where the slides were opened from.
 */

type Lang = 'en' | 'vi';
const LANGS: readonly Lang[] = ['en', 'vi'];
const WORDS = {
  en: { present: 'Present', table: 'Table', leave: 'Leave', tableShown: 'The slide shows its values as a table' },
  vi: { present: 'Trình chiếu', table: 'Bảng', leave: 'Thoát', tableShown: 'Trang chiếu hiện số liệu dạng bảng' },
} as const;
/** The place the slides show when the address names none (the province the dashboard is about). */
const ENTITY = 'binh-duong';
const withLang = (path: string, lang: Lang) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

/** What has focus: its tag, accessible-ish name, and whether it draws a ring (an outline or a box shadow). */
interface Focused {
  key: string;
  inPresenter: boolean;
  ring: boolean;
  focusVisible: boolean;
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return {
      key: `${element.tagName.toLowerCase()}:${name}`,
      inPresenter: element.closest('.presenter') != null,
      ring: outline || shadow,
      focusVisible: element.matches(':focus-visible'),
    };
  });
}

/** Every control of the presenter that Tab should reach, keyed as `focused` keys them. */
function presenterControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        '.presenter a[href], .presenter button:not([disabled]), .presenter select, .presenter [tabindex="0"]',
      ),
    )
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => {
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
        return `${element.tagName.toLowerCase()}:${name}`;
      }),
  );
}

/** Presses Tab until `done` says the element with focus is the one sought, at most `limit` times. */
async function tabUntil(page: Page, done: () => Promise<boolean>, limit = 60): Promise<boolean> {
  for (let tabs = 0; tabs < limit; tabs++) {
    if (await done()) return true;
    await page.keyboard.press('Tab');
  }
  return done();
}

const activeIs = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement === document.querySelector(s), selector);

/** The Present button of the header, reached by Tab from the top of the page. */
async function tabToPresent(page: Page, lang: Lang): Promise<void> {
  const reached = await tabUntil(page, () =>
    page.evaluate((name) => {
      const element = document.activeElement;
      return element instanceof HTMLButtonElement && element.textContent === name;
    }, WORDS[lang].present),
  );
  expect(reached, 'Tab reaches Present').toBe(true);
}

/** Waits until the slides are gone and says what has focus then. */
async function afterLeaving(page: Page): Promise<{ text: string; tag: string }> {
  await page.getByTestId('slide').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement !== document.body);
  return page.evaluate(() => ({
    text: document.activeElement?.textContent?.trim() ?? '',
    tag: document.activeElement?.tagName.toLowerCase() ?? '',
  }));
}

describe.skipIf(!browserAvailable)('the presenter by keyboard and screen reader', () => {
  const session = browserSession();

  for (const lang of LANGS) {
    it(`reaches every control by Tab, each with a visible ring (${lang})`, async () => {
      const page = await session.open(withLang('/indicators/fdi_attracted', lang), { viewport: { width: 1280, height: 720 } });
      await tabToPresent(page, lang);
      await page.keyboard.press('Enter');
      await page.getByTestId('slide').waitFor();
      // Slide 2 of the table view: both steps are links, and the table is one more stop.
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('t');
      await page.locator('.slide__table table').waitFor();
      await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe('2');
      const expected = await presenterControls(page);
      const reached = new Map<string, Focused>();
      for (let tabs = 0; tabs < 3 * expected.length && reached.size < expected.length; tabs++) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        if (now === null) continue;
        expect(now.inPresenter, `focus stays in the presenter (${now.key})`).toBe(true);
        if (!reached.has(now.key)) reached.set(now.key, now);
        if (now.key.startsWith('button:') || now.key.startsWith('a:') || now.key.startsWith('select:')) {
          expect(await page.locator('.presenter').getAttribute('data-controls'), `controls shown at ${now.key}`).toBe('shown');
        }
      }
      expect([...reached.keys()].sort()).toEqual([...expected].sort());
      for (const [key, { ring, focusVisible }] of reached) {
        expect(focusVisible, `:focus-visible on ${key}`).toBe(true);
        expect(ring, `ring on ${key}`).toBe(true);
      }
      const names = [...reached.keys()].join(' | ');
      for (const control of [WORDS[lang].table, WORDS[lang].leave]) expect(names).toContain(control);
      expect(names).toContain('div:'); // the stage, and the table's box
    });

    it(`gives focus back to Present after Esc, after Leave and after Back (${lang})`, async () => {
      const page = await session.open(withLang('/indicators/fdi_attracted', lang), { viewport: { width: 1280, height: 720 } });
      const present = page.getByRole('button', { name: WORDS[lang].present, exact: true });

      // By the mouse, left by Esc.
      await present.click();
      await page.getByTestId('slide').waitFor();
      await page.keyboard.press('Escape');
      expect(await afterLeaving(page)).toEqual({ text: WORDS[lang].present, tag: 'button' });

      // By the keyboard (Enter on Present, where focus came back), left by Leave (Enter on it).
      await page.keyboard.press('Enter');
      await page.getByTestId('slide').waitFor();
      const leave = page.getByRole('link', { name: WORDS[lang].leave });
      expect(await tabUntil(page, () => leave.evaluate((e) => e === document.activeElement))).toBe(true);
      await page.keyboard.press('Enter');
      expect(await afterLeaving(page)).toEqual({ text: WORDS[lang].present, tag: 'button' });

      // The next Tab goes on from Present, not back to the skip link.
      const skipLink = await page.evaluate(() => document.querySelector('a[href="#main"]')?.textContent ?? null);
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      expect(next).not.toBe(skipLink);
      expect(next).not.toBe('');

      // By the mouse, left by the browser's Back.
      await present.click();
      await page.getByTestId('slide').waitFor();
      await page.goBack();
      expect(await afterLeaving(page)).toEqual({ text: WORDS[lang].present, tag: 'button' });
      expect(new URL(page.url()).searchParams.get('present')).toBeNull();
    });

    it(`gives focus to the page's heading when the slides were opened straight from a shared link (${lang})`, async () => {
      const page = await session.open(withLang('/indicators/fdi_attracted?present=1&slide=3', lang), {
        viewport: { width: 1280, height: 720 },
      });
      await page.getByTestId('slide').waitFor();
      const heading = await page.locator('main h1').innerText();
      await page.keyboard.press('Escape');
      expect(await afterLeaving(page)).toEqual({ text: heading, tag: 'h1' });
      // The next Tab is the page's first control after its heading.
      const firstAfter = await page.evaluate(() => {
        const h1 = document.querySelector('main h1') as HTMLElement;
        const controls = Array.from(
          document.querySelectorAll<HTMLElement>(
            'a[href], button:not([disabled]), select, input, textarea, summary, [tabindex="0"]',
          ),
        );
        const after = controls.find(
          (c) => h1.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING && c.getClientRects().length > 0,
        );
        return after?.outerHTML.slice(0, 120) ?? null;
      });
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? null)).toBe(firstAfter);
    });

    it(`shows every slide's values as a table, reached by Tab and announced, in step with the API (${lang})`, async () => {
      const page = await session.open(withLang('/?present=1&slide=1', lang), { viewport: { width: 1280, height: 720 } });
      await page.getByTestId('slide').waitFor();
      const toggle = page.getByRole('button', { name: WORDS[lang].table, exact: true });
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await page.keyboard.press('t');
      await page.getByRole('status').filter({ hasText: WORDS[lang].tableShown }).waitFor();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => new URL(page.url()).searchParams.get('table')).toBe('1');

      const indicators = (await (await fetch(`${session.server.url}/api/indicators`)).json()) as {
        indicators: { id: string; name: Record<Lang, string> }[];
      };
      const total = Number(/\/\s*(\d+)/.exec(await page.locator('.slide__number').innerText())?.[1]);
      expect(total).toBeGreaterThan(1);
      for (let n = 1; n <= total; n++) {
        if (n > 1) {
          await page.keyboard.press('ArrowRight');
          await expect.poll(() => page.locator('.slide__number').innerText()).toMatch(new RegExp(`^${n}\\s*/`));
        }
        const title = await page.locator('.slide__title').innerText();
        const indicator = indicators.indicators.find((i) => i.name[lang] === title);
        expect(indicator, `an indicator named ${title}`).toBeDefined();
        const answer = (await (
          await fetch(`${session.server.url}/api/observations?indicator=${indicator?.id}&entity=${ENTITY}`)
        ).json()) as { observations: { evidence: string }[] };

        // Tab from the top of the slide reaches the table's box, named by its caption, which names the indicator.
        await page.locator('.presenter').focus();
        const box = page.locator('.slide__table [role="region"]');
        expect(
          await tabUntil(page, () => box.evaluate((e) => e === document.activeElement), 10),
          `table reached, slide ${n}`,
        ).toBe(true);
        const caption = await page.locator('.slide__table caption').innerText();
        expect(caption.startsWith(title)).toBe(true);
        expect(await box.getAttribute('aria-labelledby')).toBe(await page.locator('.slide__table caption').getAttribute('id'));

        const rows = await page.locator('.slide__table tbody tr').allInnerTexts();
        expect(rows.length, `rows on slide ${n}`).toBe(answer.observations.length);
        for (const { evidence } of answer.observations) {
          expect(
            rows.some((row) => row.replace(/\s+/g, ' ').includes(evidence.replace(/\s+/g, ' '))),
            `"${evidence}" on slide ${n}`,
          ).toBe(true);
        }
        expect(await page.locator('.slide .series-chart').count()).toBe(0);
      }
      expect(new URL(page.url()).searchParams.get('table')).toBe('1');
    });

    it(`is axe clean with the table shown, and it fits the slide at 1280×720 and at 320 px (${lang})`, async () => {
      for (const viewport of [
        { width: 1280, height: 720 },
        { width: 320, height: 640 },
      ]) {
        const page = await session.open(withLang('/?present=1&slide=2&table=1', lang), { viewport });
        await page.locator('.slide__table table').waitFor();
        const fit = await page.evaluate(() => {
          const box = document.querySelector('.slide__table .table-scroll') as HTMLElement;
          const stage = document.querySelector('.presenter__stage') as HTMLElement;
          const sources = (document.querySelector('.slide__sources') as HTMLElement).getBoundingClientRect();
          return {
            across: document.documentElement.scrollWidth <= innerWidth && box.scrollWidth <= box.clientWidth,
            stageScrolls: stage.scrollHeight > stage.clientHeight,
            sourcesAboveControls:
              sources.bottom <= (document.querySelector('.presenter__controls') as HTMLElement).getBoundingClientRect().top,
          };
        });
        expect(fit.across, `nothing scrolls sideways at ${viewport.width}`).toBe(true);
        // On a projector the table takes the chart's room, scrolling in its own box, and the source line stays.
        if (viewport.width === 1280) expect(fit).toEqual({ across: true, stageScrolls: false, sourcesAboveControls: true });
        await page.mouse.move(4, 4);
        // axe reads the controls' colours only once they have faded in.
        await expect.poll(() => page.locator('.presenter__controls').evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
        await screenshot(page, `presenter-table-${viewport.width}x${viewport.height}-${lang}`, { fullPage: false });
        expect(await seriousViolations(page)).toEqual([]);
      }
    });
  }

  /** Where the source line is: its top and its bottom in the window, within the stage's view and above the controls. */
  const sourcesPlace = (page: Page) =>
    page.evaluate(() => {
      const sources = (document.querySelector('.slide__sources') as HTMLElement).getBoundingClientRect();
      const stage = (document.querySelector('.presenter__stage') as HTMLElement).getBoundingClientRect();
      const controls = (document.querySelector('.presenter__controls') as HTMLElement).getBoundingClientRect();
      const top = Math.max(0, stage.top) - 0.5;
      const bottom = Math.min(innerHeight, stage.bottom, controls.top) + 0.5;
      const topInSight = sources.top >= top && sources.top <= bottom;
      const bottomInSight = sources.bottom <= bottom && sources.bottom >= top;
      return { topInSight, bottomInSight, whole: topInSight && bottomInSight };
    });

  /** How far the slide is scrolled, and whether it can go further: by the stage, or the whole presenter where it scrolls. */
  const scrolled = (page: Page) =>
    page.evaluate(() => {
      const presenter = document.querySelector('.presenter') as HTMLElement;
      const stage = document.querySelector('.presenter__stage') as HTMLElement;
      const scroller = presenter.scrollHeight > presenter.clientHeight ? presenter : stage;
      return { top: scroller.scrollTop, atEnd: scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1 };
    });

  // 320×200 is what a 640×400 window shows at 200 % zoom; at 320×640 the chart keeps its floor and the slide runs
  // past the controls, as the table of values does.
  for (const { viewport, table } of [
    { viewport: { width: 320, height: 200 }, table: false },
    { viewport: { width: 320, height: 640 }, table: false },
    { viewport: { width: 320, height: 640 }, table: true },
  ]) {
    const view = `${viewport.width}×${viewport.height}${table ? ' with the table' : ''}`;
    it(`scrolls the stage by ArrowDown at ${view} in Vietnamese until the source line is in sight above the controls`, async () => {
      const page = await session.open(`/?lang=vi&present=1&slide=1${table ? '&table=1' : ''}`, { viewport });
      await page.getByTestId('slide').waitFor();
      const stage = page.locator('.presenter__stage');
      expect((await sourcesPlace(page)).bottomInSight, 'the end of the source line out of sight at first').toBe(false);
      await page.keyboard.press('Tab');
      expect(await activeIs(page, '.presenter__stage')).toBe(true);
      expect(await stage.getAttribute('aria-label')).toBe(await page.locator('.slide__title').innerText());
      const ring = await focused(page);
      expect(ring?.ring && ring.focusVisible, 'the stage shows its ring').toBe(true);
      // At 200 % zoom the source line (172 px) all but fills the window (200 px), and an arrow's 40 px step may step
      // over the few pixels where it fits whole: there every line of it is seen on the way, and its end above the controls.
      const whole = viewport.height >= 400;
      let topSeen = false;
      const done = async () => {
        const at = await sourcesPlace(page);
        topSeen ||= at.topInSight;
        return whole ? at.whole : topSeen && at.bottomInSight;
      };
      let presses = 0;
      while (!(await done()) && presses < 200) {
        const before = (await scrolled(page)).top;
        await page.keyboard.press('ArrowDown');
        presses++;
        await expect
          .poll(async () => {
            const now = await scrolled(page);
            return now.top > before || now.atEnd;
          })
          .toBe(true);
      }
      expect(await done(), `source line in sight after ${presses} presses`).toBe(true);
      expect(await page.locator('.slide__number').innerText()).toMatch(/^1\s*\//);
      expect(await activeIs(page, '.presenter__stage')).toBe(true);
      await screenshot(page, `presenter-stage-scrolled-${viewport.width}x${viewport.height}-vi${table ? '-table' : ''}`, {
        fullPage: false,
      });
      // The slide keys still move between slides from the stage.
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('.slide__number').innerText()).toMatch(/^2\s*\//);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  it('switches to the table without scripts: "Table" asks for the address with table=1', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      await page.goto(`${session.server.url}/?present=1&slide=2`);
      const toggle = page.getByRole('button', { name: 'Table', exact: true });
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.click();
      await page.waitForURL((url) => url.searchParams.get('table') === '1');
      expect(new URL(page.url()).searchParams.get('slide')).toBe('2');
      await page.locator('.slide__table table').waitFor();
      expect(await page.getByRole('button', { name: 'Table', exact: true }).getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get('table') === null);
      await page.locator('.slide .series-chart').waitFor();
    } finally {
      await context.close();
    }
  });
});
