import { resolveVariables } from './preview-palette.ts';

/** One rule of the web app's stylesheet: a selector and the declarations the chart's drawing needs from it. */
export interface ChartRule {
  selector: string;
  declarations: Readonly<Record<string, string>>;
}

/**
 * The rules of the web app's style sheet (`apps/web/src/styles.css` and the parts it imports) that style the
 * chart's shapes and text by their class, copied as they are
 * written there (`chart-stylesheet.test.ts` holds them to it), without what a still picture cannot show: pointer
 * states, transitions. The chart's <svg> is given the class `series-chart` of the figure it sits in on the page.
 */
export const CHART_RULES: readonly ChartRule[] = [
  { selector: '.series-chart text', declarations: { fill: 'var(--muted)' } },
  { selector: '.chart-mark .chart-mark__shape', declarations: { stroke: 'var(--accent)', 'stroke-width': '2.5' } },
  { selector: '.chart-mark--solid .chart-mark__shape', declarations: { fill: 'var(--accent)' } },
  { selector: '.chart-mark--hollow .chart-mark__shape', declarations: { fill: '#fff' } },
  { selector: '.series-chart .chart-mark__label', declarations: { fill: 'var(--muted)', 'font-size': '0.9em' } },
  {
    selector: '.chart-mark__ring',
    declarations: { fill: 'none', stroke: 'var(--danger)', 'stroke-width': '2', 'stroke-dasharray': '3 2' },
  },
  {
    selector: '.chart-mark .chart-mark__qualifier',
    declarations: { fill: '#fff', stroke: 'var(--accent)', 'stroke-width': '2' },
  },
  { selector: '.chart-mark .chart-mark__period', declarations: { fill: 'none', stroke: 'var(--text)', 'stroke-width': '2' } },
  {
    selector: '.series-chart .chart-mark__latest',
    declarations: {
      fill: 'var(--text)',
      'font-weight': '700',
      'paint-order': 'stroke',
      stroke: 'var(--bg)',
      'stroke-width': '4px',
      'stroke-linejoin': 'round',
    },
  },
  { selector: '.chart-line path', declarations: { fill: 'none', stroke: 'var(--accent)', 'stroke-linejoin': 'round' } },
  { selector: '.chart-line .chart-line__unreported', declarations: { fill: 'none', stroke: 'var(--muted)' } },
  { selector: '.chart-gap', declarations: { fill: 'var(--surface)', stroke: 'var(--border)', 'stroke-dasharray': '4 3' } },
  { selector: '.series-chart .chart-gap__label', declarations: { fill: 'var(--muted)', 'font-style': 'italic' } },
  { selector: '.series-chart .chart-axis-title', declarations: { fill: 'var(--muted)', 'font-weight': '600' } },
];

/** `CHART_RULES` as the text of a <style> element, its colours resolved from the palette. */
export function chartStylesheet(): string {
  const rules = CHART_RULES.map(({ selector, declarations }) => {
    const body = Object.entries(declarations)
      .map(([property, value]) => `${property}:${value}`)
      .join(';');
    return `${selector}{${body}}`;
  });
  return resolveVariables(rules.join('\n'));
}
