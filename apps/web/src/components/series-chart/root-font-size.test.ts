import { describe, expect, it } from 'vitest';
import { chartFontSize, pixelsOf, SERVER_ROOT_FONT_SIZE } from './root-font-size.ts';

describe("the chart's type size", () => {
  it('is 0.75 rem, and 1.125 rem on slides: 12 and 18 px at the default 16 px, 18 and 27 px at 24 px', () => {
    expect([chartFontSize(16, false), chartFontSize(16, true)]).toEqual([12, 18]);
    expect([chartFontSize(24, false), chartFontSize(24, true)]).toEqual([18, 27]);
  });

  it("is a whole number of pixels, so a root grown a little with the window's width draws as the server did", () => {
    expect(chartFontSize(16.48, false)).toBe(12);
    expect(chartFontSize(20, false)).toBe(15);
  });

  it('reads a computed size in pixels, and falls back to the server size for anything it cannot read', () => {
    expect(pixelsOf('24px')).toBe(24);
    expect(pixelsOf('16.5px')).toBe(16.5);
    expect(pixelsOf('')).toBe(SERVER_ROOT_FONT_SIZE);
    expect(pixelsOf('0px')).toBe(SERVER_ROOT_FONT_SIZE);
  });
});
