import { useEffect, useState } from 'react';

/** The root font size the server renders with, and the browser's before it has been measured: CSS's default. */
export const SERVER_ROOT_FONT_SIZE = 16;

/**
 * The chart's axis type as a share of the root font size: 0.75 rem (12 px at 16 px), 1.125 rem on slides, in whole
 * pixels. Whole pixels keep the drawing the server made (at 16 px) where the page's type grows a little with a wide
 * window (16.48 px at 1280 px), so the live chart replaces it without a pixel moving there.
 */
export function chartFontSize(rootFontSize: number, large: boolean): number {
  return Math.round(rootFontSize * (large ? 1.125 : 0.75));
}

/** A computed `font-size` ("24px") in pixels; the server's size for anything else. */
export function pixelsOf(fontSize: string): number {
  const px = Number.parseFloat(fontSize);
  return Number.isFinite(px) && px > 0 ? px : SERVER_ROOT_FONT_SIZE;
}

/**
 * The page's root font size in pixels, which follows the reader's own default text size. The first render uses
 * the server's size, so hydration matches the server's HTML; the browser's is read once the chart is on the page.
 */
export function useRootFontSize(): number {
  const [size, setSize] = useState(SERVER_ROOT_FONT_SIZE);
  useEffect(() => setSize(pixelsOf(getComputedStyle(document.documentElement).fontSize)), []);
  return size;
}
