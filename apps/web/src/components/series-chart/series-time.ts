import type { IndicatorKind, Observation } from '@bd/core';

const DAY = 86_400_000;

/** Where a value sits on a time axis (ms since epoch). */
export interface TimePlacement {
  /** Start and end of its period; the end is the end of the last day (a stock's as-of date has `x1 === x0`). */
  x0: number;
  x1: number;
  /** Where its mark sits: the as-of date, or the middle of a flow's period. */
  x: number;
}

const timeOf = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);

/** An observation's place in time, as the chart and the overview's trend lines both draw it. */
export function timePlacement(o: Pick<Observation, 'period_start' | 'period_end'>, kind: IndicatorKind): TimePlacement {
  const x0 = timeOf(o.period_start);
  const x1 = timeOf(o.period_end) + (o.period_start === o.period_end ? 0 : DAY);
  return { x0, x1, x: kind === 'flow' ? (x0 + x1) / 2 : timeOf(o.period_end) };
}

/**
 * SVG path data of the line through `points`, split in two: the steps `reported(i)` says are reported (from point
 * `i` to `i + 1`), and the rest. Neighbouring steps of one kind join into one run, so the line's joins stay whole.
 */
export function linePaths(
  points: readonly { x: number; y: number }[],
  reported: (step: number) => boolean,
): { reported: string; unreported: string } {
  const paths = { reported: '', unreported: '' };
  let previous: keyof typeof paths | undefined;
  points.slice(1).forEach((to, step) => {
    const from = points[step]!;
    const kind = reported(step) ? 'reported' : 'unreported';
    const joined = previous === kind;
    paths[kind] += joined ? ` L${to.x} ${to.y}` : `${paths[kind] ? ' ' : ''}M${from.x} ${from.y} L${to.x} ${to.y}`;
    previous = kind;
  });
  return paths;
}
