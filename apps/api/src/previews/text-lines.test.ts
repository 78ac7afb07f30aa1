import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PREVIEW_FONT_FAMILY, PREVIEW_FONT_FILES } from './preview-raster.ts';
import { escapeXml, type FontWeight, textWidth, wrapLines } from './text-lines.ts';

/** The width resvg gives `text`'s ink in Noto Sans: the truth the estimate is held to. */
function measuredWidth(text: string, size: number, weight: FontWeight): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"><text x="0" y="150" font-family="${PREVIEW_FONT_FAMILY}" font-size="${size}" font-weight="${weight}">${escapeXml(text)}</text></svg>`;
  const font = { fontFiles: [...PREVIEW_FONT_FILES], loadSystemFonts: false, defaultFontFamily: PREVIEW_FONT_FAMILY };
  return new Resvg(svg, { font }).getBBox()?.width ?? 0;
}

const indicators = parse(readFileSync(new URL('../../../../data/indicators.yaml', import.meta.url), 'utf8')) as {
  name: { en: string; vi: string };
}[];
const names = indicators.flatMap((i) => [i.name.en, i.name.vi]);

describe('escapeXml', () => {
  it('escapes markup characters and drops what XML cannot hold', () => {
    expect(escapeXml(`</text><script>alert("x")</script> & 'q'`)).toBe(
      '&lt;/text&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;',
    );
    expect(escapeXml('a\u0000b\u001fc\ufffed\ud800e')).toBe('abcde');
    expect(escapeXml('Bình Dương 😀')).toBe('Bình Dương 😀');
  });
});

describe('textWidth', () => {
  it('is at or a little over the width resvg draws, for every indicator name in data/ in both languages', () => {
    expect(names.length).toBeGreaterThan(10);
    for (const weight of [400, 700] as const) {
      for (const name of names) {
        const ratio = textWidth(name, 50, weight) / measuredWidth(name, 50, weight);
        expect({ name, weight, over: ratio >= 0.99, close: ratio <= 1.15 }).toEqual({ name, weight, over: true, close: true });
      }
    }
  });
});

describe('wrapLines', () => {
  const style = { size: 20, weight: 400 } as const;

  it('breaks at spaces into lines that fit', () => {
    const lines = wrapLines('Địa phương đối tác của Bình Dương được ghi nhận theo từng năm', 300, style, 5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Địa phương đối tác của Bình Dương được ghi nhận theo từng năm');
    for (const line of lines) expect(textWidth(line, style.size, style.weight)).toBeLessThanOrEqual(300);
  });

  it('ends the last line it may use with an ellipsis, and cuts a word longer than a line', () => {
    const lines = wrapLines('one two three four five six seven eight nine ten', 120, style, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(wrapLines('x'.repeat(80), 200, style, 3).every((l) => textWidth(l, 20, 400) <= 200)).toBe(true);
    expect(wrapLines('   ', 200, style, 2)).toEqual([]);
  });
});
