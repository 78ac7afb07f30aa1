import type { TextLanguage } from '@bd/core';
import { countryCode } from './countries.ts';
import type { DraftEvent } from './draft-records.ts';
import { slug, uniqueIds } from './record-ids.ts';
import type { TextDate } from './text-dates.ts';
import { paragraphAround, type Span, sentenceAround, sentenceSpans } from './text-spans.ts';

const NAME = "\\p{Lu}[\\p{L}'’.]*(?:(?:\\s+|\\s*-\\s*)\\p{Lu}[\\p{L}'’.]*)*";
const EN_KINDS =
  'Province|Provinces|City|Cities|Region|Regions|State|States|Prefecture|County|province|city|region|state|prefecture';
const PARTNER_PATTERNS: Record<TextLanguage, RegExp> = {
  en: new RegExp(`(?:(${NAME}),\\s+)?(${NAME})\\s+(${EN_KINDS})\\s*\\(([^()]{2,40})\\)`, 'gu'),
  nl: new RegExp(
    `(?<![\\p{L}])(?:de\\s+)?(?:stad|provincie|staat|regio|prefectuur|gemeente)\\s+(${NAME})\\s*\\(([^()]{2,40})\\)`,
    'gu',
  ),
  vi: new RegExp(`(?<![\\p{L}])(?:[tT]ỉnh|[tT]hành phố|[bB]ang|[vV]ùng)\\s+(${NAME})\\s*\\(([^()]{2,40})\\)`, 'gu'),
};
const LETTER_OF_INTENT = /(?:letter of intent|intentieverklaring|thư (?:bày tỏ )?ý định)/giu;
const MEMORANDUM = /(?:memorand\w*|\bMOUs?\b|\bMoU\b|biên bản ghi nhớ)/giu;
const ON_A_FIELD = /^\s*(?:on cooperation|in the field|over samenwerking|op het gebied|về hợp tác|trong lĩnh vực)/iu;

const EVENT_WORDS =
  /(?:conferences|events|forums|summits|meetings|conferenties|evenementen|bijeenkomsten|hội nghị|sự kiện|diễn đàn)/iu;
const LIST_START = /(?:such as|including|zoals|waaronder|như|gồm):?\s+|:\s+/iu;
const ETC = /,?\s*(?:etc|enz|v\.v)\.?/iu;
const CAPITALISED_RUN = '\\p{Lu}[\\p{L}]*(?:\\s+(?:\\(\\p{Lu}+\\)|\\p{Lu}[\\p{L}]*))*';
const NAMED_EVENT = new RegExp(
  `(?:${CAPITALISED_RUN}\\s+)?(?:Summit|Forum|Conference|Meeting|Expo|Fair|Festival|Seminar|Congress|Meet\\s+\\p{Lu}[\\p{L}]*)(?:\\s+\\p{Lu}[\\p{L}]*)*\\s+((?:19|20)\\d{2})(?!\\d)`,
  'gu',
);

/** Dates an event can be given. */
export interface EventDating {
  dates: readonly TextDate[];
  /** The day the article reports on. */
  reference?: string;
}

/** A list of named conferences or events, each ending in its year. */
export interface ConferenceList {
  items: { name: string; year: number }[];
  /** From the start of the sentence to the end of the list. */
  span: Span;
  /** The list ends in "etc.", "enz." or "v.v.": it names only some. */
  etc: boolean;
}

