import { formatDataIssue } from '@bd/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { readConfig } from '../config.ts';
import { loadDataset } from '../data/load-dataset.ts';
import { type DataPackage, dataPackageProblems } from '../test-fixtures/data-package-check.ts';
import { fixtureApp } from '../test-fixtures/fixture-app.ts';

type App = Awaited<ReturnType<typeof fixtureApp>>['app'];

/** The package the app serves and its resources, each read from where the package says it is. */
async function servedPackage(app: App) {
  const pkg = (await (await app.request('/api/datapackage.json')).json()) as DataPackage;
  const read = async (path: string) => {
    const res = await app.request(new URL(path, 'http://localhost/api/datapackage.json').pathname);
    expect([path, res.status]).toEqual([path, 200]);
    return res.text();
  };
  return { pkg, read };
}

async function realDataApp(): Promise<App> {
  const loaded = await loadDataset(readConfig({}).dataDir);
  if (!loaded.ok) throw new Error(loaded.issues.map(formatDataIssue).join('\n'));
  return createApp(loaded, { webDist: readConfig({}).dataDir });
}

describe('the served data package', () => {
  it.each([
    ['the fixture data', async () => (await fixtureApp()).app],
    ['the data in data/', realDataApp],
  ])('is valid on %s: every file casts under its schema, primary keys unique, foreign keys resolving', async (_, appOf) => {
    const { pkg, read } = await servedPackage(await appOf());
    expect(await dataPackageProblems(pkg, read)).toEqual([]);
  });

  it('would name a duplicate key, a dangling foreign key, a cell of the wrong type and an unknown value', async () => {
    const { pkg, read } = await servedPackage(await realDataApp());
    const tampered = async (path: string) => {
      const text = await read(path);
      if (path !== 'entity-changes.csv') return text;
      const [header, first] = text.split('\r\n');
      const [entity, successor, , how, event] = first!.split(',');
      return [
        header,
        first,
        first,
        `${entity},nowhere,2025-13-01,${how},${event}`,
        `${entity},${successor}x,2025-07-01,moved,nope`,
        '',
      ].join('\r\n');
    };
    const problems = await dataPackageProblems(pkg, tampered);
    expect(problems).toEqual([
      'entity-changes.csv row 4, column date: "2025-13-01" is not a date (YYYY-MM-DD)',
      'entity-changes.csv row 5, column how: "moved" is not one of merged_into, split_into, renamed',
      expect.stringMatching(/^entity-changes\.csv row 3: primary key \[.*\] is not unique$/),
      'entity-changes.csv row 4: successor ["nowhere"] is not in entities.id',
      'entity-changes.csv row 5: successor ["ho-chi-minh-cityx"] is not in entities.id',
      'entity-changes.csv row 5: event ["nope"] is not in events.event_id',
    ]);
  });
});
