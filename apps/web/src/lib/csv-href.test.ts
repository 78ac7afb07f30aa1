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
});

describe('csvHref on the static site', () => {
  it('points at the exported file of the whole indicator, whatever the years shown', () => {
    expect(csvHref({}, true)).toBe('/api/observations.csv');
    expect(csvHref({ indicator: 'fdi_attracted', from: '2019', to: '2020', bom: true }, true)).toBe(
      '/api/observations/bom=1&indicator=fdi_attracted.csv',
    );
  });
});
