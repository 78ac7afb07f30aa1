import { describe, expect, it } from 'vitest';
import { checkSchema } from '../schemas/check.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { testIndicator, testObservation } from '../test-records.ts';
import { findChecks } from './find-checks.ts';
import { article, partners, testEvent } from './test-events.ts';

const memberships: Indicator = {
  ...testIndicator,
  id: 'international_org_memberships',
  name: { en: 'Memberships', vi: 'Thành viên' },
};
const capital: Indicator = { ...testIndicator, id: 'fdi_capital', unit: 'USD', name: { en: 'FDI capital', vi: 'Vốn FDI' } };
const at = (indicator: string, id: string, date: string, value: number, source: string, extra = {}) =>
  testObservation({ id, indicator, period_start: date, period_end: date, value, source, ...extra });

const data = {
  indicators: [partners, memberships, capital],
  sources: [article('portal-2020', '2020-06-26'), article('seminar-2020', '2020-09-28'), article('portal-2024', '2024-01-24')],
  observations: [
    at('international_org_memberships', 'members-2020', '2020-09-24', 4, 'seminar-2020'),
    at('international_org_memberships', 'members-2024', '2024-01-23', 3, 'portal-2024'),
    at('fdi_capital', 'capital-june', '2020-06-23', 35e9, 'portal-2020', { qualifier: 'nearly' }),
    at('fdi_capital', 'capital-september', '2020-09-24', 35e9, 'seminar-2020', { qualifier: 'more_than' }),
    at('partner_localities', 'partners-2020', '2020-06-23', 2, 'portal-2020'),
    at('partner_localities', 'partners-2024', '2024-01-23', 4, 'portal-2024'),
  ],
  events: [
    testEvent('kratie', '2020-06-23'),
    testEvent('champa', '2020-06-23'),
    testEvent('nebraska', '2023-01-01', { date_precision: 'year', source: 'portal-2024' }),
  ],
};

describe('findChecks', () => {
  const checks = findChecks(data);

  it('finds every place the records do not add up, in indicator order, each a valid check', () => {
    expect(checks.map((c) => c.id)).toEqual([
      'named-short-partners-2024',
      'stock-falls-members-2020-members-2024',
      'qualifier-conflict-capital-june-capital-september',
    ]);
    for (const check of checks) expect(checkSchema.safeParse(check).success).toBe(true);
  });

  it('puts the records side by side with the articles they come from, oldest first', () => {
    const [named, falls] = checks;
    expect(falls?.observations.map((o) => o.value)).toEqual([4, 3]);
    expect(falls?.sources).toEqual(['seminar-2020', 'portal-2024']);
    expect(named?.named).toMatchObject({ stated: 4, count: 3, missing: 1 });
    expect(named?.sources).toEqual(['portal-2020', 'portal-2024']);
  });

  it('says what does not add up in English and Vietnamese', () => {
    const [named, falls, qualifiers] = checks;
    expect(falls?.title).toEqual({ en: 'Falls from 4 to 3', vi: 'Giảm từ 4 xuống 3' });
    expect(falls?.sentence.en).toBe(
      'Memberships: from 4 (as of 24 September 2020) to 3 (as of 23 January 2024); the later article counts fewer than the earlier one.',
    );
    expect(falls?.sentence.vi).toContain('bài viết sau đếm ít hơn bài viết trước');
    expect(named?.title).toEqual({ en: '3 named of 4', vi: 'Đã nêu tên 3 trên 4' });
    expect(named?.sentence.en).toBe(
      'Partner localities (as of 23 January 2024): the article states 4, but the articles name only 3 by then: 1 missing.',
    );
    expect(named?.sentence.vi).toContain('còn thiếu 1');
    expect(qualifiers?.title).toEqual({ en: '“nearly” and “more than” 35 billion USD', vi: '“gần” và “hơn” 35 tỷ USD' });
    expect(qualifiers?.sentence.en).toContain('the true figure is below 35 billion USD in one and above it in the other');
  });

  it('finds two values for the same date', () => {
    const twice = findChecks({
      ...data,
      observations: [
        at('fdi_capital', 'a', '2021-01-01', 36e9, 'portal-2020'),
        at('fdi_capital', 'b', '2021-01-01', 37e9, 'portal-2024'),
      ],
    });
    expect(twice.map((c) => [c.kind, c.title.en])).toEqual([['same_period_conflict', 'Two values, as of 1 January 2021']]);
  });

  it('finds nothing where the records add up', () => {
    const consistent = { ...data, observations: data.observations.filter((o) => o.id === 'partners-2020') };
    expect(findChecks(consistent)).toEqual([]);
  });
});
