// Longer than most files on purpose: one case per kind of phrase the reader must propose or set aside, in English,
// Vietnamese and Dutch, read as a table of inputs and the records they give.
import { textStatesValue } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { readArticleHeader } from './article-header.ts';
import type { DraftObservation, Proposals } from './draft-records.ts';
import { proposeRecords } from './propose-records.ts';
import { testIndicators } from './test-indicators.ts';

/** Invented articles: the figures are made up, the wording is the articles' kind of wording. */
const ENGLISH = `Tuesday 12/03/2024 | Staff writer
Riverside province reports a strong year for foreign investment

PORTAL – On the morning of March 11, the Provincial People's Committee met the press.
In 2023, the province attracted USD 2.7 billion from 180 new investment projects and 96 projects adding capital. To date, the whole province has more than 4,100 foreign investment projects with a total registered capital of nearly USD 38 billion from 66 countries and territories; in which Japan ranked first with 340 projects with a total investment of USD 5 billion and 642 million. The province is ranked third in the country in attracting foreign investment capital.
So far, the province has had friendly and cooperative relations with 12 foreign localities, including: Lakeside Prefecture (Japan) and Hill City (South Korea). It is an official member of 03 international organizations.
In 2023, the province successfully hosted international events such as Harbour Forum 2023, Meet Korea 2023, etc. The forum was attended by 250 delegates.
Views: 88
`;

const DUTCH = `2 juli 2024 | Redactie
Binh Duong trekt buitenlandse investeerders aan
In de eerste 6 maanden van 2024 trok Binh Duong ruim 1,2 miljard dollar aan buitenlandse directe investeringen aan. Tot en met 30 juni 2024 telde de provincie meer dan 4.400 buitenlandse investeringsprojecten uit 66 landen en gebieden, met een totaal geregistreerd kapitaal van bijna 41,5 miljard dollar. Binh Duong staat op de tweede plaats in het land wat betreft het aantrekken van buitenlandse investeringen.
In 2023 steeg het bruto binnenlands product (bbp) met 5,1%; het bbp per hoofd van de bevolking bedroeg 175,5 miljoen VND. De import-exportomzet bereikte circa 58 miljard USD en het handelsoverschot bedroeg 9,5 miljard USD.
Tot nu toe heeft de provincie vriendschappelijke betrekkingen met 15 buitenlandse gemeenten, waaronder de stad Eindhoven (Nederland). Dit jaar ondertekende Binh Duong een intentieverklaring met de provincie Gyeonggi (Zuid-Korea). Meer dan 300 deelnemers woonden de bijeenkomst bij.
`;

const VIETNAMESE = `Thứ 5, Ngày 04/07/2024, 10:00
Bình Dương thu hút vốn đầu tư nước ngoài 6 tháng đầu năm
Sáng ngày 3/7, UBND tỉnh Bình Dương tổ chức họp báo.
Trong 6 tháng đầu năm 2024, tỉnh thu hút hơn 1,5 tỷ USD vốn đầu tư nước ngoài, trong đó có 80 dự án cấp mới và 45 dự án điều chỉnh tăng vốn. Tính đến nay, toàn tỉnh có 4.250 dự án đầu tư nước ngoài với tổng vốn đăng ký gần 35 tỷ USD đến từ 65 quốc gia và vùng lãnh thổ. Bình Dương đứng thứ ba cả nước về thu hút vốn đầu tư nước ngoài.
Năm 2023, GRDP của tỉnh tăng 6,5%, GRDP bình quân đầu người đạt 170 triệu đồng; kim ngạch xuất nhập khẩu đạt khoảng 58 tỷ USD, xuất siêu 9 tỷ USD.
Đến nay, tỉnh đã thiết lập quan hệ hữu nghị, hợp tác với 14 địa phương nước ngoài và là thành viên của 3 tổ chức quốc tế. Năm 2023, tỉnh đã ký biên bản ghi nhớ với tỉnh Yamaguchi (Nhật Bản). Hội nghị có sự tham dự của 200 đại biểu.
`;

function propose(text: string, language: 'en' | 'nl' | 'vi'): Proposals {
  return proposeRecords(text, { language, sourceId: 'invented-article', indicators: testIndicators });
}

