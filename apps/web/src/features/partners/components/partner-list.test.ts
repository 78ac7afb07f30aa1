import { describe, expect, it } from 'vitest';
import { partnerEvent, sources } from '../../../test-fixtures.ts';
import { partnersByCountry, partnersOf } from './partner-list.ts';

describe('partnersOf', () => {
  const events = [
    partnerEvent('gelderland-again', 'Provincie Gelderland', 'NL', 'portal-2024-01-24'),
    partnerEvent('gelderland', 'Provincie  Gelderland', 'NL', 'nl-2021-embassy'),
    partnerEvent('kratie', 'Kratie Province', 'KH', 'portal-2020-06-26'),
    partnerEvent('emmen', 'Emmen', 'NL', 'portal-2020-06-26'),
    { ...partnerEvent('henan', 'Henan', 'CN', 'portal-2024-01-24'), type: 'agreement' as const },
  ];

  it('names each partner once, from the article that names it first, oldest article first', () => {
    const partners = partnersOf(events, sources);
    expect(partners.map((p) => [p.event.id, p.source?.id])).toEqual([
      ['emmen', 'portal-2020-06-26'],
      ['kratie', 'portal-2020-06-26'],
      ['gelderland', 'nl-2021-embassy'],
    ]);
    expect(partnersByCountry(partners)).toEqual(
      new Map([
        ['NL', 2],
        ['KH', 1],
      ]),
    );
  });

  it('keeps to one place when asked', () => {
    const elsewhere = [...events, partnerEvent('far', 'Far away', 'JP', 'portal-2020-06-26', { entity: 'thu-dau-mot' })];
    expect(partnersOf(elsewhere, sources, 'thu-dau-mot').map((p) => p.event.id)).toEqual(['far']);
  });
});