function lastIndexOf(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

type EventDate = Pick<DraftEvent, 'date' | 'date_precision' | 'date_needs_review'>;

/** The year the sentence (or, failing that, the paragraph before it) gives, or else the day reported on. */
function dateOf(text: string, at: Span, dating: EventDating): { date: EventDate; why: string } {
  const sentence = sentenceAround(text, at.start, at.end, false);
  const paragraph = paragraphAround(text, at.start);
  const years = dating.dates.filter((d) => d.kind === 'year');
  const inSentence = years.find((d) => d.start >= sentence.start && d.end <= sentence.end);
  const year = inSentence ?? years.filter((d) => d.start >= paragraph.start && d.end <= sentence.start).at(-1);
  if (year?.year) {
    return {
      date: { date: `${year.year}-01-01`, date_precision: 'year' },
      why: `"${year.text}" ${inSentence ? 'in its sentence' : 'earlier in the paragraph'}`,
    };
  }
  if (dating.reference) {
    return {
      date: { date: dating.reference, date_precision: 'reported' },
      why: `no year given: the day reported, ${dating.reference}`,
    };
  }
  return { date: { date_needs_review: true }, why: 'no date found' };
}

function partnerNames(m: RegExpMatchArray, language: TextLanguage): { names: string[]; country: string | undefined } {
  if (language !== 'en') return { names: [m[1] ?? ''], country: m[2] };
  const kind = m[3] ?? '';
  const plural = /s$/.test(kind);
  const names = plural ? [m[1], m[2]] : [`${m[2]} ${kind}`];
  return { names: names.filter((n): n is string => n !== undefined), country: m[4] };
}

function partnerEvents(text: string, language: TextLanguage, entity: string, dating: EventDating): DraftEvent[] {
  const events: DraftEvent[] = [];
  for (const m of text.matchAll(PARTNER_PATTERNS[language])) {
    const { names, country: countryText } = partnerNames(m, language);
    const country = countryCode(countryText ?? '');
    if (!country) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const sentence = sentenceAround(text, span.start, span.end);
    const before = text.slice(sentence.start, span.start);
    const intent = lastIndexOf(LETTER_OF_INTENT, before);
    const memorandum = lastIndexOf(MEMORANDUM, before);
    const isAgreement = intent > memorandum || ON_A_FIELD.test(text.slice(span.end, sentence.end));
    const agreement = intent > memorandum ? 'letter of intent' : memorandum >= 0 ? 'memorandum of understanding' : undefined;
    const { date, why } = dateOf(text, span, dating);
    for (const name of names) {
      const bare = name.replace(new RegExp(`\\s+(?:${EN_KINDS})$`, 'u'), '');
      events.push({
        id: `${isAgreement ? 'agreement' : 'partner'}-${slug(bare)}`,
        type: isAgreement ? 'agreement' : 'partner_locality',
        entity,
        ...date,
        name: name.trim(),
        country,
        ...(agreement ? { agreement } : {}),
        evidence: m[0].trim(),
        confidence: 'medium',
        reason: `a place named with its country in brackets; date: ${why}${agreement ? `; "${agreement}" before it` : ''}`,
      });
    }
  }
  return events;
}

/** Lists of conferences or events whose items end in a year ("Horasis Asia Meeting 2023, Meet Japan 2023, etc."). */
export function conferenceLists(text: string): ConferenceList[] {
  const lists: ConferenceList[] = [];
  for (const sentence of sentenceSpans(text)) {
    const body = text.slice(sentence.start, sentence.end);
    const listStart = EVENT_WORDS.test(body) ? LIST_START.exec(body) : null;
    if (!listStart) continue;
    const from = sentence.start + listStart.index + listStart[0].length;
    const listText = text.slice(from, sentence.end + 1);
    const etc = ETC.exec(listText);
    const items = (etc ? listText.slice(0, etc.index) : listText)
      .split(/,\s+/)
      .map((part) =>
        part
          .replace(/^(?:and|en|và)\s+/u, '')
          .replace(/[.;]$/, '')
          .trim(),
      )
      .flatMap((name) => {
        const year = /((?:19|20)\d{2})$/.exec(name);
        return year?.[1] && name.split(/\s+/).length >= 2 ? [{ name, year: Number(year[1]) }] : [];
      });
    const end = etc ? from + etc.index + etc[0].length : sentence.end;
    if (items.length > 0) lists.push({ items, span: { start: sentence.start, end }, etc: etc !== null });
  }
  return lists;
}

function conferenceEvents(text: string, entity: string): DraftEvent[] {
  const events: DraftEvent[] = [];
  const add = (name: string, year: number, reason: string) => {
    if (events.some((e) => e.name.includes(name) || name.includes(e.name))) return;
    events.push({
      id: `conference-${slug(name)}`,
      type: 'conference',
      entity,
      date: `${year}-01-01`,
      date_precision: 'year',
      name,
      evidence: name,
      confidence: 'medium',
      reason,
    });
  };
  for (const list of conferenceLists(text)) {
    for (const item of list.items) add(item.name, item.year, 'an item ending in a year, in a list of conferences or events');
  }
  for (const m of text.matchAll(NAMED_EVENT)) add(m[0].trim(), Number(m[1]), 'a capitalised event name ending in a year');
  return events;
}

/** Named partner localities ("Kratie Province (Cambodia)", "de stad Heldeberg (Duitsland)") and conferences with a year. */
export function proposeEvents(text: string, language: TextLanguage, entity: string, dating: EventDating): DraftEvent[] {
  return uniqueIds([...partnerEvents(text, language, entity, dating), ...conferenceEvents(text, entity)]);
}
