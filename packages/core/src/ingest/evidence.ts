import { MAX_EVIDENCE_WORDS } from '../schemas/observation.ts';
import { clauseAround, nextClause, previousClause, type Span, sentenceAround, wordsBetween } from './text-spans.ts';

const MIN_WORDS = 4;
const EDGE_BEFORE = /^[\s,;:(|"“‘–—-]+/u;
const EDGE_AFTER = /[\s,;:(|–—-]+$/u;

/** Narrows `span` to at most MAX_EVIDENCE_WORDS words, keeping `figure` inside and centred where it can. */
function trimToWords(text: string, span: Span, figure: Span): Span {
  const words = [...text.slice(span.start, span.end).matchAll(/\S+/g)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
  if (words.length <= MAX_EVIDENCE_WORDS) return span;
  const first = words.findIndex((w) => w.end > figure.start);
  const last = words.findLastIndex((w) => w.start < figure.end);
  const inFigure = last - first + 1;
  const from = Math.max(0, Math.min(first - Math.floor((MAX_EVIDENCE_WORDS - inFigure) / 2), words.length - MAX_EVIDENCE_WORDS));
  const kept = words.slice(from, from + MAX_EVIDENCE_WORDS);
  return { start: kept[0]?.start ?? span.start, end: kept[kept.length - 1]?.end ?? span.end };
}

/** Cuts leading and trailing punctuation, and a bracket that the phrase does not open or close. */
function tidy(text: string, span: Span): Span {
  let { start, end } = span;
  const lead = EDGE_BEFORE.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const trail = EDGE_AFTER.exec(text.slice(start, end));
  if (trail) end -= trail[0].length;
  if (text[end - 1] === '.' && !/\b(?:etc|enz|v\.v)\.$/iu.test(text.slice(start, end))) end--;
  const phrase = text.slice(start, end);
  if (phrase.startsWith(')')) start++;
  if (phrase.endsWith(')') && !phrase.includes('(')) end--;
  return { start, end };
}

/**
 * The shortest verbatim phrase that states the figure: its clause (grown by a neighbouring clause when it is
 * shorter than four words), at most 40 words, always holding the figure as written.
 */
export function evidenceFor(text: string, figure: Span): string {
  const sentence = sentenceAround(text, figure.start, figure.end);
  let span = clauseAround(text, figure.start, figure.end);
  span = { start: Math.max(span.start, sentence.start), end: Math.min(span.end, sentence.end) };
  while (wordsBetween(text, span.start, span.end) < MIN_WORDS) {
    const grown = previousClause(text, span, sentence) ?? nextClause(text, span, sentence);
    if (!grown) break;
    span = grown;
  }
  const trimmed = tidy(text, trimToWords(text, span, figure));
  return text.slice(Math.min(trimmed.start, figure.start), Math.max(trimmed.end, figure.end)).trim();
}

/** The sentence of a figure with the figure marked ⟦like this⟧, cut to `max` characters around it. */
export function contextFor(text: string, figure: Span, max = 240): string {
  const sentence = sentenceAround(text, figure.start, figure.end, false);
  const from = Math.max(sentence.start, figure.start - Math.floor(max / 2));
  const to = Math.min(sentence.end, figure.end + Math.floor(max / 2));
  const marked = `${text.slice(from, figure.start)}⟦${text.slice(figure.start, figure.end)}⟧${text.slice(figure.end, to)}`;
  return `${from > sentence.start ? '…' : ''}${marked.replace(/\s+/g, ' ').trim()}${to < sentence.end ? '…' : ''}`;
}
