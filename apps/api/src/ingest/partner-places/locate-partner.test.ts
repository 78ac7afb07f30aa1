import { describe, expect, it } from 'vitest';
import { locatePartner, placeNameKey, type ReferencePlace } from './locate-partner.ts';

// A made-up country: the places' names matter here, not where they are.
const at = (kind: ReferencePlace['kind'], name: string, subdivision: string, native?: string): ReferencePlace => ({
  kind,
  name,
  native,
  subdivision,
  latitude: 0,
  longitude: 0,
});
const reference = [
  at('subdivision', 'Yamaguchi', 'XX-35'),
  at('city', 'Yamaguchi Shi', 'XX-35'),
  at('subdivision', 'Emilia-Romagna', 'XX-45'),
  at('subdivision', 'Reggio Emilia', 'XX-RE'),
  at('subdivision', 'East Flanders', 'XX-VOV', 'Oost-Vlaanderen'),
  at('subdivision', 'Guangdong', 'XX-GD'),
  at('city', 'Guangzhou', 'XX-GD'),
  at('city', 'Guangzhou Shi', 'XX-GD'),
  at('subdivision', 'Daejeon', 'XX-30'),
  at('city', 'Daejeon', 'XX-30'),
  at('subdivision', 'Champasak', 'XX-CH'),
  at('city', 'Feldberg', 'XX-BW'),
  at('city', 'Heidelberg', 'XX-BW'),
];
const found = (name: string) => {
  const located = locatePartner(name, reference);
  return 'reason' in located ? located : [located.kind, located.name, located.match];
};

describe('placeNameKey', () => {
  it('compares names without case, accents, punctuation or the words that say their kind', () => {
    expect(placeNameKey('Emilia - Romagna Region')).toBe('emiliaromagna');
    expect(placeNameKey('Kratié Province')).toBe('kratie');
    expect(placeNameKey('Provincie Gelderland')).toBe('gelderland');
  });
});

describe('locatePartner', () => {
  it('finds the name as the article writes it, in the kind of place the name says first', () => {
    expect(found('Yamaguchi Province')).toEqual(['subdivision', 'Yamaguchi', 'name']);
    expect(found('Emilia - Romagna Region')).toEqual(['subdivision', 'Emilia-Romagna', 'name']);
    expect(found('Daejeon City')).toEqual(['city', 'Daejeon', 'name']);
    expect(found('Oost-Vlaanderen')).toEqual(['subdivision', 'East Flanders', 'name']);
  });

  it('prefers the place called just that to one whose name carries a kind word', () => {
    expect(found('Guangzhou City')).toEqual(['city', 'Guangzhou', 'name']);
  });

  it('takes the nearest spelling when the article misspells or shortens a name, and says so', () => {
    expect(found('Deajeon City')).toEqual(['city', 'Daejeon', 'spelling']);
    expect(found('Champa Province')).toEqual(['subdivision', 'Champasak', 'spelling']);
  });

  it('guesses nothing: two places as near are a failure, and so is a name with none near', () => {
    expect(found('Heldeberg')).toEqual({ reason: 'ambiguous', candidates: ['Feldberg', 'Heidelberg'] });
    expect(found('Atlantis')).toEqual({ reason: 'not-found' });
    expect(found('Province')).toEqual({ reason: 'not-found' });
  });
});
