import { describe, expect, it } from 'vitest';
import { staticApiPath } from './static-paths.ts';

describe('staticApiPath', () => {
  it.each([
    ['/api/indicators', '/api/indicators.json'],
    ['/api/indicators/partner_localities', '/api/indicators/partner_localities.json'],
    ['/api/indicators/partner_localities?entity=binh-duong', '/api/indicators/partner_localities/entity=binh-duong.json'],
    ['/api/observations?entity=binh-duong', '/api/observations/entity=binh-duong.json'],
    ['/api/events?type=award', '/api/events/type=award.json'],
    ['/api/observations.csv', '/api/observations.csv'],
    ['/api/observations.csv?indicator=fdi_attracted&bom=1', '/api/observations/bom=1&indicator=fdi_attracted.csv'],
    ['/api/datapackage.json', '/api/datapackage.json'],
    ['/api/docs.css', '/api/docs.css'],
  ])('keeps %s at %s', (url, path) => {
    expect(staticApiPath(url)).toBe(path);
  });

  it('gives the same file to the same question asked in another order', () => {
    expect(staticApiPath('/api/observations.csv?bom=1&indicator=x')).toBe(
      staticApiPath('/api/observations.csv?indicator=x&bom=1'),
    );
  });
});
