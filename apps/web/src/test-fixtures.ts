import type { DatedEvent, Entity, Indicator, IndicatorSummary, Observation, Qualifier, Source } from '@bd/core';

/** A small data set shaped like the real one, for component tests. */
export const sources: Source[] = [
  {
    id: 'portal-2020-06-26',
    title: 'Binh Duong attracts foreign investment in the first half of 2020',
    title_supplied: false,
    publisher: 'Binh Duong provincial portal',
    published: '2020-06-26',
    published_approximate: false,
    language: 'en',
    url: 'https://example.org/portal-2020-06-26',
  },
  {
    id: 'nl-2021-embassy',
    title: 'Binh Duong: een provincie in opmars',
    title_supplied: false,
    publisher: 'Nederlandse ambassade',
    published: '2021-03-01',
    published_approximate: true,
    language: 'nl',
  },
  {
    id: 'portal-2024-01-24',
    title: 'Consular meeting 2024',
    title_supplied: false,
    publisher: 'Binh Duong provincial portal',
    published: '2024-01-24',
    published_approximate: false,
    language: 'vi',
    url: 'https://example.org/portal-2024-01-24',
  },
];

function indicator(
  id: string,
  en: string,
  vi: string,
  unit: Indicator['unit'],
  kind: Indicator['kind'],
  headline: boolean,
): Indicator {
  return {
    id,
    name: { en, vi },
    description: { en: `${en}, as the articles report it.`, vi: `${vi} theo các bài báo.` },
    unit,
    kind,
    headline,
  };
}

export const indicators: Indicator[] = [
  indicator('partner_localities', 'Partner localities', 'Địa phương kết nghĩa', 'count', 'stock', true),
  indicator('fdi_registered_capital_cumulative', 'FDI registered capital', 'Vốn FDI đăng ký lũy kế', 'USD', 'stock', true),
  indicator('fdi_attracted', 'FDI attracted', 'Vốn FDI thu hút', 'USD', 'flow', true),
  indicator(
    'international_org_memberships',
    'International organisation memberships',
    'Thành viên tổ chức quốc tế',
    'count',
    'stock',
    false,
  ),
  indicator('fdi_national_rank', 'National FDI rank', 'Xếp hạng FDI toàn quốc', 'rank', 'rank', false),
  indicator('trade_surplus', 'Trade surplus', 'Xuất siêu', 'USD', 'flow', false),
];

let counter = 0;
function obs(
  indicatorId: string,
  start: string,
  end: string,
  value: number,
  qualifier: Qualifier,
  source: string,
  evidence: string,
  evidenceEn?: string,
): Observation {
  counter += 1;
  return {
    id: `${indicatorId.replaceAll('_', '-')}-${counter}`,
    indicator: indicatorId,
    entity: 'binh-duong',
    period_start: start,
    period_end: end,
    value,
    qualifier,
    method: 'stated',
    source,
    evidence,
    ...(evidenceEn ? { evidence_en: evidenceEn } : {}),
  };
}

