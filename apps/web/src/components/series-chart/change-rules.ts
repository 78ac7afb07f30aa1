import type { ChartChange } from '../../lib/entity-life-line.ts';

/** A vertical rule at an entity's change (a merger on 1 July 2025), labelled, where the chart's time reaches it. */
export interface ChangeRule extends ChartChange {
  /** The change's first day on the time axis (ms since epoch, UTC midnight). */
  x: number;
  /** Which side of the rule its label sits on, so that it stays inside the plot: after the rule, or before it. */
  labelSide: 'after' | 'before';
}

/**
 * The rules a chart draws: one per change whose day lies within the time axis' domain, none where the domain does
 * not reach it. A label sits after its rule in the axis' first half, before it in the second.
 */
export function changeRules(changes: readonly ChartChange[], xDomain: readonly [number, number]): ChangeRule[] {
  const [from, to] = xDomain;
  return changes.flatMap((change): ChangeRule[] => {
    const x = Date.parse(`${change.date}T00:00:00Z`);
    if (!(x >= from && x <= to)) return [];
    return [{ ...change, x, labelSide: x - from < (to - from) / 2 ? 'after' : 'before' }];
  });
}