function only(proposals: Proposals, indicator: string): DraftObservation {
  const found = proposals.observations.filter((o) => o.indicator === indicator);
  expect(
    found.map((o) => o.value),
    `one candidate for ${indicator}`,
  ).toHaveLength(1);
  return found[0] as DraftObservation;
}

/** value, unit, qualifier and period of the one candidate for `indicator`, and its evidence writes the value. */
function expectCandidate(
  proposals: Proposals,
  language: 'en' | 'nl' | 'vi',
  indicator: string,
  expected: Pick<DraftObservation, 'value' | 'unit' | 'qualifier'> & { period?: [string, string]; evidence: string },
) {
  const o = only(proposals, indicator);
  expect(o).toMatchObject({ value: expected.value, unit: expected.unit, qualifier: expected.qualifier, method: 'stated' });
  if (expected.period) expect([o.period_start, o.period_end]).toEqual(expected.period);
  expect(o.evidence).toContain(expected.evidence);
  expect(textStatesValue(o.evidence, o.value, language), `"${o.evidence}" writes ${o.value}`).toBe(true);
  expect(o.evidence.split(/\s+/).length).toBeLessThanOrEqual(40);
}

describe('proposeRecords on an English article', () => {
  const proposals = propose(ENGLISH, 'en');

  it('reads amounts with their scale, currency and qualifier, and guesses indicator and period', () => {
    expectCandidate(proposals, 'en', 'fdi_attracted', {
      value: 2.7e9,
      unit: 'USD',
      qualifier: 'exact',
      period: ['2023-01-01', '2023-12-31'],
      evidence: 'the province attracted USD 2.7 billion',
    });
    expectCandidate(proposals, 'en', 'fdi_new_projects', {
      value: 180,
      unit: 'count',
      qualifier: 'exact',
      evidence: '180 new investment projects',
    });
    expectCandidate(proposals, 'en', 'fdi_capital_increase_projects', {
      value: 96,
      unit: 'count',
      qualifier: 'exact',
      evidence: '96 projects adding capital',
    });
    expectCandidate(proposals, 'en', 'fdi_projects_cumulative', {
      value: 4100,
      unit: 'count',
      qualifier: 'more_than',
      period: ['2024-03-11', '2024-03-11'],
      evidence: 'more than 4,100 foreign investment projects',
    });
    expectCandidate(proposals, 'en', 'fdi_registered_capital_cumulative', {
      value: 38e9,
      unit: 'USD',
      qualifier: 'nearly',
      period: ['2024-03-11', '2024-03-11'],
      evidence: 'nearly USD 38 billion',
    });
    expectCandidate(proposals, 'en', 'fdi_source_countries', {
      value: 66,
      unit: 'count',
      qualifier: 'exact',
      evidence: '66 countries and territories',
    });
  });

  it('joins "USD 5 billion and 642 million", reads "ranked third" as rank 3 and Japan apart from the province', () => {
    expectCandidate(proposals, 'en', 'fdi_projects_japan', {
      value: 340,
      unit: 'count',
      qualifier: 'exact',
      evidence: 'Japan ranked first with 340 projects',
    });
    expectCandidate(proposals, 'en', 'fdi_capital_japan', {
      value: 5_642_000_000,
      unit: 'USD',
      qualifier: 'exact',
      evidence: 'USD 5 billion and 642 million',
    });
    expectCandidate(proposals, 'en', 'fdi_national_rank', {
      value: 3,
      unit: 'rank',
      qualifier: 'exact',
      evidence: 'ranked third in the country',
    });
  });

  it('dates "So far" by the day the article reports and reads leading zeros', () => {
    expectCandidate(proposals, 'en', 'partner_localities', {
      value: 12,
      unit: 'count',
      qualifier: 'exact',
      period: ['2024-03-11', '2024-03-11'],
      evidence: 'relations with 12 foreign localities',
    });
    expectCandidate(proposals, 'en', 'international_org_memberships', {
      value: 3,
      unit: 'count',
      qualifier: 'exact',
      evidence: '03 international organizations',
    });
  });

  it('counts a list of hosted events that ends in "etc." as at least, derived', () => {
    expect(only(proposals, 'international_conferences_hosted')).toMatchObject({
      value: 2,
      qualifier: 'at_least',
      method: 'derived',
      period_start: '2023-01-01',
      period_end: '2023-12-31',
    });
  });

  it('sets aside years, days of dates, delegates and page counters, and says why', () => {
    const values = proposals.observations.map((o) => o.value);
    expect(values).not.toContain(2023);
    expect(values).not.toContain(11);
    expect(values).not.toContain(250);
    expect(values).not.toContain(88);
    const reasons = Object.fromEntries(proposals.skipped.map((s) => [s.text, s.reason]));
    expect(reasons).toMatchObject({ '2023': 'a year', '250': 'a count of people', '88': 'a page-view counter' });
    expect(proposals.observations.every((o) => o.indicator !== null)).toBe(true);
  });

  it('proposes named partner localities and conferences as events', () => {
    expect(proposals.events.map((e) => [e.type, e.name, e.country ?? '', e.date])).toEqual([
      ['partner_locality', 'Lakeside Prefecture', 'JP', '2024-03-11'],
      ['partner_locality', 'Hill City', 'KR', '2024-03-11'],
      ['conference', 'Harbour Forum 2023', '', '2023-01-01'],
      ['conference', 'Meet Korea 2023', '', '2023-01-01'],
    ]);
    expect(proposals.events[0]).toMatchObject({ date_precision: 'reported', evidence: 'Lakeside Prefecture (Japan)' });
  });
});

