import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { browserAvailable, screenshot } from './support/browser.ts';
import { browserSession } from './support/session.ts';

/** What the real data says of Binh Duong's end, as each language writes it. */
const LIFE = {
  en: 'Binh Duong province, until 30 June 2025; since 1 July 2025 part of Ho Chi Minh City.',
  vi: 'Tỉnh Bình Dương (đến 30/6/2025), nay thuộc Thành phố Hồ Chí Minh.',
} as const;
const SOURCE_ID = 'laodong-2025-06-16-new-hcmc-from-july-1';
/** The evidence of the merger event, as data/sources gives it. */
const EVIDENCE = 'the newly formed Ho Chi Minh City on the basis of merging three localities';

type Lang = keyof typeof LIFE;
const query = (lang: Lang) => (lang === 'vi' ? '?lang=vi' : '');

/** The source's entry on the Sources page, reached from a citation's link, holds the change's words. */
async function sourceEntryHoldsEvidence(page: Page, lang: Lang) {
  await page.waitForURL((url) => url.pathname === '/sources' && url.hash === `#source-${SOURCE_ID}`);
  const entry = page.locator(`#source-${SOURCE_ID}`);
  await entry.waitFor();
  expect(await entry.innerText()).toContain(EVIDENCE);
  expect(new URL(page.url()).searchParams.get('lang')).toBe(lang === 'vi' ? 'vi' : null);
}

/** The life's note (overview, indicator page): the sentence, and its citation opening to the article's words. */
async function noteCitesTheChange(page: Page, note: Locator, lang: Lang) {
  expect(await note.locator('.entity-life__sentence').innerText()).toBe(LIFE[lang]);
  const summary = note.locator('summary');
  expect(await summary.innerText()).toMatch(lang === 'vi' ? /^Nguồn: Lao Dong/ : /^Source: Lao Dong/);
  const words = note.getByText(EVIDENCE);
  expect(await words.isVisible()).toBe(false);
  await summary.click();
  await words.waitFor({ state: 'visible' });
  expect(await note.getByRole('link', { name: lang === 'vi' ? 'Mở bài báo' : 'Open the article' }).getAttribute('href')).toMatch(
    /^https:\/\/news\.laodong\.vn\//,
  );
  await note.locator(`a[href*="#source-${SOURCE_ID}"]`).click();
  await sourceEntryHoldsEvidence(page, lang);
}

describe.skipIf(!browserAvailable)('the end of Binh Duong province, said where the province is named', () => {
  const session = browserSession();

  for (const lang of ['en', 'vi'] as const) {
    it(`says it on the overview, with its citation (${lang})`, async () => {
      const page = await session.open(`/${query(lang)}`);
      const note = page.getByTestId('entity-life');
      await note.waitFor();
      expect(await page.getByRole('combobox').inputValue()).toBe('binh-duong');
      await noteCitesTheChange(page, note, lang);
    });

    it(`says it on an indicator's page, with its citation (${lang})`, async () => {
      const page = await session.open(`/indicators/fdi_attracted${query(lang)}`);
      const note = page.getByTestId('entity-life');
      await note.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await noteCitesTheChange(page, note, lang);
    });

    it(`says it on the presenter's first slide, its source a link to the change's words (${lang})`, async () => {
      const page = await session.open(lang === 'vi' ? '/?lang=vi&present=1&slide=1' : '/?present=1&slide=1', {
        viewport: { width: 1280, height: 720 },
      });
      const line = page.getByTestId('slide').getByTestId('entity-life');
      await line.waitFor();
      expect(await line.innerText()).toContain(LIFE[lang]);
      await line.getByRole('link').click();
      await sourceEntryHoldsEvidence(page, lang);
    });

    it(`says it in an embed's footer, its source opening the change's words in a tab of its own (${lang})`, async () => {
      const page = await session.open(`/embed/fdi_attracted${query(lang)}`, { viewport: { width: 640, height: 480 } });
      const line = page.getByTestId('entity-life');
      await line.waitFor();
      expect(await line.innerText()).toContain(LIFE[lang]);
      const link = line.getByRole('link');
      expect(await link.getAttribute('target')).toBe('_blank');
      const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
      await sourceEntryHoldsEvidence(tab, lang);
    });
  }

  it('keeps the note within a 320 px wide window, without scrolling across', async () => {
    const page = await session.open('/?lang=vi', { viewport: { width: 320, height: 700 } });
    const note = page.getByTestId('entity-life');
    await note.waitFor();
    await note.locator('summary').click();
    const box = await note.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await screenshot(page, 'entity-life-320-vi');
  });
});
