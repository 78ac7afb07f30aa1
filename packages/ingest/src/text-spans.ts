/** Half-open range of character offsets in a text. */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATION_BEFORE_DOT = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|No|Co|Ltd|Jr|Inc|vs|dhr|mevr|i\.e|e\.g|[A-Z])$/;

function isSentenceEnd(text: string, i: number, semicolon: boolean): boolean {
  const ch = text[i];
  const next = text[i + 1];
  if (ch === '\n') return true;
  if (ch === ';') return semicolon;
  if (ch === '!' || ch === '?') return next === undefined || /\s/.test(next);
  if (ch !== '.') return false;
  if (next !== undefined && !/\s/.test(next)) return false;
  return !ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(0, i - 6), i));
}

/** How many words `text` holds between `from` and `to`. */
export function wordsBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).trim().split(/\s+/).filter(Boolean).length;
}

/** A parenthesis bounds a clause when what it encloses is a clause of its own (more than three words). */
function isClauseBracket(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '(') {
    const close = text.indexOf(')', i);
    return close > 0 && wordsBetween(text, i + 1, close) > 3;
  }
  if (ch === ')') {
    const open = text.lastIndexOf('(', i);
    return open >= 0 && wordsBetween(text, open + 1, i) > 3;
  }
  return false;
}

function isClauseBreak(text: string, i: number): boolean {
  if (isSentenceEnd(text, i, true)) return true;
  const ch = text[i];
  if (ch === ',' || ch === ':') return /\s/.test(text[i + 1] ?? ' ');
  return isClauseBracket(text, i);
}

function spanAround(text: string, from: number, to: number, isBreak: (i: number) => boolean): Span {
  let start = from;
  while (start > 0 && !isBreak(start - 1)) start--;
  let end = to;
  while (end < text.length && !isBreak(end)) end++;
  return { start, end };
}

/**
 * The sentence holding `from..to`: bounded by `.`, `!`, `?` and line breaks (not by decimal points or "Mr."),
 * and by `;` when `semicolon` is true.
 */
export function sentenceAround(text: string, from: number, to: number, semicolon = true): Span {
  return spanAround(text, from, to, (i) => isSentenceEnd(text, i, semicolon));
}

/** The clause holding `from..to`: the sentence, further cut at `, `, `: ` and long parentheses. */
export function clauseAround(text: string, from: number, to: number): Span {
  return spanAround(text, from, to, (i) => isClauseBreak(text, i));
}

/** The line holding `index`: the articles write one paragraph a line. */
export function paragraphAround(text: string, index: number): Span {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  return { start, end: newline < 0 ? text.length : newline };
}

/** The clause before `span` within `limit`, or undefined at the start of `limit`. */
export function previousClause(text: string, span: Span, limit: Span): Span | undefined {
  if (span.start <= limit.start) return undefined;
  const prev = clauseAround(text, Math.max(limit.start, span.start - 1), Math.max(limit.start, span.start - 1));
  return { start: Math.max(prev.start, limit.start), end: span.end };
}

/** The clause after `span` within `limit`, or undefined at the end of `limit`. */
export function nextClause(text: string, span: Span, limit: Span): Span | undefined {
  if (span.end >= limit.end) return undefined;
  const next = clauseAround(text, Math.min(limit.end, span.end + 1), Math.min(limit.end, span.end + 1));
  return { start: span.start, end: Math.min(next.end, limit.end) };
}

/** True when `inner` lies inside one of `spans`. */
export function isInside(inner: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => inner.start >= s.start && inner.end <= s.end);
}

/** True when `a` and `b` share a character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Links and markdown images: their numbers are addresses, not figures. */
export function linkSpans(text: string): Span[] {
  const pattern = /!\[(?:[^[\]]|\[[^\]]*\])*\]\([^)]*\)|\bhttps?:\/\/\S+|\bwww\.\S+/giu;
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The sentences of `text` in order (bounded as `sentenceAround` bounds them), blank ones left out. */
export function sentenceSpans(text: string, semicolon = false): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSentenceEnd(text, i, semicolon)) continue;
    if (text.slice(start, i).trim()) spans.push({ start, end: i });
    start = i + 1;
  }
  return spans;
}
