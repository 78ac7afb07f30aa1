import type { IndicatorKind, Observation } from '@bd/core';
import { type MarkShape, QUALIFIER_MARKS } from '../../../components/series-chart/qualifier-marks.ts';
import { linePaths, timePlacement } from '../../../components/series-chart/series-time.ts';
import { crossesUnreported, unreportedStretches } from '../../../components/series-chart/unreported-spans.ts';

/** One value of a sparkline, in the sparkline's own coordinates (0…width, 0…height, y downwards). */
export interface SparklineMark {
  x: number;
  y: number;
  /** The source qualifies the figure ("nearly", "more than"…): drawn hollow, in its qualifier's shape. */
  hollow: boolean;
  shape: MarkShape;
}

/** A flow's value: a bar from zero, `x` its middle; the qualifier's mark sits on its top (`y`). */
export interface SparklineBar extends SparklineMark {
  width: number;
  /** The zero line the bar stands on. */
  base: number;
}

/** What a sparkline draws, already placed: the rules of the full chart, at the size of a card. */
export interface SparklineState {
  /** SVG path data of the line where neighbouring values are close enough to join; empty for none. */
  path: string;
  /** The line across stretches no source reports a value for, drawn dashed. */
  gapPath: string;
  /** Marks of a stock or rank; empty for a flow, or a series too long to dot. */
  marks: SparklineMark[];
  /** Bars of a flow, equally wide, from zero. */
  bars: SparklineBar[];
}

/** A series longer than this is drawn as a line only: a dot per value would be a smear at sparkline size. */
export const MAX_SPARKLINE_DOTS = 40;
/** Bars no wider than this, so two bars do not read as a block. */
const MAX_BAR_WIDTH = 24;

const round = (n: number) => Math.round(n * 10) / 10;
const EMPTY: SparklineState = { path: '', gapPath: '', marks: [], bars: [] };

/**
 * Places a series in a `width` × `height` box with `inset` pixels kept free on each side: time across, value up
 * from zero, or, for a rank, rank 1 at the top. A stock or rank is a line through its as-of dates, dashed where its
 * values are far apart (see `unreportedStretches`); a flow is bars from zero at its periods' middles, each as wide
 * as the next. A single value sits in the middle.
 */
export function sparklineState(
  series: readonly Observation[],
  kind: IndicatorKind,
  { width, height, inset = 6 }: { width: number; height: number; inset?: number },
): SparklineState {
  if (series.length === 0) return EMPTY;
  const flow = kind === 'flow';
  const placed = series.map((o) => ({ o, ...timePlacement(o, kind) }));
  const times = placed.map((p) => p.x);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const rank = kind === 'rank';
  const values = series.map((o) => o.value);
  const low = rank ? 1 : Math.min(0, ...values);
  const high = Math.max(...values, low + (rank ? 1 : 0));
  const barWidth = flow ? flowBarWidth(times, width - 2 * inset) : 0;
  const side = inset + barWidth / 2;
  const across = (t: number) => (t1 === t0 ? width / 2 : side + ((t - t0) / (t1 - t0)) * (width - 2 * side));
  const up = (v: number) => {
    if (high === low) return height / 2;
    const share = (v - low) / (high - low);
    return inset + (rank ? share : 1 - share) * (height - 2 * inset);
  };
  const marks = placed.map(({ o, x }) => ({
    x: round(across(x)),
    y: round(up(o.value)),
    hollow: !QUALIFIER_MARKS[o.qualifier].filled,
    shape: QUALIFIER_MARKS[o.qualifier].shape,
  }));
  if (flow) {
    const base = round(up(Math.max(0, low)));
    return { ...EMPTY, bars: marks.map((m) => ({ ...m, width: round(barWidth), base })) };
  }
  const gaps = unreportedStretches(kind, placed);
  const line = linePaths(marks, (step) => !crossesUnreported(gaps, placed[step]!.x, placed[step + 1]!.x));
  return {
    path: line.reported,
    gapPath: line.unreported,
    marks: marks.length > MAX_SPARKLINE_DOTS ? [] : marks,
    bars: [],
  };
}

/** Bars a little narrower than the closest two periods' middles, in pixels across `span`. */
function flowBarWidth(times: readonly number[], span: number): number {
  const sorted = [...new Set(times)].sort((a, b) => a - b);
  if (sorted.length < 2) return MAX_BAR_WIDTH;
  const whole = sorted.at(-1)! - sorted[0]!;
  const closest = Math.min(...sorted.slice(1).map((t, i) => t - sorted[i]!));
  // Solved for the bar width w: the closest middles, placed across span − w, are w / 0.6 apart.
  const share = closest / whole;
  return Math.min(MAX_BAR_WIDTH, (0.6 * share * span) / (1 + 0.6 * share));
}