export const observations: Observation[] = [
  obs('partner_localities', '2020-06-26', '2020-06-26', 10, 'exact', 'portal-2020-06-26', '10 partner localities'),
  obs(
    'partner_localities',
    '2021-03-01',
    '2021-03-01',
    13,
    'exact',
    'nl-2021-embassy',
    '13 partnerprovincies',
    '13 partner provinces',
  ),
  obs('partner_localities', '2024-01-24', '2024-01-24', 14, 'exact', 'portal-2024-01-24', '14 địa phương', '14 localities'),
  obs(
    'fdi_registered_capital_cumulative',
    '2020-06-26',
    '2020-06-26',
    35e9,
    'nearly',
    'portal-2020-06-26',
    'nearly USD 35 billion',
  ),
  obs(
    'fdi_registered_capital_cumulative',
    '2021-03-01',
    '2021-03-01',
    35e9,
    'more_than',
    'nl-2021-embassy',
    'ruim 35 miljard dollar',
    'over 35 billion dollars',
  ),
  obs(
    'fdi_registered_capital_cumulative',
    '2024-01-24',
    '2024-01-24',
    42.4e9,
    'more_than',
    'portal-2024-01-24',
    'hơn 42,4 tỷ USD',
    'more than USD 42.4 billion',
  ),
  obs('fdi_attracted', '2019-01-01', '2019-12-31', 2.1e9, 'exact', 'portal-2020-06-26', 'USD 2.1 billion in 2019'),
  obs(
    'fdi_attracted',
    '2020-01-01',
    '2020-06-30',
    1.1e9,
    'about',
    'portal-2020-06-26',
    'about USD 1.1 billion in the first six months',
  ),
  obs('fdi_attracted', '2024-01-01', '2024-12-31', 2.4e9, 'exact', 'portal-2024-01-24', '2,4 tỷ USD', 'USD 2.4 billion'),
  obs('international_org_memberships', '2020-06-26', '2020-06-26', 2, 'exact', 'portal-2020-06-26', 'two organisations'),
  obs(
    'international_org_memberships',
    '2021-03-01',
    '2021-03-01',
    4,
    'exact',
    'nl-2021-embassy',
    'vier organisaties',
    'four organisations',
  ),
  obs(
    'international_org_memberships',
    '2024-01-24',
    '2024-01-24',
    3,
    'exact',
    'portal-2024-01-24',
    'ba tổ chức',
    'three organisations',
  ),
  obs('fdi_national_rank', '2020-06-26', '2020-06-26', 3, 'exact', 'portal-2020-06-26', 'third in the country'),
  obs(
    'fdi_national_rank',
    '2024-01-24',
    '2024-01-24',
    2,
    'exact',
    'portal-2024-01-24',
    'thứ hai cả nước',
    'second in the country',
  ),
];

/** The one place the small data set describes. */
export const entity: Entity = { id: 'binh-duong', name: { en: 'Binh Duong province', vi: 'Tỉnh Bình Dương' }, country: 'VN' };

/** `/api/indicators` rows. */
const indicatorSummaries: IndicatorSummary[] = indicators.map((i) => {
  const own = observations.filter((o) => o.indicator === i.id);
  return {
    ...i,
    observation_count: own.length,
    ...(own[0] ? { first_period: own[0].period_start, last_period: own.at(-1)?.period_end } : {}),
  };
});

/** The JSON bodies the API answers with, by path (without query string). */
export function apiBodies(): Record<string, unknown> {
  const bodies: Record<string, unknown> = {
    '/api/entities': { entities: [entity] },
    '/api/indicators': { indicators: indicatorSummaries },
    '/api/observations': { count: observations.length, observations },
    '/api/sources': {
      sources: sources.map((s) => ({
        ...s,
        observation_count: observations.filter((o) => o.source === s.id).length,
        event_count: 0,
      })),
    },
    '/api/events': {
      events: [
        {
          id: 'event-partner-2021',
          type: 'partner_locality',
          entity: 'binh-duong',
          date: '2021-03-01',
          date_precision: 'month',
          name: 'Provincie Gelderland',
          country: 'NL',
          source: 'nl-2021-embassy',
          evidence: 'partnerschap met Gelderland',
          evidence_en: 'partnership with Gelderland',
        },
        {
          id: 'event-conference-2024',
          type: 'conference',
          entity: 'binh-duong',
          date: '2024-01-24',
          date_precision: 'reported',
          name: 'Consular meeting',
          source: 'portal-2024-01-24',
          evidence: 'hội nghị gặp gỡ lãnh sự',
          evidence_en: 'consular meeting',
        },
      ],
    },
  };
  for (const i of indicators) {
    const own = observations.filter((o) => o.indicator === i.id);
    bodies[`/api/indicators/${i.id}`] = {
      indicator: i,
      observations: own,
      sources: sources.filter((s) => own.some((o) => o.source === s.id)),
    };
  }
  return bodies;
}

/** A partner locality the articles name, for tests of the partners list and map. */
export function partnerEvent(
  id: string,
  name: string,
  country: string | undefined,
  source = 'portal-2020-06-26',
  extra: Partial<DatedEvent> = {},
): DatedEvent {
  return {
    id,
    type: 'partner_locality',
    entity: 'binh-duong',
    date: '2020-06-23',
    date_precision: 'reported',
    name,
    ...(country ? { country } : {}),
    source,
    evidence: country ? `${name} (${country})` : name,
    ...extra,
  } as DatedEvent;
}