describe('proposeRecords on a Dutch article', () => {
  const proposals = propose(DUTCH, 'nl');

  it('reads 1.234,5 numbers, miljard/miljoen and the Dutch qualifiers', () => {
    expectCandidate(proposals, 'nl', 'fdi_attracted', {
      value: 1.2e9,
      unit: 'USD',
      qualifier: 'more_than',
      period: ['2024-01-01', '2024-06-30'],
      evidence: 'ruim 1,2 miljard dollar',
    });
    expectCandidate(proposals, 'nl', 'fdi_projects_cumulative', {
      value: 4400,
      unit: 'count',
      qualifier: 'more_than',
      period: ['2024-06-30', '2024-06-30'],
      evidence: 'meer dan 4.400 buitenlandse investeringsprojecten',
    });
    expectCandidate(proposals, 'nl', 'fdi_source_countries', {
      value: 66,
      unit: 'count',
      qualifier: 'exact',
      evidence: '66 landen en gebieden',
    });
    expectCandidate(proposals, 'nl', 'fdi_registered_capital_cumulative', {
      value: 41.5e9,
      unit: 'USD',
      qualifier: 'nearly',
      evidence: 'bijna 41,5 miljard dollar',
    });
    expectCandidate(proposals, 'nl', 'fdi_national_rank', {
      value: 2,
      unit: 'rank',
      qualifier: 'exact',
      evidence: 'tweede plaats in het land',
    });
  });

  it('reads bbp growth, per capita and trade for the year the paragraph names', () => {
    const year: [string, string] = ['2023-01-01', '2023-12-31'];
    expectCandidate(proposals, 'nl', 'grdp_growth', {
      value: 5.1,
      unit: 'percent',
      qualifier: 'exact',
      period: year,
      evidence: 'bruto binnenlands product (bbp) met 5,1%',
    });
    expectCandidate(proposals, 'nl', 'grdp_per_capita', {
      value: 175.5e6,
      unit: 'VND',
      qualifier: 'exact',
      period: year,
      evidence: '175,5 miljoen VND',
    });
    expectCandidate(proposals, 'nl', 'trade_turnover', {
      value: 58e9,
      unit: 'USD',
      qualifier: 'about',
      period: year,
      evidence: 'circa 58 miljard USD',
    });
    expectCandidate(proposals, 'nl', 'trade_surplus', {
      value: 9.5e9,
      unit: 'USD',
      qualifier: 'exact',
      period: year,
      evidence: 'handelsoverschot bedroeg 9,5 miljard USD',
    });
  });

  it('reads "buitenlandse gemeenten" as partner localities as of the day reported', () => {
    expectCandidate(proposals, 'nl', 'partner_localities', {
      value: 15,
      unit: 'count',
      qualifier: 'exact',
      period: ['2024-07-02', '2024-07-02'],
      evidence: '15 buitenlandse gemeenten',
    });
    expect(proposals.observations.map((o) => o.value)).not.toContain(300);
  });

  it('proposes "de stad X (Land)" as a partner and a letter of intent as an agreement', () => {
    expect(proposals.events.map((e) => [e.type, e.name, e.country, e.agreement])).toEqual([
      ['partner_locality', 'Eindhoven', 'NL', undefined],
      ['agreement', 'Gyeonggi', 'KR', 'letter of intent'],
    ]);
  });
});

