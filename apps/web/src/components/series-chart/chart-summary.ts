import type { IndicatorKind } from '@bd/core';
import type { Translate } from '../../lib/i18n/translate.ts';
import type { ValueAxis } from './chart-axes.ts';
import type { ChartState } from './series-chart-state.ts';
import type { UnreportedSpan } from './unreported-spans.ts';

/**
 * The chart's text alternative: how many values, over what time, the latest, where no value is reported, and the
 * entity's changes its rules mark.
 */
export function chartSummary(state: ChartState, name: string, t: Translate): string {
  const first = state.points[0];
  const last = state.points.at(-1);
  if (!first || !last) return t('chartSummaryEmpty', { name });
  if (first === last)
    return [t('chartSummaryOne', { name, latest: `${last.valueText} (${last.periodText})` }), ...changesSaid(state)].join(' ');
  const summary = t('chartSummary', {
    name,
    count: state.points.length,
    first: first.periodText,
    last: last.periodText,
    latest: `${last.valueText} (${last.periodText})`,
  });
  return [summary, ...state.gaps.map((gap) => `${gapText(gap, state.kind, t)}.`), ...changesSaid(state)].join(' ');
}

/** What the chart's change rules mark, a sentence each. */
function changesSaid(state: ChartState): string[] {
  return state.rules.map((rule) => rule.description);
}

/** "No value reported between September 2020 and January 2024" (levels), "… for 2020 to 2022" (amounts). */
export function gapText(gap: UnreportedSpan, kind: IndicatorKind, t: Translate): string {
  if (kind !== 'flow') return t('gapBetween', { from: gap.from, to: gap.to });
  return gap.from === gap.to ? t('gapIn', { period: gap.from }) : t('gapFor', { from: gap.from, to: gap.to });
}

/** The value axis' title: what its numbers count ("billion USD", "Count", "Rank among provinces"). */
export function axisTitle(axis: ValueAxis, t: Translate): string {
  if (axis.unit === 'USD' || axis.unit === 'VND') {
    return axis.scale === 'one' ? axis.unit : t('axisMoney', { scale: t(`scale_${axis.scale}`), unit: axis.unit });
  }
  return t(`axis_${axis.unit}`);
}
