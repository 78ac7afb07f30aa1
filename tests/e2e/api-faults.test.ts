import type { Page, Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './support/browser.ts';
import { startServer } from './support/server.ts';
import { browserSession, type OpenOptions } from './support/session.ts';

const ERROR_BODY = JSON.stringify({ error: 'Internal error: the server could not answer; the error is in its log', issues: [] });

/** Requests to the API, not to the page or its assets. */
const isApi = (url: URL) => url.pathname.startsWith('/api/');

describe.skipIf(!browserAvailable)('the dashboard when the API is down, slow or failing', () => {
  const session = browserSession();
  let page: Page;
  const open = async (path: string, before?: OpenOptions['before']) => {
    page = await session.open(path, { before });
  };
  afterEach(async () => {
    // A test that failed between stopping and restarting the server leaves it down: the next test needs it up.
    const { server } = session;
    if (server.process.exitCode !== null || server.process.signalCode !== null) {
      session.server = await startServer({ port: server.port });
    }
  });

  const cards = () => page.getByTestId('indicator-card');
  /** The notice of a view whose data could not be loaded (other live regions also have the role). */
  const alert = () => page.getByRole('alert').filter({ hasText: 'The data could not be loaded' });

  it('says the server cannot be reached, keeps what it showed, and recovers by Retry once the server is back', async () => {
    await open('/');
    await cards().first().waitFor();
    const shown = await cards().count();
    const names = await cards().locator('h3').allInnerTexts();
    // Open one indicator while the server is up, so the view's code is loaded, then come back.
    await cards().first().locator('a').first().click();
    await page.getByTestId('chart-point').first().waitFor();
    await page.goBack();
    await cards().first().waitFor();

    await session.server.stop();
    await cards().nth(1).locator('a').first().click();
    await alert().waitFor({ timeout: 15_000 });
    expect(await alert().innerText()).toContain('The server could not be reached');
    const retry = alert().getByRole('button', { name: 'Retry' });
    expect(await retry.isVisible()).toBe(true);
    await screenshot(page, 'api-down-indicator');

    await page.goBack();
    await cards().first().waitFor();
    expect(await cards().count()).toBe(shown);
    expect(await cards().locator('h3').allInnerTexts()).toEqual(names);

    await page.goForward();
    await alert().waitFor();
    session.server = await startServer({ port: session.server.port });
    await alert().getByRole('button', { name: 'Retry' }).click();
    await page.getByTestId('chart-point').first().waitFor({ timeout: 15_000 });
    expect(await alert().count()).toBe(0);
    expect(await page.locator('main h1').innerText()).toBe(names[1]);
  });

  it('says so when the server is down and a view not yet opened is asked for, keeping the page around it', async () => {
    await open('/');
    await cards().first().waitFor();
    await session.server.stop();
    try {
      await page.getByRole('link', { name: 'Timeline' }).click();
      await page.getByRole('alert').first().waitFor({ timeout: 5000 });
      expect(await page.getByRole('banner').count()).toBe(1);
    } finally {
      session.server = await startServer({ port: session.server.port });
    }
  });

  // A page opened from its address arrives with its data (server rendering); the API is asked when the reader
  // moves on to a view whose data the page does not hold yet: an indicator from the overview.
  it('shows that it is loading while the API is slow, then the data', async () => {
    await open('/');
    const name = await cards().first().locator('h3').innerText();
    await page.route(isApi, async (route: Route) => {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.continue().catch(() => {});
    });
    await cards().first().locator('a').first().click();
    const loading = page.locator('main [aria-busy="true"]').first();
    await loading.waitFor();
    expect(await loading.innerText()).toContain('Loading…');
    expect(await page.getByTestId('chart-point').count()).toBe(0);
    await screenshot(page, 'api-slow-indicator');
    await page.getByTestId('chart-point').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('main [aria-busy="true"]').count()).toBe(0);
    expect(await page.locator('main h1').innerText()).toBe(name);
  });

  it('shows the error the API answers, with Retry, and the data once it answers again', async () => {
    const failing = (route: Route) => route.fulfill({ status: 500, contentType: 'application/json', body: ERROR_BODY });
    await open('/');
    await page.route(isApi, failing);
    await cards().first().locator('a').first().click();
    await alert().waitFor({ timeout: 15_000 });
    expect(await alert().innerText()).toContain(
      'The server answered with an error: Internal error: the server could not answer; the error is in its log',
    );
    await screenshot(page, 'api-500-indicator');
    await page.unroute(isApi, failing);
    await alert().getByRole('button', { name: 'Retry' }).click();
    await page.getByTestId('chart-point').first().waitFor({ timeout: 15_000 });
    expect(await alert().count()).toBe(0);
  });
});
