import { describe, expect, it } from 'vitest';
import { localeSchema } from './schemas/common.ts';
import { csvLanguageSchema } from './schemas/csv-query.ts';
import { csvOptionsSchema } from './schemas/query.ts';
import { staticApiPath } from './static-paths.ts';

describe('staticApiPath', () => {
  it.each([
    ['/api/indicators', '/api/indicators.json'],
    ['/api/indicators/partner_localities', '/api/indicators/partner_localities.json'],
    ['/api/indicators/partner_localities?entity=binh-duong', '/api/indicators/partner_localities/entity=binh-duong.json'],
    ['/api/observations?entity=binh-duong', '/api/observations/entity=binh-duong.json'],
    ['/api/events?type=award', '/api/events/type=award.json'],
    ['/api/datapackage.json', '/api/datapackage.json'],
    ['/api/docs.css', '/api/docs.css'],
  ])('keeps %s at %s', (url, path) => {
    expect(staticApiPath(url)).toBe(path);
  });

  it('gives the same file to the same question asked in another order', () => {
    expect(staticApiPath('/api/observations?entity=a&indicator=x')).toBe(staticApiPath('/api/observations?indicator=x&entity=a'));
    expect(staticApiPath('/api/observations.csv?bom=1&indicator=x')).toBe(
      staticApiPath('/api/observations.csv?indicator=x&bom=1'),
    );
  });
});

describe('staticApiPath of a CSV download', () => {
  it.each([
    ['/api/observations.csv', '/api/observations.csv'],
    ['/api/observations.csv?bom=1', '/api/observations.excel.csv'],
    ['/api/observations.csv?lang=vi', '/api/observations.vi.csv'],
    ['/api/observations.csv?bom=1&lang=vi', '/api/observations.vi.excel.csv'],
    ['/api/observations.csv?indicator=fdi_attracted', '/api/indicators/fdi_attracted.csv'],
    ['/api/observations.csv?indicator=fdi_attracted&bom=true', '/api/indicators/fdi_attracted.excel.csv'],
    ['/api/observations.csv?indicator=fdi_attracted&lang=en&bom=0', '/api/indicators/fdi_attracted.csv'],
    ['/api/observations.csv?indicator=fdi_attracted&entity=thu-dau-mot', '/api/indicators/fdi_attracted/thu-dau-mot.csv'],
    ['/api/observations.csv?entity=thu-dau-mot&lang=vi', '/api/entities/thu-dau-mot.vi.csv'],
    ['/api/events.csv', '/api/events.csv'],
    ['/api/events.csv?bom=1', '/api/events.excel.csv'],
  ])('names %s plainly: %s', (url, path) => {
    expect(staticApiPath(url)).toBe(path);
  });

  it.each([
    ['/api/observations.csv?indicator=fdi_attracted&from=2019', '/api/observations/from=2019&indicator=fdi_attracted.csv'],
    ['/api/observations.csv?indicator=a,b', '/api/observations/indicator=a,b.csv'],
    ['/api/observations.csv?lang=fr', '/api/observations/lang=fr.csv'],
    ['/api/observations.csv?indicator=x&indicator=y', '/api/observations/indicator=x&indicator=y.csv'],
    ['/api/events.csv?type=award', '/api/events/type=award.csv'],
  ])('keeps a question the export has no plain file for (%s) as its query', (url, path) => {
    expect(staticApiPath(url)).toBe(path);
  });
});

describe('the CSV options a plain file name knows', () => {
  it('are the values the CSV query schemas accept, no more and no fewer', () => {
    for (const bom of ['0', '1', 'true', 'false', '2', 'yes']) {
      const accepted = csvOptionsSchema.safeParse({ bom }).success;
      expect(!staticApiPath(`/api/observations.csv?bom=${bom}`).includes('='), `bom=${bom}`).toBe(accepted);
    }
    for (const lang of [...localeSchema.options, 'fr', 'EN']) {
      const accepted = csvLanguageSchema.safeParse({ lang }).success;
      expect(!staticApiPath(`/api/observations.csv?lang=${lang}`).includes('='), `lang=${lang}`).toBe(accepted);
    }
  });
});
