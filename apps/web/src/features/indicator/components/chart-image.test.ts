import { findDisagreements, runsText } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { seriesChartState } from '../../../components/series-chart/series-chart-state.ts';
import { translator } from '../../../lib/i18n/translate.ts';
import { indicators, observations, sources } from '../../../test-fixtures.ts';
import { chartImageText, composeChartImage, wrapRuns, wrapText } from './chart-image.ts';

const chart = {
  markup: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><circle r="4"/></svg>',
  width: 600,
  height: 300,
};
const text = {
  title: 'Partner localities',
  period: '3 values, 26 June 2020 to 24 January 2024; latest: 14, as of 24 January 2024',
  sources: 'Sources: Binh Duong provincial portal, 26 June 2020; Nederlandse ambassade, about 1 March 2021',
  notes: [
    {
      text: 'Triangle pointing down, "nearly": the true figure is a little below',
      symbol: {
        markup: '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18"><path d="M3 5H15L9 16Z"/></svg>',
        width: 18,
        height: 18,
      },
    },
  ],
  url: 'http://127.0.0.1:3000/indicators/partner_localities?lang=en&from=2020',
  locale: 'en' as const,
};

describe('composeChartImage', () => {
  const image = composeChartImage(chart, text);

  it('is one standalone SVG, the chart framed by its title above and its sources and URL below', () => {
    expect(image.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(image.width).toBe(648);
    expect(image.height).toBeGreaterThan(300 + 4 * 13);
    expect(image.svg).toContain(`width="${image.width}" height="${image.height}"`);
    const drawn = image.svg.slice(image.svg.indexOf('<rect'));
    const order = [
      text.title,
      '3 values',
      chart.markup,
      'M3 5H15L9 16Z',
      'Triangle pointing down',
      'Sources: Binh Duong',
      '127.0.0.1:3000',
    ].map((part) => drawn.indexOf(part));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('draws the life of a place that has ended, with its source, after the values\u2019 sources', () => {
    const life = 'Binh Duong province, until 30 June 2025; since 1 July 2025 part of Ho Chi Minh City. Source: Lao Dong';
    const drawn = composeChartImage(chart, { ...text, life }).svg;
    const order = ['Sources: Binh Duong', 'until 30 June 2025', '127.0.0.1:3000'].map((part) => drawn.lastIndexOf(part));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(image.svg).not.toContain('until 30 June 2025');
  });

  it('escapes the text it draws and uses no external font or resource', () => {
    expect(image.svg).toContain('&quot;nearly&quot;');
    expect(image.svg).toContain('from=2020');
    expect(image.svg).toContain('?lang=en&amp;from=2020');
    expect(image.svg).not.toMatch(/@import|url\(|<image|href="http/);
    expect(image.svg).toContain('<rect width="648"');
  });

  it('wraps a long source line within the image', () => {
    const narrow = composeChartImage(
      { ...chart, width: 300 },
      { ...text, sources: `Sources: ${'Provincial portal, 1 January 2020; '.repeat(6)}` },
    );
    const lines = narrow.svg.match(/<text[^>]*font-size="13"[^>]*>[^<]*<\/text>/g) ?? [];
    expect(lines.length).toBeGreaterThan(2);
  });
});

describe('the language of the words drawn', () => {
  const sources = [
    { text: 'Nguồn: ' },
    { text: 'Binh Duong provincial portal', lang: 'en' },
    { text: ', ngày 26 tháng 6 năm 2020; ' },
    { text: 'Thời Đại (thoidai.com.vn)', lang: 'nl' },
    { text: ', khoảng ngày 18 tháng 12 năm 2024' },
  ];

  it('marks each publisher with its article’s language, on a line of the interface’s', () => {
    const drawn = composeChartImage(chart, { ...text, locale: 'vi', sources }).svg;
    expect(drawn).toMatch(/^<svg [^>]*xml:lang="vi" lang="vi"/);
    expect(drawn).toContain('<tspan xml:lang="en" lang="en">Binh Duong provincial portal</tspan>, ngày 26');
    const dutch = [...drawn.matchAll(/<tspan xml:lang="nl" lang="nl">([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(dutch.join(' ')).toBe('Thời Đại (thoidai.com.vn)');
    expect(drawn).toContain('(thoidai.com.vn)</tspan>, khoảng');
    expect(drawn).toContain('<desc>Nguồn: Binh Duong provincial portal, ngày 26 tháng 6 năm 2020; Thời Đại');
  });

  it('keeps a publisher’s language on each line its name is wrapped onto', () => {
    const lines = wrapRuns(sources, 200, 13);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map(runsText).join(' ')).toBe(runsText(sources));
    const dutch = lines.flat().filter((run) => run.lang === 'nl');
    expect(dutch.map((run) => run.text).join(' ')).toBe('Thời Đại (thoidai.com.vn)');
    expect(
      lines
        .flat()
        .filter((run) => !run.lang)
        .some((run) => run.text.includes('Thời')),
    ).toBe(false);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width, and cuts a word longer than a line', () => {
    expect(wrapText('one two three four', 60, 10)).toEqual(['one two', 'three four']);
    expect(wrapText('x'.repeat(30), 60, 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10)]);
  });
});

describe('chartImageText', () => {
  it('says how many values, over what time, the latest, and every source, in the interface language', () => {
    const indicator = indicators[0]!;
    const own = observations.filter((o) => o.indicator === indicator.id);
    const state = seriesChartState(indicator, own, sources, findDisagreements([indicator], own), 'en');
    const words = chartImageText(
      state,
      'Partner localities',
      'http://x/indicators/partner_localities',
      [],
      translator('en'),
      'en',
    );
    expect(words.period).toBe('3 values, 26 June 2020 to 24 January 2024; latest: 14, as of 24 January 2024');
    expect(runsText(words.sources as never)).toBe(
      'Sources: Binh Duong provincial portal, 26 June 2020; Nederlandse ambassade, about 1 March 2021; Binh Duong provincial portal, 24 January 2024',
    );
    const vi = chartImageText(
      seriesChartState(indicator, own.slice(0, 1), sources, [], 'vi'),
      'X',
      'u',
      [],
      translator('vi'),
      'vi',
    );
    expect(vi.period).toBe('Mới nhất: 10, tính đến ngày 26 tháng 6 năm 2020');
    expect(runsText(vi.sources as never)).toBe('Nguồn: Binh Duong provincial portal, ngày 26 tháng 6 năm 2020');
  });

  it('counts a span of values in the words of the language, and gives one value without a count', () => {
    const indicator = indicators[0]!;
    const own = observations.filter((o) => o.indicator === indicator.id);
    const first = (n: number, locale: 'en' | 'vi') =>
      chartImageText(seriesChartState(indicator, own.slice(0, n), sources, [], locale), 'X', 'u', [], translator(locale), locale)
        .period;
    expect(first(1, 'en')).toBe('Latest: 10, as of 26 June 2020');
    expect(first(2, 'en')).toMatch(/^2 values, 26 June 2020 to /);
    expect(first(2, 'vi')).toMatch(/^2 số liệu, từ ngày 26 tháng 6 năm 2020 đến /);
    expect(translator('en')('chartImageSpan', { count: 1, first: 'a', last: 'b' })).toBe('1 value, a to b');
  });
});
