import { MAX_EVIDENCE_WORDS } from '@bd/core';
import type { Confidence, DraftObservation, Proposals, ProposeOptions, SkippedFigure } from './draft-records.ts';
import { contextFor, type EvidenceContext, evidenceFor } from './evidence.ts';
import { type Figure, isCountOfPeople, isOriginOfPeople, readFigures } from './figures.ts';
import { guessIndicator } from './guess-indicator.ts';
import { guessPeriod, type PeriodContext, type PeriodGuess } from './guess-period.ts';
import { conferenceLists, proposeEvents } from './propose-events.ts';
import { qualifierBefore } from './qualifiers.ts';
import { slug, uniqueIds } from './record-ids.ts';
import { datelineSpans, readArticleDates, readDates } from './text-dates.ts';
import { isInside, linkSpans, sentenceAround } from './text-spans.ts';

const CONFIDENCE_ORDER: Confidence[] = ['low', 'medium', 'high'];
const HOSTED = /(?:host|organi[sz]|held|georganiseerd|organiseerde|gehouden|tổ chức|đăng cai)/iu;
const CONFERENCES_HOSTED = 'international_conferences_hosted';
const QUARTERS = [
  ['-01-01', '-03-31'],
  ['-04-01', '-06-30'],
  ['-07-01', '-09-30'],
  ['-10-01', '-12-31'],
] as const;

function lower(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_ORDER[Math.min(CONFIDENCE_ORDER.indexOf(a), CONFIDENCE_ORDER.indexOf(b))] ?? 'low';
}

/** `2019`, `2018-2019`, `2020-h1`, `2025-q1`, or the as-of day: the part of an id that says when. */
function periodLabel(period: PeriodGuess): string {
  if (!('period_start' in period)) return 'undated';
  const { period_start: start, period_end: end } = period;
  if (start === end) return start;
  if (start.endsWith('-01-01') && end.endsWith('-12-31'))
    return start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : `${start.slice(0, 4)}-${end.slice(0, 4)}`;
  if (start.endsWith('-01-01') && end.endsWith('-06-30') && start.slice(0, 4) === end.slice(0, 4))
    return `${start.slice(0, 4)}-h1`;
  const quarter = QUARTERS.findIndex(([from, to]) => start.endsWith(from) && end.endsWith(to));
  if (quarter >= 0 && start.slice(0, 4) === end.slice(0, 4)) return `${start.slice(0, 4)}-q${quarter + 1}`;
  return `${start}-${end}`;
}

function periodFields(period: PeriodGuess): Pick<DraftObservation, 'period_start' | 'period_end' | 'period_needs_review'> {
  return 'period_start' in period
    ? { period_start: period.period_start, period_end: period.period_end }
    : { period_needs_review: true };
}

function observationOf(
  text: string,
  figure: Figure,
  options: ProposeOptions,
  ctx: PeriodContext,
  evidence: EvidenceContext,
): DraftObservation | SkippedFigure {
  if (isOriginOfPeople(text, figure))
    return { text: figure.text, index: figure.index, reason: 'the countries people came from, not FDI source countries' };
  const guess = guessIndicator(text, figure, options.language, options.indicators);
  if (!guess.indicator && isCountOfPeople(text, figure))
    return { text: figure.text, index: figure.index, reason: 'a count of people' };
  const kind = options.indicators.find((i) => i.id === guess.indicator)?.kind;
  const period = guessPeriod(ctx, figure.extent, kind);
  const { qualifier, word } = qualifierBefore(text.slice(Math.max(0, figure.index - 40), figure.index), options.language);
  const name = guess.indicator ? slug(guess.indicator.replaceAll('_', '-'), 8) : `figure-${slug(figure.text)}`;
  return {
    id: guess.indicator ? `${name}-${periodLabel(period)}` : name,
    indicator: guess.indicator,
    entity: options.entity ?? 'binh-duong',
    ...periodFields(period),
    value: figure.value,
    unit: figure.unit,
    qualifier,
    method: 'stated',
    evidence: evidenceFor(text, figure.extent, evidence),
    confidence: lower(guess.confidence, period.confidence),
    reason: [guess.reason, `period: ${period.reason}`, ...(word ? [`qualifier: "${word}"`] : [])].join('; '),
    context: contextFor(text, figure.extent),
  };
}

function lastWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  return words.slice(-count).join(' ');
}

/**
 * Counts of the conferences a sentence lists as hosted, where it states no number: "such as A 2023, B 2023,
 * C 2023, etc." is at least 3 (method `derived`, as the curation guide asks).
 */
function derivedConferenceCounts(text: string, stated: DraftObservation[], options: ProposeOptions): DraftObservation[] {
  if (!options.indicators.some((i) => i.id === CONFERENCES_HOSTED)) return [];
  return conferenceLists(text).flatMap((list) => {
    const sentenceText = text.slice(list.span.start, list.span.end);
    if (!HOSTED.test(sentenceText)) return [];
    const sentence = sentenceAround(text, list.span.start, list.span.end);
    const alreadyStated = stated.some(
      (o) => o.indicator === CONFERENCES_HOSTED && text.slice(sentence.start, sentence.end).includes(o.evidence),
    );
    if (alreadyStated) return [];
    const years = list.items.map((i) => i.year);
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const label = first === last ? `${first}` : `${first}-${last}`;
    return [
      {
        id: `${CONFERENCES_HOSTED.replaceAll('_', '-')}-${label}`,
        indicator: CONFERENCES_HOSTED,
        entity: options.entity ?? 'binh-duong',
        period_start: `${first}-01-01`,
        period_end: `${last}-12-31`,
        value: list.items.length,
        unit: 'count',
        qualifier: list.etc ? 'at_least' : 'exact',
        method: 'derived',
        evidence: lastWords(sentenceText, MAX_EVIDENCE_WORDS),
        confidence: 'medium',
        reason: `${CONFERENCES_HOSTED}: the sentence lists ${list.items.length} named events as hosted and states no number${list.etc ? '; the list ends in "etc.", so at least' : ''}; period: the years of the items`,
        context: sentenceText.replace(/\s+/g, ' ').trim(),
      } satisfies DraftObservation,
    ];
  });
}

/**
 * Candidate observations and events for a new article: every figure with its unit, qualifier, evidence phrase,
 * a guessed indicator and period, and a note of how sure the guess is and why; the partner localities and
 * conferences it names. Years, days of dates, durations and counts of people are set aside in `skipped`.
 * Pure: `text` is the article, `options.indicators` the indicators of `data/indicators.yaml`.
 */
export function proposeRecords(text: string, options: ProposeOptions): Proposals {
  const links = linkSpans(text);
  const dates = readDates(text).filter((d) => !isInside(d, links));
  const { reference } = readArticleDates(text, dates);
  const datelines = datelineSpans(text, dates);
  const ctx: PeriodContext = { text, language: options.language, dates: dates.filter((d) => !isInside(d, datelines)), reference };
  const read = readFigures(text, options.language, dates, links);
  const evidence: EvidenceContext = { datelines, neighbours: read.figures.filter((f) => !f.inWords).map((f) => f.extent) };
  const skipped = [...read.skipped];
  const stated: DraftObservation[] = [];
  for (const figure of read.figures) {
    const result = observationOf(text, figure, options, ctx, evidence);
    if (!('value' in result)) skipped.push(result);
    else if (result.indicator !== null || !figure.inWords) stated.push(result);
  }
  const observations = uniqueIds([...stated, ...derivedConferenceCounts(text, stated, options)]);
  const events = proposeEvents(text, options.language, options.entity ?? 'binh-duong', { dates, reference });
  return { observations, events, skipped: skipped.sort((a, b) => a.index - b.index) };
}
