// Longer than most files on purpose: one case per way a curator can get a data file wrong, each asserting the whole
// issue it is reported as, so that docs/reliability.md can point at each by name.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DataIssue, formatDataIssue } from '@bd/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixtureData, type DataCopy, FIXTURE_DATA_DIR } from '../test-fixtures/fixture-data.ts';
import { snapshotStore } from './dataset-snapshot.ts';
import { loadDataset } from './load-dataset.ts';

const PORTAL = 'sources/portal-2020-06-26-fdi.yaml';
const BAOMOI = 'sources/baomoi-2024-01-24-partners.yaml';

let data: DataCopy;
beforeEach(() => {
  data = copyFixtureData();
});
afterEach(() => data.dispose());

async function issuesOf(dir: string): Promise<DataIssue[]> {
  const result = await loadDataset(dir);
  if (result.ok) throw new Error('expected the data to be invalid');
  return result.issues;
}

/** The data has exactly this one issue, and its printed line names the file, the record and the field. */
async function expectOnlyIssue(dir: string, expected: DataIssue) {
  const issues = await issuesOf(dir);
  expect(issues).toEqual([expected]);
  const line = formatDataIssue(issues[0]!);
  expect(line.startsWith(`${expected.file}: ${issues[0]!.record}, field "${expected.field}": `)).toBe(true);
}

describe('loadDataset on valid data', () => {
  it('reads every record, fills in the source of each observation and event, and versions the files', async () => {
    const result = await loadDataset(FIXTURE_DATA_DIR);
    if (!result.ok) throw new Error(result.issues.map(formatDataIssue).join('\n'));
    const { dataset, version } = result;
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(dataset.entities.map((e) => e.id)).toEqual(['binh-duong', 'thu-dau-mot']);
    expect(dataset.indicators.map((i) => i.id)).toEqual(['partner_localities', 'fdi_registered', 'fdi_attracted']);
    expect(dataset.sources.map((s) => s.id)).toEqual(['baomoi-2024-01-24-partners', 'portal-2020-06-26-fdi']);
    expect(dataset.observations).toHaveLength(5);
    expect(dataset.events).toHaveLength(3);
    expect(dataset.observations.find((o) => o.id === 'partners-2024-01')?.source).toBe('baomoi-2024-01-24-partners');
    expect(dataset.events.find((e) => e.id === 'conference-2020-06')?.source).toBe('portal-2020-06-26-fdi');
    expect(dataset.indicators.find((i) => i.id === 'fdi_registered')?.headline).toBe(false);
  });

  it('gives the same version to the same files, and another when any file changes', async () => {
    const versionOf = async (dir: string) => {
      const result = await loadDataset(dir);
      return result.ok ? result.version : undefined;
    };
    const before = await versionOf(data.dir);
    expect(before).toBeDefined();
    expect(await versionOf(FIXTURE_DATA_DIR)).toBe(before);
    data.replace(PORTAL, 'Investment promotion conference', 'Investment conference');
    const after = await versionOf(data.dir);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
  });

  it('accepts a source a record names when it is the file’s own', async () => {
    data.replace(BAOMOI, '    value: 58\n', '    value: 58\n    source: baomoi-2024-01-24-partners\n');
    expect((await loadDataset(data.dir)).ok).toBe(true);
  });
});

