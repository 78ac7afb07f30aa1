import { describe, expect, it } from 'vitest';
import { readArticleHeader } from './article-header.ts';
import { datelineSpans, readArticleDates, readDates } from './text-dates.ts';

const dated = (text: string) => readArticleDates(text, readDates(text));

describe('readDates', () => {
  it('reads days, months, years, ranges, times and weekdays in the three languages', () => {
    const text =
      'Thứ 4, Ngày 24/01/2024, 11:00. On June 23rd, op 18 december 2024, ngày 15 tháng 12 năm 2024, 2018-2019, in 2019.';
    expect(readDates(text).map((d) => [d.text, d.kind])).toEqual([
      ['Thứ 4', 'weekday'],
      ['24/01/2024', 'day'],
      ['11:00', 'time'],
      ['June 23rd', 'day'],
      ['18 december 2024', 'day'],
      ['ngày 15 tháng 12 năm 2024', 'day'],
      ['2018-2019', 'years'],
      ['2019', 'year'],
    ]);
  });
});

describe('readArticleDates', () => {
  it('takes the dateline as published and the day the body reports as the reference', () => {
    const text = 'Thứ 6, Ngày 26/06/2020, 16:00\nTitle\n26/06/2020 | Author\n\nIn the morning of June 23rd, the delegation met.';
    expect(dated(text)).toEqual({ published: { date: '2020-06-26', approximate: false }, reference: '2020-06-23' });
  });

  it('without a dateline takes the latest day named, as approximate, and not a data cut-off', () => {
    const text =
      'Tot en met 15 december 2024 telde de provincie 4.400 projecten.\nDe bijeenkomst werd gehouden op 18 december 2024 in de provincie.\nNa 20 december 2024 volgt er een tweede bijeenkomst.';
    expect(dated(text)).toEqual({ published: { date: '2024-12-20', approximate: true }, reference: '2024-12-20' });
    expect(dated('Tot en met 15 december 2024 telde de provincie 4.400 projecten.')).toEqual({});
  });
});

describe('a dateline that opens the first paragraph', () => {
  it.each([
    ['en', '20 March 2025 - In the first quarter of 2025, the province attracted nearly USD 600 million.'],
    ['vi', '20/3/2025 - Trong quý I năm 2025, tỉnh thu hút gần 600 triệu USD vốn đầu tư nước ngoài.'],
    ['nl', '20 maart 2025 - In het eerste kwartaal van 2025 trok de provincie bijna 600 miljoen USD aan.'],
    ['en, after a place', 'RIVERSIDE, 20 March 2025 – The province attracted nearly USD 600 million in the first quarter.'],
  ])('is read as the publication date (%s), up to its dash', (_, text) => {
    expect(dated(text)).toEqual({ published: { date: '2025-03-20', approximate: false }, reference: '2025-03-20' });
    const [dateline] = datelineSpans(text, readDates(text));
    expect(text.slice(dateline?.start, dateline?.end)).toMatch(/^(?:RIVERSIDE, )?20(?: March| maart|\/3\/)\s?2025 [-–] $/);
  });

  it('is not a date in the middle of a sentence, nor one without a dash after it', () => {
    expect(dated('The province met investors.\nOn 20 March 2025 the province met investors again.').published).toEqual({
      date: '2025-03-20',
      approximate: true,
    });
    expect(datelineSpans('20 March 2025 the province met investors again.', readDates('20 March 2025 the province'))).toEqual([]);
  });

  it('is left out of the title: the line is the body', () => {
    expect(readArticleHeader('20 March 2025 - The province attracted nearly USD 600 million.').title).toBeUndefined();
  });
});

describe('readArticleHeader', () => {
  it('takes the title from the first line that is not a dateline, and the source link', () => {
    const text =
      'Thứ 4, Ngày 24/01/2024, 11:00\nConsular meeting in Binh Duong\nBody.\nBron: https://example.org/article-1.html\n';
    expect(readArticleHeader(text)).toEqual({
      title: 'Consular meeting in Binh Duong',
      published: { date: '2024-01-24', approximate: false },
      url: 'https://example.org/article-1.html',
    });
  });

  it('gives no title when the first line is a paragraph', () => {
    expect(readArticleHeader(`${'word '.repeat(30)}\nmore`).title).toBeUndefined();
  });
});
