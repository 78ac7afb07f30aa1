import type { Indicator, Observation } from '@bd/core';
import { seriesOf } from '@bd/core';

/** One slide: an indicator and its series. */
export interface SlideContent {
  indicator: Indicator;
  series: Observation[];
}

/** A slide for every indicator with values: headline ones first, each group in the order given. */
export function slidesOf(indicators: readonly Indicator[], observations: readonly Observation[]): SlideContent[] {
  const slides = indicators
    .map((indicator) => ({ indicator, series: seriesOf(observations, indicator.id) }))
    .filter((slide) => slide.series.length > 0);
  return [...slides.filter((s) => s.indicator.headline), ...slides.filter((s) => !s.indicator.headline)];
}

/**
 * The 1-based slide the address asks for: a number, kept within 1…total, or the id of an indicator (how "Present"
 * on an indicator's page opens at that indicator). Anything else, or an indicator without a slide, is slide 1.
 */
export function slideFrom(text: string | null, slides: readonly SlideContent[]): number {
  const total = slides.length;
  if (text === null || total === 0) return 1;
  const byIndicator = slides.findIndex((s) => s.indicator.id === text);
  if (byIndicator >= 0) return byIndicator + 1;
  const n = Number.parseInt(text, 10);
  if (!Number.isFinite(n)) return 1;
  return Math.min(Math.max(n, 1), total);
}

/** The paces auto-advance offers, in seconds per slide. */
export const AUTO_ADVANCE_SECONDS = [5, 10, 20, 30] as const;
const DEFAULT_SECONDS = 10;

/** Auto-advance as the address says: `play=1` runs it, `every=<seconds>` (one offered, else 10) is its pace. */
export function autoAdvanceFrom(params: URLSearchParams): { playing: boolean; seconds: number } {
  const every = Number(params.get('every'));
  const offered = (AUTO_ADVANCE_SECONDS as readonly number[]).includes(every);
  return { playing: params.get('play') === '1', seconds: offered ? every : DEFAULT_SECONDS };
}

/** The address with auto-advance set: `play` only while running, `every` only when not the default pace. */
export function withAutoAdvance(params: URLSearchParams, playing: boolean, seconds: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (playing) next.set('play', '1');
  else next.delete('play');
  if (seconds === DEFAULT_SECONDS) next.delete('every');
  else next.set('every', String(seconds));
  return next;
}

/** Whether the address asks for the slides' values as a table in place of their charts (`table=1`). */
export function tableShownFrom(params: URLSearchParams): boolean {
  return params.get('table') === '1';
}

/** The address with the table shown (`table=1`) or the chart (no `table`). */
export function withTable(params: URLSearchParams, shown: boolean): URLSearchParams {
  const next = new URLSearchParams(params);
  if (shown) next.set('table', '1');
  else next.delete('table');
  return next;
}

/**
 * The presenter's address as it is on screen: the slide it shows, auto-advance as it runs and the table if shown,
 * with whatever the address asked for beyond that (`slide=99`, `every=3`, `play=yes`, `table=yes`) corrected.
 * Other parameters stay.
 */
export function presenterAddress(params: URLSearchParams, slide: number): URLSearchParams {
  const { playing, seconds } = autoAdvanceFrom(params);
  const next = withTable(withAutoAdvance(params, playing, seconds), tableShownFrom(params));
  next.set('slide', String(slide));
  return next;
}

/** The presenter's own parameters, which leaving drops from the address. */
export const PRESENTER_PARAMS = ['present', 'slide', 'play', 'every', 'table'] as const;

/** What a key does: move between slides, leave, or switch the slide between its chart and its table. */
export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'leave' | 'table';

/** What a key does on a slide; undefined for keys that do nothing. */
export function slideActionOf(key: string): SlideAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'Spacebar':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
    case 'Esc':
      return 'leave';
    case 't':
    case 'T':
      return 'table';
    default:
      return undefined;
  }
}

/**
 * The slide an action leads to, or undefined to leave. Next on the last slide stays there unless `wrap`; the table
 * stays on the slide.
 */
export function applySlideAction(action: SlideAction, current: number, total: number, wrap = false): number | undefined {
  switch (action) {
    case 'next':
      return current < total ? current + 1 : wrap ? 1 : total;
    case 'previous':
      return Math.max(1, current - 1);
    case 'first':
      return 1;
    case 'last':
      return total;
    case 'leave':
      return undefined;
    case 'table':
      return current;
  }
}