describe('loadDataset on invalid data names file, record, field and what was expected', () => {
  it('reports a missing data folder', async () => {
    const issues = await issuesOf(`${data.dir}/nowhere`);
    expect(issues).toEqual([expect.objectContaining({ message: expect.stringContaining('the data folder does not exist') })]);
  });

  it('reports missing files and a missing sources folder', async () => {
    data.remove('entities.yaml');
    data.remove('sources');
    const issues = await issuesOf(data.dir);
    expect(issues).toEqual([
      { file: 'sources/', record: 'whole file', field: '', message: expect.stringContaining('the folder is missing') },
      { file: 'entities.yaml', record: 'whole file', field: '', message: 'the file is missing' },
    ]);
  });

  it('reports malformed YAML with its line, and no echo of the references it would have defined', async () => {
    data.write('entities.yaml', '- id: binh-duong\n  name: [unclosed\n');
    const issues = await issuesOf(data.dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: 'entities.yaml',
      record: expect.stringMatching(/^line \d+, column \d+$/),
      field: '',
    });
    expect(issues[0]?.message).toMatch(/^not valid YAML: /);
  });

  it('reports a duplicate key as malformed YAML', async () => {
    data.replace(PORTAL, '    qualifier: nearly\n', '    qualifier: nearly\n    qualifier: about\n');
    expect(await issuesOf(data.dir)).toEqual([
      expect.objectContaining({ file: PORTAL, message: expect.stringContaining('unique') }),
    ]);
  });

  it('reports a list file that is not a list', async () => {
    data.write('indicators.yaml', 'id: partner_localities\n');
    const issues = await issuesOf(data.dir);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'indicators.yaml',
        message: expect.stringContaining('expected a YAML list of indicators'),
      }),
    ]);
  });

  it('reports a wrong type and an unknown field with the line of the value', async () => {
    data.replace(PORTAL, 'value: 35000000000', 'value: "35 billion"\n    colour: red');
    expect(await issuesOf(data.dir)).toEqual([
      {
        file: PORTAL,
        record: 'observations[0] "fdi-registered-2020-06" (line 14)',
        field: 'value',
        message: 'expected a number in base units, e.g. 42400000000 for 42.4 billion',
      },
      {
        file: PORTAL,
        record: 'observations[0] "fdi-registered-2020-06" (line 15)',
        field: 'colour',
        message: expect.stringMatching(/^unknown field: expected one of id, indicator, entity/),
      },
    ]);
  });

  it('reports a missing required field', async () => {
    data.replace('entities.yaml', '  country: VN\n', '');
    expect(await issuesOf(data.dir)).toEqual([
      expect.objectContaining({
        file: 'entities.yaml',
        record: expect.stringMatching(/^entities\[0\] "binh-duong"/),
        field: 'country',
        message: expect.stringMatching(/^missing: /),
      }),
    ]);
  });

  it('reports a nested field by its path', async () => {
    data.replace('indicators.yaml', 'vi: Địa phương kết nghĩa', 'vi: ""');
    expect(await issuesOf(data.dir)).toEqual([
      expect.objectContaining({
        file: 'indicators.yaml',
        record: 'indicators[0] "partner_localities" (line 2)',
        field: 'name.vi',
        message: 'Vietnamese text must not be empty',
      }),
    ]);
  });

  it('reports an unknown reference once, at the record that makes it', async () => {
    data.replace(BAOMOI, 'entity: thu-dau-mot', 'entity: ho-chi-minh');
    data.replace(BAOMOI, 'indicator: partner_localities', 'indicator: partner_cities');
    const issues = await issuesOf(data.dir);
    expect(issues.map((i) => [i.file, i.record, i.field])).toEqual([
      [BAOMOI, 'observations[0] "partners-2024-01"', 'indicator'],
      [BAOMOI, 'observations[2] "partners-tdm-2024-01"', 'entity'],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'unknown indicator "partner_cities": add it to indicators.yaml or correct the id',
      'unknown entity "ho-chi-minh": add it to entities.yaml or correct the id',
    ]);
  });

  it('does not echo references to a record that failed its own schema', async () => {
    data.replace('entities.yaml', '  country: VN\n', '  country: ""\n');
    const issues = await issuesOf(data.dir);
    expect(issues.map((i) => i.field)).toEqual(['country']);
  });

  it('reports a duplicate id across files at its second use, naming the first', async () => {
    data.replace(BAOMOI, 'id: award-2023', 'id: conference-2020-06');
    await expectOnlyIssue(data.dir, {
      file: PORTAL,
      record: 'event "conference-2020-06" (events[0])',
      field: 'id',
      message: `duplicate id: already used by events[1] in ${BAOMOI}; give each event its own id`,
    });
  });

  it('reports a period that ends before it starts', async () => {
    data.replace(PORTAL, 'period_end: 2020-06-30', 'period_end: 2019-12-31');
    await expectOnlyIssue(data.dir, {
      file: PORTAL,
      record: 'observations[1] "fdi-attracted-2020-h1" (line 22)',
      field: 'period_end',
      message: 'period_end must not be before period_start',
    });
  });

  it('reports empty evidence', async () => {
    data.replace(PORTAL, 'evidence: nearly USD 35 billion', 'evidence: "  "');
    await expectOnlyIssue(data.dir, {
      file: PORTAL,
      record: 'observations[0] "fdi-registered-2020-06" (line 17)',
      field: 'evidence',
      message: 'evidence must not be empty: quote the phrase of the article that states the figure',
    });
  });

  it('reports a date that does not exist', async () => {
    data.replace(PORTAL, 'date: 2020-06-25', 'date: 2024-02-30');
    await expectOnlyIssue(data.dir, {
      file: PORTAL,
      record: 'events[0] "conference-2020-06" (line 32)',
      field: 'date',
      message: '2024-02-30 is not a date that exists',
    });
  });

  it('reports a stated value its evidence does not write', async () => {
    data.replace(BAOMOI, 'value: 58', 'value: 59');
    await expectOnlyIssue(data.dir, {
      file: BAOMOI,
      record: 'observations[0] "partners-2024-01"',
      field: 'evidence',
      message:
        'a stated value must be written in its evidence: "quan hệ với 58 địa phương" does not contain 59 as the article\'s language (vi) writes numbers; quote the phrase with the number (or, for a count of the items the article names, set method: derived)',
    });
  });

  it('reports a reference to a source that is not the file’s article', async () => {
    data.replace(BAOMOI, '    value: 58\n', '    value: 58\n    source: vnexpress-2024-01-01\n');
    await expectOnlyIssue(data.dir, {
      file: BAOMOI,
      record: 'observations[0] "partners-2024-01" (line 14)',
      field: 'source',
      message: expect.stringContaining('the record cites "vnexpress-2024-01-01": remove the source field'),
    });
  });

  it('reports an unknown entity in an event', async () => {
    data.replace(PORTAL, '    type: conference\n    entity: binh-duong', '    type: conference\n    entity: hanoi');
    await expectOnlyIssue(data.dir, {
      file: PORTAL,
      record: 'events[0] "conference-2020-06"',
      field: 'entity',
      message: 'unknown entity "hanoi": add it to entities.yaml or correct the id',
    });
  });

  it('reports a stock whose period is not a single day', async () => {
    data.replace(PORTAL, 'period_start: 2020-06-23', 'period_start: 2020-01-01');
    expect(await issuesOf(data.dir)).toEqual([
      expect.objectContaining({ field: 'period_start', message: expect.stringContaining('is a stock') }),
    ]);
  });

  it('reports a record in a source file that cites another source', async () => {
    data.replace(BAOMOI, '    value: 58\n', '    value: 58\n    source: portal-2020-06-26-fdi\n');
    expect(await issuesOf(data.dir)).toEqual([
      expect.objectContaining({
        file: BAOMOI,
        record: expect.stringMatching(/^observations\[0\] "partners-2024-01"/),
        field: 'source',
        message: expect.stringContaining('this file is the article "baomoi-2024-01-24-partners"'),
      }),
    ]);
  });

  it('reports an invalid source record once, without echoing its observations', async () => {
    data.replace(BAOMOI, 'published: 2024-01-24', 'published: 24/01/2024');
    expect(await issuesOf(data.dir)).toEqual([
      expect.objectContaining({
        file: BAOMOI,
        record: 'source "baomoi-2024-01-24-partners" (line 5)',
        field: 'published',
        message: 'expected a date written YYYY-MM-DD',
      }),
    ]);
  });

  it('reports an empty source file, an unknown top-level key and a .yml file', async () => {
    data.write('sources/empty.yaml', '');
    data.write('sources/extra.yaml', 'source: {}\nobservation: []\n');
    data.write('sources/other.yml', 'source: {}\n');
    const issues = await issuesOf(data.dir);
    expect(issues.map((i) => `${i.file}|${i.field}`)).toEqual([
      'sources/other.yml|',
      'sources/empty.yaml|',
      'sources/extra.yaml|observation',
    ]);
  });
});

