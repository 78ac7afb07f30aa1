import { latestChange } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { indicators, observations, sources } from '../../../test-fixtures.ts';
import { overviewOf } from './overview-cards.ts';

describe('overviewOf', () => {
  const { headline, other } = overviewOf(indicators, observations, sources);

  it('puts headline indicators in cards and the rest in the list', () => {
    expect(headline.map((e) => e.indicator.id)).toEqual([
      'partner_localities',
      'fdi_registered_capital_cumulative',
      'fdi_attracted',
    ]);
    expect(other.map((e) => e.indicator.id)).toContain('trade_surplus');
  });

  it('gives the latest value, its change and its source', () => {
    const capital = headline[1];
    expect(capital?.latest?.value).toBe(42.4e9);
    expect(capital?.change?.delta).toBeCloseTo(7.4e9);
    expect(capital?.change?.precision).toBe('unknown');
    expect(capital?.source?.id).toBe('portal-2024-01-24');
  });

  it('flags the indicators whose sources disagree', () => {
    expect(headline[1]?.disputed).toBe(true);
    expect(headline[0]?.disputed).toBe(false);
    expect(other.find((e) => e.indicator.id === 'international_org_memberships')?.disputed).toBe(true);
  });

  it('keeps indicators without values, with nothing latest', () => {
    expect(other.find((e) => e.indicator.id === 'trade_surplus')?.latest).toBeUndefined();
  });
});

describe('the change on a flow card', () => {
  it('compares a flow only with an earlier period of the same length', () => {
    const flow = observations.filter((o) => o.indicator === 'fdi_attracted');
    const { latest, change } = latestChange(flow);
    expect(latest?.period_start).toBe('2024-01-01');
    expect(change?.from.period_start).toBe('2019-01-01');
    expect(latestChange(flow.slice(1)).change).toBeUndefined();
    expect(overviewOf(indicators, observations, sources).headline[2]?.trend).toHaveLength(2);
  });
});
