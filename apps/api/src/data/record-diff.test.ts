import type { LocatedDataset } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { changeReport, changeSummary, datasetRecords, diffRecords, isUnchanged, recordIndex } from './record-diff.ts';

const source = (id: string) => ({ id, title: id, publisher: 'P', published: '2024-01-24', language: 'en' });
const observation = (id: string, value: number, evidence = `${value} projects`) => ({
  id,
  indicator: 'fdi_projects',
  entity: 'binh-duong',
  period_start: '2024-01-23',
  period_end: '2024-01-23',
  value,
  qualifier: 'exact',
  method: 'stated',
  source: 'portal-2024',
  evidence,
});
const event = (id: string) => ({
  id,
  type: 'partner_locality',
  entity: 'binh-duong',
  date: '2024-01-23',
  name: id,
  source: 'portal-2024',
});

function located(parts: Partial<Record<keyof LocatedDataset, { file: string; value: object }[]>>): LocatedDataset {
  const at = (list: { file: string; value: object }[] = []) => list.map((r, i) => ({ ...r, position: `[${i}]` }));
  return {
    entities: at(parts.entities),
    indicators: at(parts.indicators),
    sources: at(parts.sources),
    observations: at(parts.observations),
    events: at(parts.events),
  } as unknown as LocatedDataset;
}

const FILE = 'sources/portal-2024.yaml';
const before = recordIndex(
  located({
    sources: [{ file: FILE, value: source('portal-2024') }],
    observations: [
      { file: FILE, value: observation('fdi-projects', 4400) },
      { file: FILE, value: observation('fdi-kept', 3) },
    ],
    events: [
      { file: FILE, value: event('partner-kratie') },
      { file: FILE, value: event('partner-champa') },
    ],
  }),
);

describe('diffRecords', () => {
  it('finds nothing between the same records read twice, whichever objects hold them', () => {
    const again = recordIndex(
      located({
        sources: [{ file: FILE, value: source('portal-2024') }],
        observations: [
          { file: FILE, value: { ...observation('fdi-kept', 3) } },
          { file: FILE, value: observation('fdi-projects', 4400) },
        ],
        events: [
          { file: FILE, value: event('partner-champa') },
          { file: FILE, value: event('partner-kratie') },
        ],
      }),
    );
    expect(isUnchanged(diffRecords(before, again))).toBe(true);
  });

  it('lists what was added, removed and changed, field by field, with the file of each', () => {
    const after = recordIndex(
      located({
        sources: [{ file: FILE, value: source('portal-2024') }],
        observations: [
          { file: FILE, value: { ...observation('fdi-projects', 4400, 'more than 4,400 projects'), note: 'Rounded.' } },
          { file: FILE, value: observation('fdi-kept', 3) },
        ],
        events: [{ file: 'sources/other.yaml', value: event('partner-champa') }],
        entities: [{ file: 'entities.yaml', value: { id: 'thu-dau-mot', name: 'Thu Dau Mot' } }],
      }),
    );
    const change = diffRecords(before, after);
    expect(change.added).toEqual([{ kind: 'entity', id: 'thu-dau-mot', file: 'entities.yaml' }]);
    expect(change.removed).toEqual([{ kind: 'event', id: 'partner-kratie', file: FILE }]);
    expect(change.changed).toEqual([
      { kind: 'event', id: 'partner-champa', file: 'sources/other.yaml', movedFrom: FILE, fields: [] },
      {
        kind: 'observation',
        id: 'fdi-projects',
        file: FILE,
        fields: [
          { field: 'evidence', before: '4400 projects', after: 'more than 4,400 projects' },
          { field: 'note', before: undefined, after: 'Rounded.' },
        ],
      },
    ]);
    expect(changeSummary(change)).toBe('4 records (1 added, 1 removed, 2 changed) in 3 files');
    expect(changeReport(change)).toEqual([
      'entities.yaml: 1 entity added (thu-dau-mot)',
      'sources/other.yaml: event partner-champa changed: moved from sources/portal-2024.yaml',
      `${FILE}: 1 event removed (partner-kratie); observation fdi-projects changed: evidence "4400 projects" → "more than 4,400 projects", note (not set) → "Rounded."`,
    ]);
  });

  it('shows a long text cut short from a little before where it ends', () => {
    const long = 'Binh Duong is currently an official member of the World Technopolis Association (WTA)';
    const after = recordIndex(located({ observations: [{ file: FILE, value: observation('fdi-kept', 3, long.slice(0, 60)) }] }));
    const from = recordIndex(located({ observations: [{ file: FILE, value: observation('fdi-kept', 3, long) }] }));
    const [line] = changeReport(diffRecords(from, after));
    expect(line).toBe(
      `${FILE}: observation fdi-kept changed: evidence …"er of the World Technopolis Association (WTA)" → …"er of the World Tech"`,
    );
  });

  it('names every id, or as many as asked and how many more', () => {
    const none = recordIndex(located({}));
    const change = diffRecords(before, none);
    expect(changeReport(change)[0]).toBe(
      `${FILE}: 1 source removed (portal-2024); 2 observations removed (fdi-kept, fdi-projects); 2 events removed (partner-champa, partner-kratie)`,
    );
    expect(changeReport(change, { ids: 1 })[0]).toContain('2 events removed (partner-champa and 1 more)');
    expect(changeSummary({ added: [], removed: [], changed: [] })).toBe('no record changed');
  });

  it('places the records of a checked dataset in the files they were read from', () => {
    const dataset = {
      entities: [{ id: 'binh-duong' }],
      indicators: [{ id: 'fdi_projects' }],
      sources: [source('portal-2024')],
      observations: [observation('fdi-kept', 3)],
      events: [event('partner-kratie')],
    } as never;
    const index = datasetRecords(dataset, new Map([['portal-2024', 'sources/portal.yaml']]));
    expect([...index.values()].map((r) => `${r.kind} ${r.id} ${r.file}`)).toEqual([
      'entity binh-duong entities.yaml',
      'indicator fdi_projects indicators.yaml',
      'source portal-2024 sources/portal.yaml',
      'observation fdi-kept sources/portal.yaml',
      'event partner-kratie sources/portal.yaml',
    ]);
    expect(datasetRecords(dataset).get('event:partner-kratie')?.file).toBe('sources/portal-2024.yaml');
  });
});