describe('loadDataset with a snapshot store', () => {
  let snapshots: string;
  beforeEach(() => {
    snapshots = mkdtempSync(path.join(os.tmpdir(), 'bd-snapshots-'));
  });
  afterEach(() => rmSync(snapshots, { recursive: true, force: true }));

  it('checks data it has not seen and keeps it; unchanged data is then read from the snapshot, the same records', async () => {
    const store = snapshotStore(snapshots);
    const first = await loadDataset(data.dir, { snapshots: store });
    if (!first.ok || first.snapshot?.read !== false) throw new Error('expected the first load to check every file');
    expect(first.snapshot.reason).toBe('no snapshot of this data version');
    expect(await first.snapshot.saved).toMatchObject({ ok: true });

    const second = await loadDataset(data.dir, { snapshots: store });
    if (!second.ok) throw new Error('expected the data to load');
    expect(second.snapshot).toEqual({ read: true });
    expect(second.version).toBe(first.version);
    expect(JSON.stringify(second.dataset)).toBe(JSON.stringify(first.dataset));
    expect((await loadDataset(data.dir)).ok && JSON.stringify(second.dataset)).toBe(JSON.stringify(first.dataset));
  });

  it('checks any file edited since, and keeps no snapshot of data that fails', async () => {
    const store = snapshotStore(snapshots);
    const first = await loadDataset(data.dir, { snapshots: store });
    if (first.ok && first.snapshot?.read === false) await first.snapshot.saved;
    data.replace(BAOMOI, 'value: 58', 'value: 59');
    const edited = await loadDataset(data.dir, { snapshots: store });
    expect(edited.ok).toBe(false);
    expect(edited.ok ? [] : edited.issues.map((issue) => issue.field)).toEqual(['evidence']);
    expect(readdirSync(snapshots)).toHaveLength(1);

    data.replace(BAOMOI, 'value: 59', 'value: 58');
    const restored = await loadDataset(data.dir, { snapshots: store });
    expect(restored.ok && restored.snapshot).toEqual({ read: true });
  });

  it('checks every file when a data file cannot be read, reporting it as without a store', async () => {
    const store = snapshotStore(snapshots);
    data.remove('indicators.yaml');
    const withStore = await loadDataset(data.dir, { snapshots: store });
    expect(withStore).toEqual(await loadDataset(data.dir));
    expect(readdirSync(snapshots)).toHaveLength(0);
  });
});