describe('proposeRecords on a Vietnamese article', () => {
  const proposals = propose(VIETNAMESE, 'vi');

  it('reads tỷ/triệu, đồng and the Vietnamese qualifiers, and "6 tháng đầu năm"', () => {
    expectCandidate(proposals, 'vi', 'fdi_attracted', {
      value: 1.5e9,
      unit: 'USD',
      qualifier: 'more_than',
      period: ['2024-01-01', '2024-06-30'],
      evidence: 'hơn 1,5 tỷ USD',
    });
    expectCandidate(proposals, 'vi', 'fdi_new_projects', {
      value: 80,
      unit: 'count',
      qualifier: 'exact',
      evidence: '80 dự án cấp mới',
    });
    expectCandidate(proposals, 'vi', 'fdi_capital_increase_projects', {
      value: 45,
      unit: 'count',
      qualifier: 'exact',
      evidence: '45 dự án điều chỉnh tăng vốn',
    });
    expectCandidate(proposals, 'vi', 'fdi_projects_cumulative', {
      value: 4250,
      unit: 'count',
      qualifier: 'exact',
      period: ['2024-07-03', '2024-07-03'],
      evidence: '4.250 dự án đầu tư nước ngoài',
    });
    expectCandidate(proposals, 'vi', 'fdi_registered_capital_cumulative', {
      value: 35e9,
      unit: 'USD',
      qualifier: 'nearly',
      evidence: 'gần 35 tỷ USD',
    });
    expectCandidate(proposals, 'vi', 'fdi_source_countries', {
      value: 65,
      unit: 'count',
      qualifier: 'exact',
      evidence: '65 quốc gia và vùng lãnh thổ',
    });
    expectCandidate(proposals, 'vi', 'fdi_national_rank', {
      value: 3,
      unit: 'rank',
      qualifier: 'exact',
      evidence: 'đứng thứ ba cả nước',
    });
  });

  it('reads GRDP, per capita in đồng and trade for "Năm 2023"', () => {
    const year: [string, string] = ['2023-01-01', '2023-12-31'];
    expectCandidate(proposals, 'vi', 'grdp_growth', {
      value: 6.5,
      unit: 'percent',
      qualifier: 'exact',
      period: year,
      evidence: 'tăng 6,5%',
    });
    expectCandidate(proposals, 'vi', 'grdp_per_capita', {
      value: 170e6,
      unit: 'VND',
      qualifier: 'exact',
      period: year,
      evidence: '170 triệu đồng',
    });
    expectCandidate(proposals, 'vi', 'trade_turnover', {
      value: 58e9,
      unit: 'USD',
      qualifier: 'about',
      period: year,
      evidence: 'khoảng 58 tỷ USD',
    });
    expectCandidate(proposals, 'vi', 'trade_surplus', {
      value: 9e9,
      unit: 'USD',
      qualifier: 'exact',
      period: year,
      evidence: 'xuất siêu 9 tỷ USD',
    });
  });

  it('reads "địa phương nước ngoài" and "tổ chức quốc tế", and sets aside delegates and the weekday', () => {
    expectCandidate(proposals, 'vi', 'partner_localities', {
      value: 14,
      unit: 'count',
      qualifier: 'exact',
      evidence: '14 địa phương nước ngoài',
    });
    expectCandidate(proposals, 'vi', 'international_org_memberships', {
      value: 3,
      unit: 'count',
      qualifier: 'exact',
      evidence: '3 tổ chức quốc tế',
    });
    const values = proposals.observations.map((o) => o.value);
    expect(values).not.toContain(200);
    expect(values).not.toContain(5);
    expect(values).not.toContain(6);
  });

  it('proposes "tỉnh X (Nước)" as a partner locality dated by its year', () => {
    expect(proposals.events).toEqual([
      expect.objectContaining({
        type: 'partner_locality',
        name: 'Yamaguchi',
        country: 'JP',
        date: '2023-01-01',
        agreement: 'memorandum of understanding',
      }),
    ]);
  });
});

