import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { repoRoot } from './server.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's chromium is the only browser this machine can have. Where it is absent, the e2e tests skip and say so,
 * unless E2E_REQUIRE_BROWSER=1 (set by CI), where they fail.
 */
export const browserAvailable = existsSync(chromiumPath);
export const skipReason = browserAvailable
  ? undefined
  : `SKIPPED end-to-end tests: no Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
if (skipReason) {
  if (process.env.E2E_REQUIRE_BROWSER === '1') throw new Error(skipReason.replace('SKIPPED', 'Cannot run'));
  console.warn(skipReason);
}

/** The flags every headless Chromium of the tests and the bench runs with (Lighthouse's too). */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
}

export const artifactsDir = path.join(repoRoot, 'tests/artifacts');

/**
 * Saves a screenshot under tests/artifacts/screenshots, kept as a test artifact: the full page, or with
 * `fullPage: false` what the window shows (the presenter is fixed over the window; a full-page capture would add the
 * page behind it below the slide).
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  const dir = path.join(artifactsDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** A fresh context (English, 1280×900 unless said, downloads allowed) and a page in it: every test starts clean. */
export async function newPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'en-GB' });
  return { context, page: await context.newPage() };
}
