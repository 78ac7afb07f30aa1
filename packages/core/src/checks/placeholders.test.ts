import { describe, expect, it } from 'vitest';
import type { Located, LocatedDataset } from '../dataset-checks.ts';
import { testIndicator, testObservation, testSource } from '../test-records.ts';
import { placeholderIssues } from './placeholders.ts';
import { testEvent } from './test-events.ts';

const at = <T>(file: string, position: string, value: T): Located<T> => ({ file, position, value });
const draft = 'sources/draft.yaml';

function dataset(overrides: Partial<LocatedDataset> = {}): LocatedDataset {
  return {
    entities: [
      at('entities.yaml', 'entities[0]', {
        id: 'binh-duong',
        name: { en: 'Binh Duong', vi: 'Bình Dương' },
        kind: 'province',
        country: 'VN',
      }),
    ],
    indicators: [at('indicators.yaml', 'indicators[0]', testIndicator)],
    sources: [at(draft, 'source', testSource)],
    observations: [at(draft, 'observations[0]', testObservation())],
    events: [at(draft, 'events[0]', testEvent('lakeside', '2024-01-23'))],
    ...overrides,
  };
}

describe('placeholderIssues', () => {
  it('finds nothing in records without placeholders', () => {
    expect(placeholderIssues(dataset())).toEqual([]);
  });

  it('names the record and field of a TODO that pnpm ingest left, and what to write there', () => {
    const issues = placeholderIssues(
      dataset({ sources: [at(draft, 'source', { ...testSource, publisher: 'TODO: publisher' })] }),
    );
    expect(issues).toEqual([
      {
        file: draft,
        record: 'source "portal-2024" (source)',
        field: 'publisher',
        message:
          '"TODO: publisher" is a placeholder left for a curator, not data: write publisher (who published the article) in its place',
      },
    ]);
  });

  it('looks in every kind of record and in nested text such as a bilingual name', () => {
    const issues = placeholderIssues(
      dataset({
        entities: [
          at('entities.yaml', 'entities[0]', {
            id: 'binh-duong',
            name: { en: 'TODO', vi: 'Bình Dương' },
            kind: 'province',
            country: 'VN',
          }),
        ],
        indicators: [at('indicators.yaml', 'indicators[0]', { ...testIndicator, description: { en: 'FIXME', vi: 'x' } })],
        observations: [at(draft, 'observations[0]', testObservation({ note: 'TODO: check the period against the table' }))],
        events: [at(draft, 'events[0]', testEvent('lakeside', '2024-01-23', { name: 'TODO: the name' }))],
      }),
    );
    expect(issues.map((i) => `${i.record} ${i.field}`)).toEqual([
      'entity "binh-duong" (entities[0]) name.en',
      'indicator "partner_localities" (indicators[0]) description.en',
      'observation "partner-localities-2024" (observations[0]) note',
      'event "lakeside" (events[0]) name',
    ]);
    expect(issues[2]?.message).toContain('write check the period against the table (the note, or remove the field)');
  });

  it('leaves "todo" in ordinary words alone: only the upper-case word of its own is a placeholder', () => {
    const words = testObservation({ note: 'Todo el año; a TODOS list; mastodon' });
    expect(placeholderIssues(dataset({ observations: [at(draft, 'observations[0]', words)] }))).toEqual([]);
  });
});
