import type { IndicatorKind, Observation } from '@bd/core';

/** One mark of a sparkline, in the sparkline's own coordinates (0…width, 0…height, y downwards). */
export interface SparklineMark {
  x: number;
  y: number;
  /** The source qualifies the figure ("nearly", "more than"…): drawn hollow. */
  hollow: boolean;
}

/** What a sparkline draws: the line through its marks, and the marks, both already placed. */
export interface SparklineState {
  /** SVG path data of the line, empty when there is nothing to join. */
  path: string;
  marks: SparklineMark[];
}

/** A series longer than this is drawn as a line only: a dot per value would be a smear at sparkline size. */
export const MAX_SPARKLINE_DOTS = 40;

const timeOf = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Places a series in a `width` × `height` box with `inset` pixels kept free on each side: time across (by period
 * end), value up from zero, or, for a rank, rank 1 at the top. A single value sits in the middle.
 */
export function sparklineState(
  series: readonly Observation[],
  kind: IndicatorKind,
  { width, height, inset = 6 }: { width: number; height: number; inset?: number },
): SparklineState {
  if (series.length === 0) return { path: '', marks: [] };
  const times = series.map((o) => timeOf(o.period_end));
  const values = series.map((o) => o.value);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const rank = kind === 'rank';
  const low = rank ? 1 : Math.min(0, ...values);
  const high = Math.max(...values, low + (rank ? 1 : 0));
  const across = (t: number) => (t1 === t0 ? width / 2 : inset + ((t - t0) / (t1 - t0)) * (width - 2 * inset));
  const up = (v: number) => {
    if (high === low) return height / 2;
    const share = (v - low) / (high - low);
    return inset + (rank ? share : 1 - share) * (height - 2 * inset);
  };
  const marks = series.map((o, i) => ({ x: round(across(times[i]!)), y: round(up(o.value)), hollow: o.qualifier !== 'exact' }));
  const path = marks.length > 1 ? marks.map((m, i) => `${i === 0 ? 'M' : 'L'}${m.x} ${m.y}`).join(' ') : '';
  return { path, marks: marks.length > MAX_SPARKLINE_DOTS ? [] : marks };
}
