import type { Indicator } from './schemas/indicator.ts';
import type { Observation } from './schemas/observation.ts';
import type { Source } from './schemas/source.ts';

/** Small valid records for the core's own tests. */
export const testSource: Source = {
  id: 'portal-2024',
  title: 'Consular meeting',
  title_supplied: false,
  publisher: 'Binh Duong provincial portal',
  published: '2024-01-24',
  published_approximate: false,
  language: 'en',
};

export const testIndicator: Indicator = {
  id: 'partner_localities',
  name: { en: 'Partner localities', vi: 'Địa phương đối tác' },
  description: { en: 'Foreign localities', vi: 'Địa phương nước ngoài' },
  unit: 'count',
  kind: 'stock',
  headline: true,
};

export function testObservation(overrides: Partial<Observation> = {}): Observation {
  return {
    id: 'partner-localities-2024',
    indicator: 'partner_localities',
    entity: 'binh-duong',
    period_start: '2024-01-23',
    period_end: '2024-01-23',
    value: 13,
    qualifier: 'exact',
    method: 'stated',
    source: 'portal-2024',
    evidence: 'relations with 13 foreign localities',
    ...overrides,
  };
}
