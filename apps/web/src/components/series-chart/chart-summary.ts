import type { Translate } from '../../lib/i18n/translate.ts';
import type { ChartState } from './series-chart-state.ts';

/** The chart's text alternative: how many values, over what time, and the latest. */
export function chartSummary(state: ChartState, name: string, t: Translate): string {
  const first = state.points[0];
  const last = state.points.at(-1);
  if (!first || !last) return t('chartSummaryEmpty', { name });
  return t('chartSummary', {
    name,
    count: state.points.length,
    first: first.periodText,
    last: last.periodText,
    latest: `${last.valueText} (${last.periodText})`,
  });
}
