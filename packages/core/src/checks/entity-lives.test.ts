import { describe, expect, it } from 'vitest';
import type { Located, LocatedDataset } from '../dataset-checks.ts';
import type { Entity } from '../schemas/entity.ts';
import { testIndicator, testObservation, testSource } from '../test-records.ts';
import { entityLifeIssues } from './entity-lives.ts';
import { testEvent } from './test-events.ts';

const at = <T>(file: string, position: string, value: T): Located<T> => ({ file, position, value });
const file = 'sources/portal-2020.yaml';

const binhDuong: Entity = {
  id: 'binh-duong',
  name: { en: 'Binh Duong province', vi: 'Tỉnh Bình Dương' },
  kind: 'province',
  country: 'VN',
  ended: '2025-06-30',
  became: [{ entity: 'ho-chi-minh-city', date: '2025-07-01', how: 'merged_into', event: 'merger' }],
};
const hcmc: Entity = {
  id: 'ho-chi-minh-city',
  name: { en: 'Ho Chi Minh City', vi: 'Thành phố Hồ Chí Minh' },
  kind: 'centrally_run_city',
  country: 'VN',
  began: '2025-07-01',
};
const merger = testEvent('merger', '2025-07-01', { type: 'administrative_change', name: 'merger' });

function dataset(overrides: Partial<LocatedDataset> = {}): LocatedDataset {
  return {
    entities: [at('entities.yaml', 'entities[0]', binhDuong), at('entities.yaml', 'entities[1]', hcmc)],
    indicators: [at('indicators.yaml', 'indicators[0]', testIndicator)],
    sources: [at(file, 'source', testSource)],
    observations: [at(file, 'observations[0]', testObservation({ period_start: '2024-12-18', period_end: '2024-12-18' }))],
    events: [at(file, 'events[0]', merger)],
    ...overrides,
  };
}

describe('entityLifeIssues', () => {
  it('accepts a lineage whose successor and change event exist, with values inside each life', () => {
    expect(entityLifeIssues(dataset())).toEqual([]);
  });

  it('refuses a value dated after its entity ended, naming the file, the record, both dates and the successor', () => {
    const late = testObservation({ id: 'fdi-2025', period_start: '2025-07-01', period_end: '2025-09-30' });
    expect(entityLifeIssues(dataset({ observations: [at(file, 'observations[0]', late)] }))).toEqual([
      {
        file,
        record: 'observation "fdi-2025" (observations[0])',
        field: 'period_end',
        message:
          'period_end 2025-09-30 is after "binh-duong" ended on 2025-06-30: record it on the successor: set entity to ho-chi-minh-city',
      },
    ]);
  });

  it('refuses a value dated before its entity began, and an event after its entity ended (the change itself excepted)', () => {
    const early = testObservation({
      id: 'early',
      entity: 'ho-chi-minh-city',
      period_start: '2024-01-01',
      period_end: '2024-12-31',
    });
    const lateEvent = testEvent('late-partner', '2025-08-01');
    const issues = entityLifeIssues(
      dataset({
        observations: [at(file, 'observations[0]', early)],
        events: [at(file, 'events[0]', merger), at(file, 'events[1]', lateEvent)],
      }),
    );
    expect(issues.map((i) => [i.record, i.field, i.message])).toEqual([
      [
        'observation "early" (observations[0])',
        'period_start',
        'period_start 2024-01-01 is before "ho-chi-minh-city" began on 2025-07-01: record it on the entity that existed then, or correct the date',
      ],
      [
        'event "late-partner" (events[1])',
        'date',
        'date 2025-08-01 is after "binh-duong" ended on 2025-06-30: record it on the successor: set entity to ho-chi-minh-city',
      ],
    ]);
  });

  it('refuses a successor or change event that does not exist, an event of another kind or date, and a lineage that loops', () => {
    const unknownSuccessor = { ...binhDuong, became: [{ ...binhDuong.became![0]!, entity: 'saigon' }] };
    expect(entityLifeIssues(dataset({ entities: [at('entities.yaml', 'entities[0]', unknownSuccessor)] }))[0]?.message).toMatch(
      /^unknown entity "saigon": add the successor to entities.yaml/,
    );
    expect(entityLifeIssues(dataset({ events: [] }))[0]?.message).toMatch(
      /^unknown event "merger": record the change as an event of type administrative_change/,
    );
    const wrongEvent = testEvent('merger', '2025-06-01');
    expect(entityLifeIssues(dataset({ events: [at(file, 'events[0]', wrongEvent)] }))[0]?.message).toBe(
      'event "merger" is a partner_locality of 2025-06-01; a change names an administrative_change of its own date, 2025-07-01',
    );
    const loop = {
      ...hcmc,
      ended: '2026-06-30',
      became: [{ entity: 'binh-duong', date: '2026-07-01', how: 'renamed' as const, event: 'merger' }],
    };
    const looped = entityLifeIssues(
      dataset({ entities: [at('entities.yaml', 'entities[0]', binhDuong), at('entities.yaml', 'entities[1]', loop)] }),
    );
    expect(looped.filter((i) => i.message.includes('would become itself'))).toHaveLength(2);
  });
});
