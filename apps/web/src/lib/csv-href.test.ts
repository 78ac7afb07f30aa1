import { describe, expect, it } from 'vitest';
import { csvHref } from './csv-href.ts';

describe('csvHref', () => {
  it('asks for everything by default', () => {
    expect(csvHref()).toBe('/api/observations.csv');
  });

  it('narrows to one indicator and a span of years, with a BOM for Excel', () => {
    expect(csvHref({ indicator: 'fdi_attracted', from: '2019', to: '2020', bom: true })).toBe(
      '/api/observations.csv?indicator=fdi_attracted&from=2019&to=2020&bom=1',
    );
  });

  it('asks for Vietnamese names in Vietnamese, and for nothing in English, the default', () => {
    expect(csvHref({ indicator: 'fdi_attracted', bom: true, lang: 'vi' })).toBe(
      '/api/observations.csv?indicator=fdi_attracted&bom=1&lang=vi',
    );
    expect(csvHref({ lang: 'en' })).toBe('/api/observations.csv');
  });
});

describe('csvHref on the static site', () => {
  it('points at the exported file of the whole indicator, by its plain name, whatever the years shown', () => {
    expect(csvHref({}, true)).toBe('/api/observations.csv');
    expect(csvHref({ indicator: 'fdi_attracted', from: '2019', to: '2020' }, true)).toBe('/api/indicators/fdi_attracted.csv');
    expect(csvHref({ indicator: 'fdi_attracted', entity: 'thu-dau-mot', bom: true, lang: 'vi' }, true)).toBe(
      '/api/indicators/fdi_attracted/thu-dau-mot.vi.excel.csv',
    );
  });
});
