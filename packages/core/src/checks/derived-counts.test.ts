import { describe, expect, it } from 'vitest';
import type { Located } from '../dataset-checks.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Observation } from '../schemas/observation.ts';
import { testIndicator, testObservation } from '../test-records.ts';
import { checkDerivedCounts } from './derived-counts.ts';
import { article, newPartners, partners, testEvent } from './test-events.ts';

const sources = new Map([article('portal-2020', '2020-06-26'), article('later-2024', '2024-12-18')].map((s) => [s.id, s]));
const fdi: Indicator = { ...testIndicator, id: 'fdi_attracted', unit: 'USD' };
const indicators = new Map([partners, newPartners, fdi].map((i) => [i.id, i]));
const events = [
  testEvent('kratie', '2020-06-23'),
  testEvent('champa', '2020-06-23'),
  testEvent('heldeberg', '2024-03-01', { date_precision: 'day', source: 'later-2024', country: 'DE' }),
];
const derived = (overrides: Partial<Observation>): Located<Observation> => ({
  file: 'sources/portal-2020.yaml',
  position: 'observations[0]',
  value: testObservation({
    id: 'partners-2020',
    period_start: '2020-06-23',
    period_end: '2020-06-23',
    value: 2,
    method: 'derived',
    source: 'portal-2020',
    ...overrides,
  }),
});

describe('checkDerivedCounts', () => {
  it('passes a derived count that equals the items its article names', () => {
    const flow = derived({
      id: 'new-2024',
      indicator: 'partner_localities_new',
      period_start: '2024-01-01',
      period_end: '2024-12-31',
      value: 1,
      source: 'later-2024',
    });
    expect(checkDerivedCounts([derived({}), flow], indicators, events, sources)).toEqual([]);
  });

  it('names the value and the events when they disagree', () => {
    const [issue] = checkDerivedCounts([derived({ value: 3 })], indicators, events, sources);
    expect(issue).toMatchObject({ file: 'sources/portal-2020.yaml', record: 'observations[0] "partners-2020"', field: 'value' });
    expect(issue?.message).toContain('the value is 3, the events of source "portal-2020" give 2 ("champa", "kratie")');
  });

  it('counts only what its own article names', () => {
    // Heldeberg is named by a later article: a derived count of 2020's article cannot lean on it.
    const stock = derived({ period_start: '2024-12-31', period_end: '2024-12-31', value: 3 });
    expect(checkDerivedCounts([stock], indicators, events, sources)[0]?.message).toContain('give 2');
  });

  it('says when the article names none', () => {
    const flow = derived({ indicator: 'partner_localities_new', period_start: '2019-01-01', period_end: '2019-12-31', value: 1 });
    expect(checkDerivedCounts([flow], indicators, events, sources)[0]?.message).toContain('give 0 (none)');
  });

  it('refuses a derived value of an indicator that counts no events', () => {
    const [issue] = checkDerivedCounts([derived({ indicator: 'fdi_attracted', value: 5 })], indicators, events, sources);
    expect(issue).toMatchObject({ field: 'method' });
    expect(issue?.message).toContain('"fdi_attracted" counts no events: set method: stated');
  });

  it('leaves stated values and unknown references to the other checks', () => {
    const stated = derived({ method: 'stated', value: 9 });
    const unknown = derived({ indicator: 'nothing', value: 9 });
    const elsewhere = derived({ source: 'missing', value: 9 });
    expect(checkDerivedCounts([stated, unknown, elsewhere], indicators, events, sources)).toEqual([]);
  });
});
