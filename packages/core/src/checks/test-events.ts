import type { DatedEvent } from '../schemas/event.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Source } from '../schemas/source.ts';
import { testIndicator, testSource } from '../test-records.ts';

/** Small valid records for the checks' tests: partner localities counted from named events. */
export const partners: Indicator = { ...testIndicator, counts_events: 'partner_locality' };
export const newPartners: Indicator = { ...partners, id: 'partner_localities_new', kind: 'flow' };

export const article = (id: string, published: string): Source => ({ ...testSource, id, published });

export function testEvent(id: string, date: string, overrides: Partial<DatedEvent> = {}): DatedEvent {
  return {
    id,
    type: 'partner_locality',
    entity: 'binh-duong',
    date,
    date_precision: 'reported',
    name: id,
    country: 'JP',
    source: 'portal-2020',
    evidence: `${id} (Japan)`,
    ...overrides,
  };
}
