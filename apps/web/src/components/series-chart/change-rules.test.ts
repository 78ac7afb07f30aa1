import { findDisagreements, type Observation, seriesOf } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { chartChangesOf, entityLifeOf } from '../../lib/entity-life-line.ts';
import { translator } from '../../lib/i18n/translate.ts';
import { entities, events, indicators, observations, sources } from '../../test-fixtures.ts';
import { changeRules } from './change-rules.ts';
import { chartSummary } from './chart-summary.ts';
import { seriesChartState } from './series-chart-state.ts';

const t = translator('en');
const changes = chartChangesOf(entityLifeOf('binh-duong', entities, events, sources), 'en', t);
const MERGER = Date.UTC(2025, 6, 1);

/** Partner localities with one more value, dated `asOf`: the recorded series ends in January 2024. */
function stateReaching(asOf: string | undefined) {
  const indicator = indicators.find((i) => i.id === 'partner_localities')!;
  const series = seriesOf(observations, indicator.id);
  const last = series.at(-1)!;
  const extended: Observation[] = asOf
    ? [...series, { ...last, id: 'later', period_start: asOf, period_end: asOf, value: last.value + 1 }]
    : series;
  return seriesChartState(indicator, extended, sources, findDisagreements([indicator], extended), 'en', changes);
}

describe('the rule at an entity’s change', () => {
  it('is drawn at the change’s first day, labelled, where the values reach past it', () => {
    const state = stateReaching('2025-12-31');
    expect(state.rules).toEqual([
      expect.objectContaining({ x: MERGER, date: '2025-07-01', label: 'Merged into Ho Chi Minh City', labelSide: 'before' }),
    ]);
    expect(state.xDomain[0]).toBeLessThan(MERGER);
    expect(state.xDomain[1]).toBeGreaterThan(MERGER);
  });

  it('is not drawn where the time axis does not reach the date, as for the recorded values, which end in 2024', () => {
    const state = stateReaching(undefined);
    expect(state.xDomain[1]).toBeLessThan(MERGER);
    expect(state.rules).toEqual([]);
  });

  it('is drawn where the time axis reaches the date, though the values stop before it (the province’s last ones)', () => {
    const state = stateReaching('2025-06-30');
    expect(state.xDomain[1]).toBeGreaterThan(MERGER);
    expect(state.rules.map((r) => r.x)).toEqual([MERGER]);
  });

  it('is said in the chart’s summary where it is drawn, and only there', () => {
    expect(chartSummary(stateReaching('2025-12-31'), 'Partner localities', t)).toMatch(
      /A vertical line marks 1 July 2025: Binh Duong province, until 30 June 2025; since 1 July 2025 part of Ho Chi Minh City\.$/,
    );
    expect(chartSummary(stateReaching(undefined), 'Partner localities', t)).not.toMatch(/vertical line/);
  });

  it('puts its label on the side with room, and takes the domain’s ends as within it', () => {
    const change = { date: '2025-07-01', label: 'L', description: 'D' };
    expect(changeRules([change], [MERGER - 10, MERGER + 100])[0]?.labelSide).toBe('after');
    expect(changeRules([change], [MERGER, MERGER + 100])).toHaveLength(1);
    expect(changeRules([change], [MERGER - 100, MERGER])).toHaveLength(1);
    expect(changeRules([change], [MERGER - 100, MERGER - 1])).toEqual([]);
  });
});
