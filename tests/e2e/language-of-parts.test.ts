import { readFileSync } from 'node:fs';
import type { DatedEvent, Observation, Source } from '@bd/core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { browserAvailable, screenshot } from './support/browser.ts';
import { browserSession } from './support/session.ts';

/** A text the page may show that a record holds, and the language it is written in. */
interface RecordText {
  text: string;
  lang: string;
  what: string;
}

/** The words the interface has for each kind of agreement the data records, in Vietnamese. */
const AGREEMENTS_VI: Record<string, string> = {
  'memorandum of understanding': 'biên bản ghi nhớ',
  'letter of intent': 'thư ý định',
};

const LANGS = ['en', 'vi'] as const;

/** The views, in groups a test each: the five pages, every indicator's page, every indicator's embed. */
const VIEW_GROUPS = ['pages', 'indicators', 'embeds'] as const;
type ViewGroup = (typeof VIEW_GROUPS)[number];

/**
 * Every text of the records that the views show, with its language: an article's title, publisher, evidence and the
 * names of its events in the article's language; the curator's English renderings and notes in English.
 */
async function recordTexts(api: string): Promise<{ texts: RecordText[]; sources: Source[]; events: DatedEvent[] }> {
  const get = async <T>(path: string) => (await (await fetch(`${api}${path}`)).json()) as T;
  const { sources } = await get<{ sources: Source[] }>('/api/sources');
  const texts: RecordText[] = [];
  const events: DatedEvent[] = [];
  const add = (text: string | undefined, lang: string, what: string) => {
    if (text && text.length >= 4) texts.push({ text, lang, what });
  };
  for (const source of sources) {
    const detail = await get<{ observations: Observation[]; events: DatedEvent[] }>(`/api/sources/${source.id}`);
    add(source.title, source.language, `the title of ${source.id}`);
    add(source.publisher, source.language, `the publisher of ${source.id}`);
    add(source.note, 'en', `the note on ${source.id}`);
    for (const o of detail.observations) {
      add(o.evidence, source.language, `the evidence of ${o.id}`);
      add(o.evidence_en, 'en', `the English evidence of ${o.id}`);
      add(o.note, 'en', `the note on ${o.id}`);
    }
    for (const e of detail.events) {
      events.push(e);
      add(e.name, source.language, `the name of event ${e.id}`);
      add(e.evidence, source.language, `the evidence of event ${e.id}`);
      add(e.evidence_en, 'en', `the English evidence of event ${e.id}`);
      add(e.note, 'en', `the note on event ${e.id}`);
    }
  }
  return { texts, sources, events };
}

/**
 * Each text of a record the page shows whose language (the nearest `lang` or `xml:lang`) is not its record's, as
 * "what, where, the language found": every text node holding a record's text is looked at, so a name inside a
 * sentence of the interface counts too. A text inside a longer record text of the right language (a partner's name
 * inside the English rendering of its evidence) is that text's. An agreement's kind shown as recorded on a
 * Vietnamese page is wrong unless it is inside an English quote.
 */
function mislabelled(page: Page, texts: RecordText[], agreements: string[]): Promise<string[]> {
  return page.evaluate(
    ({ texts, agreements }) => {
      const found: string[] = [];
      const pageLang = document.documentElement.lang;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        const value = node.nodeValue ?? '';
        if (!element || element.closest('script, style, noscript, template') || !value.trim()) continue;
        const marked = element.closest('[lang], [xml\\:lang]');
        const lang = (marked?.getAttribute('lang') ?? marked?.getAttribute('xml:lang') ?? '').split('-')[0];
        const where = `<${element.tagName.toLowerCase()}> "${value.trim().slice(0, 60)}"`;
        const shown = texts.filter((t) => value.includes(t.text));
        for (const t of shown) {
          if (lang === t.lang) continue;
          if (shown.some((o) => o.text.length > t.text.length && o.text.includes(t.text) && o.lang === lang)) continue;
          found.push(`${t.what} in ${where}: lang "${lang}", not "${t.lang}"`);
        }
        if (pageLang === 'vi' && lang !== 'en')
          for (const kind of agreements) if (value.includes(kind)) found.push(`the agreement "${kind}" untranslated in ${where}`);
      }
      return [...new Set(found)];
    },
    { texts, agreements },
  );
}

