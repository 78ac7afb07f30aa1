import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newPage } from './browser.ts';
import { type RunningServer, type ServerOptions, startServer } from './server.ts';

export type Viewport = { width: number; height: number };

export interface OpenOptions {
  viewport?: Viewport | undefined;
  /** Runs on the new page before it navigates: listeners, routes, init scripts. */
  before?: (page: Page) => Promise<unknown> | unknown;
  /**
   * Whether to wait until the view has hydrated (`<html data-interactive>`) before handing the page over: a click
   * before then would be lost, as a reader's would. On by default for the dashboard's own pages (not `/api/…`, not
   * another origin's page); off for a test of the page as it arrives.
   */
  interactive?: boolean | undefined;
}

/** The server and the Chromium of one `describe` block, and the page of the test that runs now. */
export interface BrowserSession {
  /** Started as `pnpm start` starts it; a test that stops it may put a restarted one here. */
  server: RunningServer;
  browser: Browser;
  /** The page `open` made last, in a context of its own. */
  page: Page;
  /** Closes the last test's context, and opens `address` (a path on the server, or a whole URL) in a fresh one. */
  open(address: string, options?: OpenOptions): Promise<Page>;
  /** The context of the page `open` made last, if it is still open. */
  readonly context: BrowserContext | undefined;
}

/**
 * Starts the server (with `options`) and Chromium before the tests of the `describe` block it is called in, and
 * stops both after them; each test opens its page with `open`.
 */
export function browserSession(options: ServerOptions = {}): BrowserSession {
  let context: BrowserContext | undefined;
  const session = {
    get context() {
      return context;
    },
    async open(address: string, { viewport, before, interactive = isDashboardPage(address) }: OpenOptions = {}) {
      await context?.close();
      const opened = await newPage(session.browser, viewport);
      context = opened.context;
      session.page = opened.page;
      await before?.(opened.page);
      await opened.page.goto(address.startsWith('http') ? address : `${session.server.url}${address}`);
      if (interactive) await opened.page.locator('html[data-interactive]').waitFor({ state: 'attached' });
      return opened.page;
    },
  } as BrowserSession;
  beforeAll(async () => {
    session.server = await startServer(options);
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}

/** Whether `address` is one of the dashboard's pages, which hydrate: a path outside `/api/`. */
function isDashboardPage(address: string): boolean {
  return !address.startsWith('http') && !address.startsWith('/api/');
}
