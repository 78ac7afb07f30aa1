import { type Locale, localeSchema } from '@bd/core';
import { Hono } from 'hono';
import { ERROR_HEADERS, errorBody } from '../http/errors.ts';
import type { OriginOf } from '../http/public-origin.ts';
import { PREVIEW_CHART, previewPng } from '../previews/preview-image.ts';
import type { RequestApi } from './page-answers.ts';
import type { PageRenderer } from './page-renderer.ts';

/** `<indicator>.<en|vi>.png`: the file name of an indicator's preview image (`previewImagePath` in apps/web). */
const PREVIEW_FILE = /^([^/]+)\.([a-z]{2})\.png$/;

/** The page an indicator's preview stands for, as a reader would type it. */
function pageAddress(origin: string, indicator: string, locale: Locale): string {
  return `${origin.replace(/^https?:\/\//, '')}/indicators/${encodeURIComponent(indicator)}${locale === 'vi' ? '?lang=vi' : ''}`;
}

/**
 * `/previews/<indicator>.<lang>.png`: the indicator's chart as a 1200×630 PNG with its title, source line and
 * address drawn in, for link previews (`og:image`). Drawn once per data version, language and origin.
 */
export function previewRoutes(renderer: () => Promise<PageRenderer> | undefined, requestApi: RequestApi, originOf: OriginOf) {
  const images = new Map<string, Promise<Buffer | undefined>>();
  return new Hono().get('/:file', async (c) => {
    const match = PREVIEW_FILE.exec(c.req.param('file'));
    const locale = localeSchema.safeParse(match?.[2]);
    const made = renderer();
    if (!match?.[1] || !locale.success || !made) {
      return c.json(
        errorBody(`No preview image at ${c.req.path}: previews are /previews/<indicator>.<en|vi>.png`),
        404,
        ERROR_HEADERS,
      );
    }
    let indicator: string;
    try {
      indicator = decodeURIComponent(match[1]);
    } catch {
      return c.json(errorBody(`The indicator in ${c.req.path} is not a valid address`), 404, ERROR_HEADERS);
    }
    const origin = originOf(c);
    const key = JSON.stringify([origin, indicator, locale.data]);
    let image = images.get(key);
    if (!image) {
      image = (async () => {
        const chart = await (await made).previewChart({ indicator, locale: locale.data }, PREVIEW_CHART, requestApi);
        if (!chart) return undefined;
        const address = pageAddress(origin, indicator, locale.data);
        return previewPng(chart.svg, { ...chart, address, lang: locale.data }, { fontSize: PREVIEW_CHART.fontSize });
      })();
      // Only known indicators' images are kept: an address naming no indicator cannot fill the memory.
      void image.then(
        (png) => png ?? images.delete(key),
        () => images.delete(key),
      );
      images.set(key, image);
    }
    const png = await image;
    if (!png) return c.json(errorBody(`No indicator with id "${indicator}"`), 404, ERROR_HEADERS);
    return c.body(new Uint8Array(png), 200, { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=300' });
  });
}
