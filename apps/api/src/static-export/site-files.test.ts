import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load-dataset.ts';
import { FIXTURE_DATA_DIR } from '../test-fixtures/fixture-data.ts';
import { type ApiFile, apiFiles } from './site-files.ts';

describe('the API files of the static export', () => {
  let files: ApiFile[];
  beforeAll(async () => {
    const loaded = await loadDataset(FIXTURE_DATA_DIR);
    if (!loaded.ok) throw new Error('fixture data is invalid');
    files = apiFiles(loaded.dataset);
  });

  it('name every CSV plainly, by what it holds', () => {
    const csv = files.filter((f) => f.path.endsWith('.csv'));
    expect(csv.filter((f) => f.path.includes('='))).toEqual([]);
    expect(csv.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        '/api/observations.csv',
        '/api/observations.excel.csv',
        '/api/observations.vi.csv',
        '/api/observations.vi.excel.csv',
        '/api/indicators/fdi_attracted.csv',
        '/api/indicators/fdi_attracted.vi.excel.csv',
        '/api/entities/thu-dau-mot.csv',
        '/api/indicators/fdi_attracted/thu-dau-mot.vi.csv',
        '/api/events.csv',
        '/api/events.excel.csv',
      ]),
    );
  });

  it('write each answer to a file of its own', () => {
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });
});
