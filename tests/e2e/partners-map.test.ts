import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { browserAvailable, screenshot } from './support/browser.ts';
import { browserSession, type Viewport } from './support/session.ts';

const desktop: Viewport = { width: 1280, height: 720 };
const phone: Viewport = { width: 360, height: 780 };

/** The screen boxes of the markers drawn now. */
async function markerBoxes(page: Page) {
  const markers = page.getByTestId('map-marker');
  const boxes = [];
  for (const marker of await markers.all()) {
    const box = await marker.locator('.world-map__dot').boundingBox();
    if (box) boxes.push({ name: await marker.getAttribute('aria-label'), ...box });
  }
  return boxes;
}

/** Pairs of markers whose dots cover one another on screen. */
async function overlapping(page: Page): Promise<string[]> {
  const boxes = await markerBoxes(page);
  const pairs: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      if (!apart) pairs.push(`${a.name} / ${b.name}`);
    }
  }
  return pairs;
}

/** Whether a marker, at the world view, lies on the shape of the country with that ISO 3166-1 numeric code. */
async function liesIn(marker: Locator, numericCode: string): Promise<boolean> {
  const transform = (await marker.getAttribute('transform')) ?? '';
  const [x, y] = (transform.match(/translate\(([-\d.]+) ([-\d.]+)\)/)?.slice(1) ?? []).map(Number);
  return marker.page().evaluate(
    ({ x, y, numericCode }) => {
      const country = document.querySelector<SVGPathElement>(`.world-map__country[data-id="${numericCode}"]`);
      return country?.isPointInFill(new DOMPoint(x, y)) ?? false;
    },
    { x: x ?? Number.NaN, y: y ?? Number.NaN, numericCode },
  );
}

describe.skipIf(!browserAvailable)('the partner map in Chromium', () => {
  const session = browserSession();
  let page: Page;
  const open = async (path: string, viewport: Viewport = desktop) => {
    page = await session.open(path, { viewport });
    // The markers are spaced for the map's size on screen once it is measured, after hydration.
    await page.locator('[data-testid="world-map"][data-measured]').waitFor({ state: 'attached' });
    await page.getByTestId('map-marker').first().waitFor();
  };
  const marker = (name: string | RegExp) => page.getByRole('button', { name });

  it('puts each partner at its own state or city, not its whole country, and says which it could not place', async () => {
    await open('/partners');
    const nebraska = marker('Nebraska State, United States');
    const guangzhou = marker('Guangzhou City, China');
    expect(await liesIn(nebraska, '840')).toBe(true);
    expect(await liesIn(guangzhou, '156')).toBe(true);
    // Guangzhou is on China's south coast: well below the middle of the country's shape.
    const china = await page.locator('.world-map__country[data-id="156"]').boundingBox();
    const city = await guangzhou.locator('.world-map__dot').boundingBox();
    expect(city!.y).toBeGreaterThan(china!.y + china!.height * 0.6);
    expect(await page.locator('.world-map__country--partner').count()).toBe(0);
    expect(await page.getByTestId('map-unplaced').innerText()).toContain('Heldeberg (Germany)');
    expect(await overlapping(page)).toEqual([]);
    await screenshot(page, 'partners-map-en');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('zooms into Europe, where Belgium, the Netherlands and Germany no longer cover one another', async () => {
    await open('/partners');
    const crowded = page.getByRole('button', { name: /partners close together: .*Eindhoven/ });
    expect(await crowded.count()).toBe(1);
    await page.getByRole('button', { name: 'Zoom to Europe' }).click();
    await marker('Eindhoven, Netherlands').waitFor();
    for (const name of ['Emmen, Netherlands', 'East Flanders Province, Belgium', 'Heldeberg, Germany (shown at its country)']) {
      expect(await marker(name).count(), name).toBe(1);
    }
    expect(await overlapping(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show the whole world' }).click();
    await crowded.waitFor();
  });

  it('opens a partner by keyboard and by pointer, with its agreement and article, and Esc gives focus back', async () => {
    await open('/partners');
    const nebraska = marker('Nebraska State, United States');
    await nebraska.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: /Nebraska State/ });
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toContain('On the map at Nebraska.');
    expect(text).toContain('memorandum of understanding');
    expect(text).toContain('Nebraska State (the USA)');
    expect(await panel.getByRole('link').first().getAttribute('href')).toBe('/sources#source-portal-2024-01-24-consular-meeting');
    expect(await panel.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await nebraska.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.getByRole('button', { name: 'Zoom to Europe' }).click();
    await marker('East Flanders Province, Belgium').click();
    const flanders = page.getByRole('dialog', { name: /East Flanders Province/ });
    await flanders.waitFor();
    expect(await flanders.innerText()).toContain('On the map at East Flanders.');
    await screenshot(page, 'partners-map-europe-panel-en');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('pulls a crowded marker apart when chosen, focus going to one of its partners', async () => {
    await open('/partners');
    await page.getByRole('button', { name: /partners close together: .*Eindhoven/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('map-marker');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).not.toBe(null);
    expect(await page.locator('svg > g').first().getAttribute('transform')).not.toContain('scale(1)');
  });

  it('zooms with the wheel over the map', async () => {
    await open('/partners');
    const map = page.getByTestId('world-map').locator('svg');
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.3);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => page.locator('svg > g').first().getAttribute('transform')).not.toContain('scale(1)');
  });

  it('speaks Vietnamese, and fits a 360 px phone in both languages', async () => {
    await open('/partners?lang=vi');
    expect(await page.getByRole('button', { name: 'Phóng đến Châu Âu' }).count()).toBe(1);
    expect(await page.getByTestId('map-unplaced').innerText()).toContain('Heldeberg (Đức)');
    await screenshot(page, 'partners-map-vi');
    expect(await seriousViolations(page)).toEqual([]);
    for (const lang of ['en', 'vi']) {
      await open(`/partners?lang=${lang}`, phone);
      expect(await overlapping(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // On a phone Nebraska and Artemisa are too close to tell apart until the map zooms to the Americas.
      await page.getByRole('button', { name: lang === 'en' ? 'Zoom to Americas' : 'Phóng đến Châu Mỹ' }).click();
      await page
        .getByRole('button', { name: lang === 'en' ? 'Nebraska State, United States' : 'Nebraska State, Hoa Kỳ' })
        .click();
      await page.getByRole('dialog').waitFor();
      await screenshot(page, `partners-map-360-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);
    }
  });
});