describe.skipIf(!browserAvailable)('the language of every text taken from an article (WCAG 3.1.2), in Chromium', () => {
  const session = browserSession();
  let records: Awaited<ReturnType<typeof recordTexts>>;
  let views: Record<ViewGroup, string[]>;
  beforeAll(async () => {
    records = await recordTexts(session.server.url);
    const { indicators } = (await (await fetch(`${session.server.url}/api/indicators`)).json()) as {
      indicators: { id: string }[];
    };
    views = {
      pages: ['/', '/sources', '/timeline', '/partners', '/checks'],
      indicators: indicators.map((i) => `/indicators/${i.id}`),
      embeds: indicators.map((i) => `/embed/${i.id}`),
    };
  });
  const agreements = () => [...new Set(records.events.flatMap((e) => (e.agreement ? [e.agreement] : [])))];

  /** Each view of `group` in `lang`, in one page of a context of its own, with what is marked wrong on each. */
  async function audit(group: ViewGroup, lang: string, scripts: boolean): Promise<string[]> {
    const context = await session.browser.newContext({ javaScriptEnabled: scripts, viewport: { width: 1280, height: 900 } });
    const wrong: string[] = [];
    try {
      const page = await context.newPage();
      for (const view of views[group]) {
        const response = await page.goto(`${session.server.url}${view}?lang=${lang}`);
        expect(response?.status()).toBe(200);
        // With scripts, the page as it is once hydrated; without, the HTML the server sent.
        if (scripts) await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        for (const problem of await mislabelled(page, records.texts, agreements())) wrong.push(`${view}: ${problem}`);
      }
    } finally {
      await context.close();
    }
    return wrong;
  }

  it('knows every kind of agreement the data records, in both languages', () => {
    expect(agreements().length).toBeGreaterThan(0);
    for (const kind of agreements()) expect(AGREEMENTS_VI[kind], kind).toBeDefined();
  });

  for (const group of VIEW_GROUPS)
    for (const lang of LANGS) {
      it(`marks each article's text with its language on the ${group} (${lang}), once the page runs`, {
        timeout: 240_000,
      }, async () => {
        expect(await audit(group, lang, true)).toEqual([]);
      });

      it(`marks each article's text with its language in the ${group}' HTML as the server sends it (${lang}, scripts off)`, {
        timeout: 240_000,
      }, async () => {
        expect(await audit(group, lang, false)).toEqual([]);
      });
    }

  it('reads each event’s name in its article’s language on /sources and /timeline, in both interfaces', async () => {
    for (const view of ['/sources', '/timeline'])
      for (const lang of LANGS) {
        const page = await session.open(`${view}?lang=${lang}`);
        const names = await page.evaluate(
          (events) =>
            events.map(({ name }) => {
              const shown = [...document.querySelectorAll('main *')].find((el) => el.textContent?.trim() === name);
              return shown ? (shown.closest('[lang]')?.getAttribute('lang') ?? '') : 'not shown';
            }),
          records.events.map((e) => ({ name: e.name })),
        );
        const expected = records.events.map((e) => records.sources.find((s) => s.id === e.source)?.language);
        expect(names, `${view}?lang=${lang}`).toEqual(expected);
        // The Dutch article's names are Dutch in the English interface too.
        expect(names).toContain('nl');
      }
  });

  it('names every kind of agreement in Vietnamese on /timeline, /partners and the map’s panel', {
    timeout: 120_000,
  }, async () => {
    const page = await session.open('/timeline?type=agreement&lang=vi');
    const timeline = await page.locator('main').innerText();
    for (const kind of agreements()) expect(timeline).toContain(AGREEMENTS_VI[kind]);
    await session.open('/partners?lang=vi');
    const table = await session.page.getByTestId('partner-table').innerText();
    expect(table).toContain('biên bản ghi nhớ');
    expect(table).not.toMatch(/memorandum of understanding|letter of intent/);
    const marker = session.page.getByTestId('world-map').getByRole('button', { name: /Nebraska/ });
    await marker.click();
    const panel = session.page.getByTestId('partner-panel');
    await expect.poll(() => panel.innerText()).toContain('biên bản ghi nhớ');
    expect(await panel.locator('.partner-panel__name [lang]').first().getAttribute('lang')).toBe('en');
    expect(await mislabelled(session.page, records.texts, agreements())).toEqual([]);
    expect(await seriousViolations(session.page)).toEqual([]);
    await screenshot(session.page, 'language-of-parts-partners-vi');
  });

  it('draws each publisher into the exported SVG marked with its article’s language', async () => {
    const page = await session.open('/indicators/partner_localities_new?lang=vi');
    await page.getByTestId('chart-point').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải SVG' }).click()]);
    const svg = readFileSync(await download.path(), 'utf8');
    const marks = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      const root = doc.documentElement;
      const runs = [...doc.querySelectorAll('text tspan')].map((t) => ({
        text: t.textContent,
        lang: t.getAttribute('xml:lang'),
      }));
      return { root: root.getAttribute('xml:lang'), parseError: doc.querySelector('parsererror') !== null, runs };
    }, svg);
    expect(marks.parseError).toBe(false);
    expect(marks.root).toBe('vi');
    const byLang = (lang: string) =>
      marks.runs
        .filter((r) => r.lang === lang)
        .map((r) => r.text)
        .join(' ');
    expect(byLang('nl')).toContain('Thời Đại');
    expect(byLang('en')).toContain('Binh Duong provincial portal');
  });

  it('marks each publisher on the presenter’s slides (read only: the presenter draws its own source line)', async () => {
    for (const lang of LANGS) {
      const page = await session.open(`/indicators/partner_localities_new?lang=${lang}&present=1`);
      await page.locator('.slide__sources').waitFor();
      expect(await mislabelled(page, records.texts, agreements()), lang).toEqual([]);
    }
  });

  it('keeps axe clean on the views that mark other languages', { timeout: 180_000 }, async () => {
    for (const view of ['/sources?lang=vi', '/timeline?lang=vi', '/embed/partner_localities_new?lang=vi', '/?lang=vi']) {
      const page = await session.open(view);
      expect(await seriousViolations(page), view).toEqual([]);
    }
    await screenshot(session.page, 'language-of-parts-overview-vi');
  });
});