describe('proposeRecords, what it cannot settle', () => {
  it('proposes a figure no rule recognises with indicator null and a reason', () => {
    const { observations } = propose('Thanks to the new port, the province welcomed 94 container ships last month.', 'en');
    expect(observations).toEqual([
      expect.objectContaining({
        indicator: null,
        value: 94,
        unit: 'count',
        confidence: 'low',
        reason: expect.stringContaining('no indicator'),
      }),
    ]);
  });

  it('flags a flow whose year the text does not give', () => {
    const { observations } = propose('The province attracted USD 1.1 billion of foreign investment.', 'en');
    expect(observations[0]).toMatchObject({ indicator: 'fdi_attracted', period_needs_review: true, confidence: 'low' });
    expect(observations[0]?.period_start).toBeUndefined();
  });
});

/**
 * Invented first-quarter reports, one per language, with the wording that misled the proposer: a dateline opening
 * the first paragraph, a quarter, delegates from countries, registered capital named after the figure, and one
 * sentence stating several figures.
 */
const QUARTER_REPORTS = {
  en: `Riverside reports a strong first quarter
20 March 2025 - In the first quarter of 2025, Riverside province attracted nearly USD 600 million of foreign direct investment and welcomed 300 delegates from 20 countries to its investment forum. To date, the province has 4,300 foreign investment projects with USD 43.1 billion in registered capital.
`,
  vi: `Bình Dương thu hút vốn đầu tư quý I
20/3/2025 - Trong quý I năm 2025, tỉnh thu hút gần 600 triệu USD vốn đầu tư nước ngoài và đón 300 đại biểu đến từ 20 quốc gia tham dự diễn đàn đầu tư. Đến nay, toàn tỉnh có 4.300 dự án đầu tư nước ngoài với 43,1 tỷ USD vốn đăng ký.
`,
  nl: `Rivierstad meldt een sterk eerste kwartaal
20 maart 2025 - In het eerste kwartaal van 2025 trok de provincie bijna 600 miljoen USD aan buitenlandse directe investeringen aan en ontving zij 300 deelnemers uit 20 landen op haar investeringsforum. Tot nu toe telt de provincie 4.300 buitenlandse investeringsprojecten met 43,1 miljard USD aan geregistreerd kapitaal.
`,
} as const;

const QUARTER_EVIDENCE = {
  en: {
    attracted: 'Riverside province attracted nearly USD 600 million of foreign direct investment',
    projects: 'the province has 4,300 foreign investment projects',
    capital: 'USD 43.1 billion in registered capital',
  },
  vi: {
    attracted: 'tỉnh thu hút gần 600 triệu USD vốn đầu tư nước ngoài',
    projects: 'toàn tỉnh có 4.300 dự án đầu tư nước ngoài',
    capital: '43,1 tỷ USD vốn đăng ký',
  },
  nl: {
    attracted: 'trok de provincie bijna 600 miljoen USD aan buitenlandse directe investeringen aan',
    projects: 'Tot nu toe telt de provincie 4.300 buitenlandse investeringsprojecten',
    capital: '43,1 miljard USD aan geregistreerd kapitaal',
  },
} as const;

