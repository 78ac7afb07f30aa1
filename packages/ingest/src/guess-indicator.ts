import type { Indicator, TextLanguage } from '@bd/core';
import type { Confidence } from './draft-records.ts';
import type { Figure } from './figures.ts';
import { INDICATOR_RULES, type IndicatorRule } from './indicator-rules.ts';
import { type Span, sentenceAround } from './text-spans.ts';

export interface IndicatorGuess {
  indicator: string | null;
  confidence: Confidence;
  reason: string;
}

const WORDS_BEFORE = 15;
const WORDS_AFTER = 8;

interface Match {
  rule: IndicatorRule;
  /** Characters between the nearest `precedes` cue and the figure; 0 without one. */
  distance: number;
  cues: string[];
}

function lastWords(text: string, count: number): string {
  const words = text.split(/(?<=\s)/);
  return words.slice(-count).join('');
}

function firstWords(text: string, count: number): string {
  return text
    .trimStart()
    .split(/(?<=\s)/)
    .slice(0, count)
    .join('');
}

function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  const global = new RegExp(pattern.source, `${pattern.flags}g`);
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(global)) last = m as RegExpExecArray;
  return last;
}

function matchRule(rule: IndicatorRule, before: string, after: string, sentence: string): Match | undefined {
  const cues: string[] = [];
  let distance = 0;
  if (rule.follows) {
    const m = rule.follows.exec(after);
    if (!m) return undefined;
    cues.push(`"${m[0].trim()}" after it`);
  }
  for (const [i, pattern] of (rule.precedes ?? []).entries()) {
    const m = lastMatch(pattern, before);
    if (!m) return undefined;
    if (i === 0) distance = before.length - (m.index + m[0].length);
    cues.push(`"${m[0].trim()}" before it`);
  }
  if (rule.unless?.test(before)) return undefined;
  if (rule.sentence) {
    const m = rule.sentence.exec(sentence);
    if (!m) return undefined;
    cues.push(`"${m[0].trim()}" in its sentence`);
  }
  return { rule, distance, cues };
}

function unitFits(indicator: Indicator, figure: Figure): boolean {
  return indicator.unit === figure.unit;
}

function confidenceOf(best: Match, runnerUp: Match | undefined): Confidence {
  if (runnerUp && runnerUp.rule.weight === best.rule.weight) return 'low';
  if (best.rule.weight >= 3) return 'high';
  return best.rule.weight === 2 ? 'medium' : 'low';
}

/** The indicator the words around `figure` point to, by the keyword rules of `language`, and why. */
export function guessIndicator(
  text: string,
  figure: Figure,
  language: TextLanguage,
  indicators: readonly Indicator[],
): IndicatorGuess {
  const sentenceSpan: Span = sentenceAround(text, figure.extent.start, figure.extent.end);
  const before = lastWords(text.slice(sentenceSpan.start, figure.index), WORDS_BEFORE);
  const after = firstWords(text.slice(figure.extent.end, sentenceSpan.end), WORDS_AFTER);
  const sentence = text.slice(sentenceSpan.start, sentenceSpan.end);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const matches: Match[] = [];
  const misfits: string[] = [];
  for (const rule of INDICATOR_RULES[language]) {
    const indicator = byId.get(rule.indicator);
    if (!indicator) continue;
    const match = matchRule(rule, before, after, sentence);
    if (!match) continue;
    if (unitFits(indicator, figure)) matches.push(match);
    else misfits.push(`${indicator.id} (wants ${indicator.unit}, the figure is ${figure.unit})`);
  }
  matches.sort((a, b) => b.rule.weight - a.rule.weight || a.distance - b.distance);
  const [best, ...rest] = matches;
  if (!best) {
    const why =
      misfits.length > 0 ? `keywords of ${[...new Set(misfits)].join(', ')} but not its unit` : 'no keyword rule matched';
    return { indicator: null, confidence: 'low', reason: `no indicator: ${why}` };
  }
  const runnerUp = rest.find((m) => m.rule.indicator !== best.rule.indicator);
  const tie = runnerUp && runnerUp.rule.weight === best.rule.weight ? `; also fits ${runnerUp.rule.indicator}` : '';
  return {
    indicator: best.rule.indicator,
    confidence: confidenceOf(best, runnerUp),
    reason: `${best.rule.indicator}: ${best.cues.join(', ')}${tie}`,
  };
}
