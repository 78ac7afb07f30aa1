import type { Locale } from '@bd/core';
import { chartStylesheet } from './chart-stylesheet.ts';
import { PALETTE, resolveVariables } from './preview-palette.ts';
import { PREVIEW_FONT_FAMILY, rasterise } from './preview-raster.ts';
import { escapeXml, type TextStyle, wrapLines } from './text-lines.ts';

/** The words of an indicator's link preview, in `lang`. */
export interface PreviewText {
  /** The indicator's name. */
  title: string;
  /** Where the values drawn come from: `sourcesLine` of their sources. */
  sourceLine: string;
  /** The page's address, as a reader would type it. */
  address: string;
  lang: Locale;
}

/** How the chart was drawn, where its <svg> does not say. */
export interface PreviewChartOptions {
  /** The chart's type size in pixels (`SeriesChart`'s `fontSize`): recharts sets it on its wrapper, not on the <svg>. */
  fontSize?: number;
}

/** The size social networks show an `og:image` at. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** The size and type size to draw a preview's chart at: about the box it fills under a one-line title, so at 1:1. */
export const PREVIEW_CHART = { width: 1072, height: 340, fontSize: 20 } as const;

const BAND = 10;
const PAD_X = 64;
const INNER_WIDTH = PREVIEW_SIZE.width - 2 * PAD_X;
const TITLE = { size: 50, weight: 700, lineHeight: 1.18, maxLines: 2, fill: PALETTE.text } as const;
const SOURCE = { size: 22, weight: 400, lineHeight: 1.35, maxLines: 2, fill: PALETTE.muted } as const;
const ADDRESS = { size: 22, weight: 600, lineHeight: 1.35, maxLines: 1, fill: PALETTE.accent } as const;
/** Where a line's capital letters start above its baseline, and its descenders end below it, in em. */
const CAP_HEIGHT = 0.72;
const DESCENT = 0.26;

/**
 * The 1200×630 link preview of one indicator as standalone SVG: its title on top, the chart scaled into the space
 * between, and the source line and the page's address at the foot. `chartSvg` is the chart's
 * `<svg class="recharts-surface">` as recharts draws it in a server-side DOM; the page's stylesheet is not needed.
 */
export function previewSvg(chartSvg: string, text: PreviewText, options: PreviewChartOptions = {}): string {
  const { width, height } = PREVIEW_SIZE;
  const title = wrapLines(text.title, INNER_WIDTH, TITLE, TITLE.maxLines);
  const sources = wrapLines(text.sourceLine, INNER_WIDTH, SOURCE, SOURCE.maxLines);
  const address = wrapLines(text.address, INNER_WIDTH, ADDRESS, ADDRESS.maxLines);

  const titleBaseline = BAND + 48 + TITLE.size * CAP_HEIGHT;
  const titleBottom = titleBaseline + (title.length - 1) * TITLE.size * TITLE.lineHeight + TITLE.size * DESCENT;
  const addressBaseline = height - 40;
  const sourceBaseline =
    addressBaseline - ADDRESS.size * ADDRESS.lineHeight - (sources.length - 1) * SOURCE.size * SOURCE.lineHeight;
  const footerTop = sourceBaseline - SOURCE.size * CAP_HEIGHT - 22;
  const chartTop = titleBottom + 22;
  const chartBox = { x: PAD_X, y: chartTop, width: INNER_WIDTH, height: footerTop - 18 - chartTop };

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${escapeXml(text.lang)}" font-family="${PREVIEW_FONT_FAMILY}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<desc>${escapeXml(`${text.sourceLine} ${text.address}`)}</desc>`,
    `<style><![CDATA[\n${chartStylesheet()}\n]]></style>`,
    `<rect width="${width}" height="${height}" fill="${PALETTE.bg}"/>`,
    `<rect width="${width}" height="${BAND}" fill="${PALETTE.accent}"/>`,
    ...textLines(title, titleBaseline, TITLE),
    embeddedChart(chartSvg, chartBox, options.fontSize ?? 12),
    `<line x1="${PAD_X}" x2="${width - PAD_X}" y1="${round(footerTop)}" y2="${round(footerTop)}" stroke="${PALETTE.border}" stroke-width="2"/>`,
    ...textLines(sources, sourceBaseline, SOURCE),
    ...textLines(address, addressBaseline, ADDRESS),
    '</svg>',
  ].join('\n');
}

/** The preview as PNG bytes, 1200×630, drawn with the fonts shipped with the server. */
export async function previewPng(chartSvg: string, text: PreviewText, options: PreviewChartOptions = {}): Promise<Buffer> {
  return (await rasterise(previewSvg(chartSvg, text, options))).asPng();
}

function textLines(lines: readonly string[], firstBaseline: number, style: TextStyle & { lineHeight: number; fill: string }) {
  return lines.map((line, index) => {
    const y = round(firstBaseline + index * style.size * style.lineHeight);
    return `<text x="${PAD_X}" y="${y}" font-size="${style.size}" font-weight="${style.weight}" fill="${style.fill}">${escapeXml(line)}</text>`;
  });
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The chart's <svg> as a nested viewport filling `box` (its aspect kept, centred), its colours resolved and its
 * classes styled by the chart's stylesheet, with the type size its wrapper gave it on the page.
 */
function embeddedChart(chartSvg: string, box: Box, fontSize: number): string {
  const match = /<svg\b([^>]*)>([\s\S]*)<\/svg>/.exec(chartSvg);
  if (!match) throw new Error('Expected the chart as <svg>…</svg> markup, as recharts draws it; found no <svg> element.');
  const attributes = Object.fromEntries(
    [...(match[1] ?? '').matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1], m[2] ?? m[3] ?? '']),
  );
  const viewBox = attributes.viewBox ?? sizeViewBox(attributes.width, attributes.height);
  if (!viewBox) {
    throw new Error("The chart's <svg> has neither a viewBox nor a width and height in pixels: its drawing has no size.");
  }
  // The DOM's HTML serialisation writes a no-break space as &nbsp;, which XML does not know.
  const inner = resolveVariables((match[2] ?? '').replaceAll('&nbsp;', '&#160;'));
  const place = `x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}"`;
  return `<svg class="series-chart ${escapeXml(attributes.class ?? '')}" ${place} viewBox="${escapeXml(viewBox)}" preserveAspectRatio="xMidYMid meet" font-size="${fontSize}">${inner}</svg>`;
}

function sizeViewBox(width: string | undefined, height: string | undefined): string | undefined {
  const [w, h] = [Number(width), Number(height)];
  return w > 0 && h > 0 ? `0 0 ${w} ${h}` : undefined;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