describe.each(['en', 'vi', 'nl'] as const)('proposeRecords on a first-quarter report (%s)', (language) => {
  const text = QUARTER_REPORTS[language];
  const proposals = propose(text, language);
  const evidence = QUARTER_EVIDENCE[language];

  it('reads the dated opening of the first paragraph as the published date', () => {
    expect(readArticleHeader(text).published).toEqual({ date: '2025-03-20', approximate: false });
  });

  it('reads the first quarter of 2025 as January to March, not the year', () => {
    const attracted = only(proposals, 'fdi_attracted');
    expect(attracted).toMatchObject({ id: 'fdi-attracted-2025-q1', value: 600e6, qualifier: 'nearly' });
    expect([attracted.period_start, attracted.period_end]).toEqual(['2025-01-01', '2025-03-31']);
    expect(attracted.reason).toMatch(/period: "[^"]*(?:quarter|quý I|kwartaal)[^"]*2025"/);
  });

  it('does not take the countries delegates came from for FDI source countries', () => {
    expect(proposals.observations.filter((o) => o.indicator === 'fdi_source_countries')).toEqual([]);
    expect(proposals.observations.map((o) => o.value)).not.toContain(20);
    expect(proposals.skipped).toContainEqual(
      expect.objectContaining({ text: '20', reason: 'the countries people came from, not FDI source countries' }),
    );
  });

  it('reads registered capital named after the figure as the cumulative registered capital', () => {
    expectCandidate(proposals, language, 'fdi_registered_capital_cumulative', {
      value: 43.1e9,
      unit: 'USD',
      qualifier: 'exact',
      period: ['2025-03-20', '2025-03-20'],
      evidence: evidence.capital,
    });
  });

  it('gives each figure the shortest phrase that states it, without the dateline', () => {
    const phrases = Object.fromEntries(proposals.observations.map((o) => [o.indicator, o.evidence]));
    expect(phrases).toEqual({
      fdi_attracted: expect.stringContaining(evidence.attracted),
      fdi_projects_cumulative: evidence.projects,
      fdi_registered_capital_cumulative: evidence.capital,
    });
    expect(phrases.fdi_attracted).not.toMatch(/300|20 (?:March|maart)|20\/3/);
    for (const o of proposals.observations) expect(o.evidence.split(/\s+/).length).toBeLessThanOrEqual(20);
  });
});

describe('proposeRecords on registered capital and on countries, in other words', () => {
  const indicatorOf = (text: string, language: 'en' | 'nl' | 'vi', value: number) =>
    propose(text, language).observations.find((o) => o.value === value)?.indicator;

  it.each<['en' | 'nl' | 'vi', string]>([
    ['en', 'To date, the province has a total registered investment capital of USD 43.1 billion.'],
    ['en', 'The province now holds USD 43.1 billion of cumulative registered capital.'],
    ['vi', 'Lũy kế đến nay, tổng vốn đầu tư đăng ký đạt 43,1 tỷ USD.'],
    ['vi', 'Đến nay, tỉnh có 43,1 tỷ USD vốn đầu tư nước ngoài đăng ký.'],
    ['nl', 'Het geregistreerde investeringskapitaal bedraagt tot nu toe 43,1 miljard USD.'],
  ])('%s: "%s" is the cumulative registered capital', (language, text) => {
    expect(indicatorOf(text, language, 43.1e9)).toBe('fdi_registered_capital_cumulative');
  });

  it.each<['en' | 'nl' | 'vi', string]>([
    ['en', 'In 2024 the province attracted USD 2 billion in registered capital.'],
    ['vi', 'Năm 2024, tỉnh thu hút 2 tỷ USD vốn đăng ký.'],
    ['nl', 'In 2024 trok de provincie 2 miljard USD aan geregistreerd kapitaal aan.'],
  ])('%s: "%s" is capital attracted in the year, not the total', (language, text) => {
    expect(indicatorOf(text, language, 2e9)).toBe('fdi_attracted');
  });

  it.each<['en' | 'nl' | 'vi', string, number]>([
    ['en', 'To date, investors from 20 countries and territories run 4,300 projects in the province.', 20],
    ['vi', 'Đến nay, tỉnh có 4.300 dự án từ 20 quốc gia và vùng lãnh thổ.', 20],
    ['nl', 'Tot nu toe telt de provincie 4.300 projecten uit 20 landen en gebieden.', 20],
  ])('%s: "%s" still counts the countries investing', (language, text, value) => {
    expect(indicatorOf(text, language, value)).toBe('fdi_source_countries');
  });
});
