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
