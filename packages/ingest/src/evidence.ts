import { MAX_EVIDENCE_WORDS } from '@bd/core';
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
 * Words that join two statements of a sentence, in the three article languages: between two figures, one
 * figure's phrase ends and the next one's starts there ("attracted USD 600 million | and | welcomed 300 delegates").
 */
const JOINING_WORD =
  /(?<![\p{L}])(?:and|as well as|while|whereas|but|with|including|of which|in which|en|terwijl|maar|met|waarvan|waaronder|và|với|trong đó|còn|đồng thời|cùng với)(?![\p{L}])/giu;

/** What else the text holds around a figure, which its evidence leaves out. */
export interface EvidenceContext {
  /** The other figures of the text: a phrase stating one figure stops at a joining word before the next. */
  neighbours?: readonly Span[];
  /** Datelines ("20 March 2025 - "): never part of a phrase. */
  datelines?: readonly Span[];
}

/** Where the joining word of the gap `from..to` between two figures is (its last one), if it has one. */
function joinIn(text: string, from: number, to: number): Span | undefined {
  const last = [...text.slice(from, to).matchAll(JOINING_WORD)].at(-1);
  return last && { start: from + last.index, end: from + last.index + last[0].length };
}

/**
 * The part of `sentence` that belongs to `figure`: after any dateline, and within the nearest joining words
 * between figures on each side ("66 landen en gebieden, met …" keeps its own "en": a gap's last one counts).
 */
function figureLimit(text: string, figure: Span, sentence: Span, context: EvidenceContext): Span {
  let { start, end } = sentence;
  for (const d of context.datelines ?? []) if (d.end <= figure.start && d.end > start && d.start < end) start = d.end;
  const inSentence = (n: Span) => n.start >= start && n.end <= end;
  const before = (context.neighbours ?? []).filter((n) => inSentence(n) && n.end <= figure.start);
  const after = (context.neighbours ?? []).filter((n) => inSentence(n) && n.start >= figure.end);
  let right = figure.start;
  for (const n of before.reverse()) {
    const join = joinIn(text, n.end, right);
    if (join) {
      start = join.end;
      break;
    }
    right = n.start;
  }
  let left = figure.end;
  for (const n of after) {
    const join = joinIn(text, left, n.start);
    if (join) {
      end = join.start;
      break;
    }
    left = n.end;
  }
  return { start, end };
}

/**
 * The shortest verbatim phrase that states the figure: its clause (grown by a neighbouring clause when it is
 * shorter than four words), at most 40 words, always holding the figure as written. It leaves out a dateline, and
 * where a clause states several figures each gets its own part of it, cut at the word joining them.
 */
export function evidenceFor(text: string, figure: Span, context: EvidenceContext = {}): string {
  const sentence = figureLimit(text, figure, sentenceAround(text, figure.start, figure.end), context);
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
