import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PREVIEW_CHART, type PreviewText, previewPng, previewSvg } from './preview-image.ts';
import { PALETTE } from './preview-palette.ts';
import { rasterise } from './preview-raster.ts';

/** Charts as recharts draws them in jsdom (see fixtures/README.md): as the server's worker sends it, and as drawn. */
const STOCK = readFileSync(new URL('./fixtures/partner-localities.en.svg', import.meta.url), 'utf8');
const FLOW = readFileSync(new URL('./fixtures/conferences-hosted.vi.svg', import.meta.url), 'utf8');
const CHART = { fontSize: PREVIEW_CHART.fontSize };

const EN: PreviewText = {
  title: 'Partner localities',
  sourceLine: 'Sources: Binh Duong province portal, 26 June 2020; Thời Đại (thoidai.com.vn), 18 December 2024',
  address: 'example.org/indicators/partner_localities',
  lang: 'en',
};
const VI: PreviewText = {
  title: 'Hội nghị quốc tế đã tổ chức',
  sourceLine: 'Nguồn: Cổng thông tin điện tử tỉnh Bình Dương, 26/6/2020; Cổng thông tin điện tử tỉnh Bình Dương, 24/1/2024',
  address: 'example.org/indicators/international_conferences_hosted?lang=vi',
  lang: 'vi',
};

/** A PNG's signature and the size its IHDR chunk gives. */
function pngHeader(png: Buffer) {
  return {
    signature: png.subarray(0, 8).toString('hex'),
    chunk: png.subarray(12, 16).toString('latin1'),
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
  };
}

/** How many pixels of an RGBA buffer are exactly `hex`. */
function pixelsOf(pixels: Buffer, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) count++;
  return count;
}

const textsOf = (svg: string, fontSize: number) =>
  [...svg.matchAll(new RegExp(`<text [^>]*font-size="${fontSize}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]);

describe('previewPng', () => {
  it.each([
    ['a stock, as the server draws it', STOCK, EN],
    ['a flow, in Vietnamese', FLOW, VI],
  ])('is a 1200×630 PNG: %s', async (_, chart, text) => {
    expect(pngHeader(await previewPng(chart, text, CHART))).toEqual({
      signature: '89504e470d0a1a0a',
      chunk: 'IHDR',
      width: 1200,
      height: 630,
    });
  });

  it('paints the chart in the dashboard colours, and nothing in the black an unstyled shape falls back to', async () => {
    const stock = (await rasterise(previewSvg(STOCK, EN, CHART))).pixels;
    const flow = (await rasterise(previewSvg(FLOW, VI, CHART))).pixels;
    // The band on top is 1200×10 of accent; the marks and the line add theirs.
    expect(pixelsOf(stock, PALETTE.accent)).toBeGreaterThan(12_000 + 1_000);
    expect(pixelsOf(flow, PALETTE.accent)).toBeGreaterThan(12_000 + 20_000);
    expect(pixelsOf(flow, PALETTE.surface)).toBeGreaterThan(30_000);
    for (const pixels of [stock, flow]) {
      let black = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 16 && pixels[i + 1]! < 16 && pixels[i + 2]! < 16) black++;
      expect(black).toBe(0);
    }
  });

  it('draws text that would be markup as text', async () => {
    const hostile: PreviewText = {
      title: `</text><script>alert("x")</script> & 'quotes' <b>bold</b>\u0000`,
      sourceLine: 'Source: <img src=x onerror=alert(1)> & "Co"',
      address: 'example.org/?a=1&b=<2>',
      lang: 'en',
    };
    const svg = previewSvg(STOCK, hostile, CHART);
    expect(svg).not.toMatch(/<script|<b>|<img/);
    expect(textsOf(svg, 50).join(' ')).toBe(
      '&lt;/text&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos; &lt;b&gt;bold&lt;/b&gt;',
    );
    expect(textsOf(svg, 22)).toEqual([
      'Source: &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;',
      'example.org/?a=1&amp;b=&lt;2&gt;',
    ]);
    expect(pngHeader(await previewPng(STOCK, hostile, CHART)).width).toBe(1200);
  });
});

describe('previewSvg', () => {
  it("holds the chart's marks, line, labels and gap as drawn, with no CSS variable left", () => {
    for (const [chart, text] of [
      [STOCK, EN],
      [FLOW, VI],
    ] as const) {
      const svg = previewSvg(chart, text, CHART);
      const marks = [...chart.matchAll(/<(path|rect) class="chart-mark__shape"[^>]*>/g)].map((m) => m[0]);
      expect(marks.length).toBeGreaterThanOrEqual(2);
      for (const mark of marks) expect(svg).toContain(mark);
      expect(svg).not.toContain('var(');
      expect(svg).toContain('<svg class="series-chart recharts-surface"');
      expect(svg).toContain(`font-size="${PREVIEW_CHART.fontSize}"`);
      expect(svg).toContain(`xml:lang="${text.lang}"`);
    }
    expect(previewSvg(STOCK, EN, CHART)).toMatch(/class="chart-line__unreported"[^>]*stroke-dasharray/);
    expect(previewSvg(STOCK, EN, CHART)).toMatch(/class="chart-mark__latest"[^>]*>14</);
    expect(previewSvg(FLOW, VI, CHART)).toMatch(/class="chart-gap__label"[^>]*>không có số liệu</);
    expect(previewSvg(FLOW, VI, CHART)).toContain('class="chart-mark__qualifier"');
  });

  it('scales the chart into the room the title leaves, keeping its aspect', () => {
    const chartBox = (svg: string) => {
      const [, width, height] = /<svg class="series-chart[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
      return { width: Number(width), height: Number(height) };
    };
    const text = { ...EN, sourceLine: VI.sourceLine.repeat(2) };
    const short = chartBox(previewSvg(STOCK, text, CHART));
    expect(short.width).toBe(PREVIEW_CHART.width);
    expect(short.height).toBeGreaterThanOrEqual(PREVIEW_CHART.height);
    const longTitle = 'Foreign direct investment projects in the province, counted since the first, as of a date';
    const long = previewSvg(STOCK, { ...text, title: longTitle }, CHART);
    expect(textsOf(long, 50)).toHaveLength(2);
    expect(chartBox(long).height).toBeLessThan(short.height - 50);
    const tooLong = previewSvg(STOCK, { ...text, title: `${longTitle}, ${longTitle}` }, CHART);
    expect(textsOf(tooLong, 50)).toHaveLength(2);
    expect(textsOf(tooLong, 50)[1]).toMatch(/…$/);
  });

  it('takes the chart with a no-break space as the DOM writes it, and with a size instead of a viewBox', async () => {
    const chart = '<svg class="recharts-surface" width="400" height="200"><text x="10" y="20">1&nbsp;000</text></svg>';
    const svg = previewSvg(chart, EN);
    expect(svg).toContain('viewBox="0 0 400 200"');
    expect(svg).toContain('1&#160;000');
    expect(svg).toContain('font-size="12"');
    expect(pngHeader(await previewPng(chart, EN)).height).toBe(630);
  });

  it('says what is wrong with a chart it cannot place', () => {
    expect(() => previewSvg('<div>no chart</div>', EN)).toThrow(/no <svg> element/);
    expect(() => previewSvg('<svg width="100%" height="100%"><g/></svg>', EN)).toThrow(/neither a viewBox nor a width/);
    expect(() => previewSvg('<svg viewBox="0 0 10 10"><rect fill="var(--new-colour)"/></svg>', EN)).toThrow(/--new-colour/);
  });
});
