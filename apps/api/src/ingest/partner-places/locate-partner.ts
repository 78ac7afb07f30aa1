import { distance } from 'fastest-levenshtein';

/** A place of the reference geography: a province, state or region of a country, or one of its cities. */
export interface ReferencePlace {
  kind: 'subdivision' | 'city';
  name: string;
  /** The name in the country's own language, where the reference gives one. */
  native?: string | null | undefined;
  /** ISO 3166-2 code of the subdivision: the place itself, or the one a city lies in. */
  subdivision: string;
  /** That subdivision's name, for a city. */
  subdivisionName?: string | undefined;
  latitude: number;
  longitude: number;
}

/** Where a partner locality is, as the reference geography gives it. */
export interface LocatedPlace extends ReferencePlace {
  /** `name`: the article's name is the reference's; `spelling`: the reference's nearest spelling of it. */
  match: 'name' | 'spelling';
}

/** Why no place was found: none near the article's name, or several equally near. */
export type LocateFailure = { reason: 'not-found' } | { reason: 'ambiguous'; candidates: string[] };

/** Words that say what kind of place a name is ("Kratie Province", "Guangzhou City"), in the articles' languages. */
const SUBDIVISION_WORDS = new Set(['province', 'provincie', 'provinz', 'state', 'region', 'regione', 'prefecture', 'oblast']);
const CITY_WORDS = new Set(['city', 'cities', 'stad', 'stadt', 'shi', 'municipality']);

function words(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A name without case, accents, punctuation or the words that say its kind: "Emilia - Romagna Region" → "emiliaromagna". */
export function placeNameKey(name: string): string {
  return words(name)
    .filter((w) => !SUBDIVISION_WORDS.has(w) && !CITY_WORDS.has(w))
    .join('');
}

/** The kinds of place to try first: a "… Province" is a subdivision, a "… City" a city; a bare name, either. */
function kindsFor(name: string): ReferencePlace['kind'][] {
  const said = words(name);
  if (said.some((w) => CITY_WORDS.has(w))) return ['city', 'subdivision'];
  return ['subdivision', 'city'];
}

/** How far a misspelling may be from the reference's name: one letter in short names, two in longer ones. */
function spellingAllowance(key: string): number {
  return Math.min(2, Math.floor(key.length / 3));
}

interface Scored {
  place: ReferencePlace;
  /** 0 where the place's own name is the key; more where it carries kind words ("Guangzhou Shi"). */
  extra: number;
  distance: number;
}

function scoreName(key: string, placeName: string, spelling: boolean): Omit<Scored, 'place'> | undefined {
  const candidate = placeNameKey(placeName);
  if (candidate === '') return undefined;
  const extra = words(placeName).join('').length - candidate.length;
  if (candidate === key) return { extra, distance: 0 };
  if (!spelling) return undefined;
  const apart = distance(key, candidate);
  if (apart <= spellingAllowance(key)) return { extra, distance: apart };
  // A name the article shortens ("Champa" for Champasak): the start of the reference's name, of five letters or more.
  if (key.length >= 5 && candidate.startsWith(key)) return { extra, distance: candidate.length - key.length };
  return undefined;
}

function bestOf(key: string, places: readonly ReferencePlace[], spelling: boolean): Scored[] {
  const scored: Scored[] = [];
  for (const place of places) {
    const scores = [place.name, place.native ?? '']
      .map((n) => scoreName(key, n, spelling))
      .filter((s): s is Omit<Scored, 'place'> => s !== undefined)
      .sort((a, b) => a.distance - b.distance || a.extra - b.extra);
    if (scores[0]) scored.push({ place, ...scores[0] });
  }
  const order = (s: Scored) => s.distance * 100 + s.extra;
  const least = Math.min(...scored.map(order));
  return scored.filter((s) => order(s) === least);
}

/**
 * The place in `reference` (one country's subdivisions and cities) a partner locality's name, as the article writes
 * it, stands for. Names are compared without case, accents, punctuation or kind words; the exact name first, in the
 * kind the name says before the other, then the nearest spelling. Two places equally near are a failure, not a guess.
 */
export function locatePartner(name: string, reference: readonly ReferencePlace[]): LocatedPlace | LocateFailure {
  const key = placeNameKey(name);
  if (key === '') return { reason: 'not-found' };
  for (const spelling of [false, true]) {
    for (const kind of kindsFor(name)) {
      const best = bestOf(
        key,
        reference.filter((p) => p.kind === kind),
        spelling,
      );
      const [only] = best;
      if (best.length > 1) return { reason: 'ambiguous', candidates: best.map((s) => s.place.name) };
      if (only) return { ...only.place, match: only.distance === 0 ? 'name' : 'spelling' };
    }
  }
  return { reason: 'not-found' };
}
