import { qualifierExplanation, qualifierWord } from '@bd/core';
import { useState } from 'react';
import { useLocale } from '../../lib/i18n/use-locale.ts';
import type { MarkAnchor } from './chart-marks.tsx';
import { ChartPlot } from './chart-plot.tsx';
import { axisTitle } from './chart-summary.ts';
import { ChartTooltip } from './chart-tooltip.tsx';
import { MarkSymbol } from './mark-symbol.tsx';
import { chartFontSize, useRootFontSize } from './root-font-size.ts';
import type { ChartState } from './series-chart-state.ts';
import { pointerHeld, shownId } from './tooltip-state.ts';
import { useChartTooltip } from './use-chart-tooltip.ts';

interface SeriesChartProps {
  state: ChartState;
  /** Text alternative: what the chart shows, in a sentence. */
  summary: string;
  /** Fixed size (tests, where jsdom cannot measure); by default the chart fills its box's width. */
  width?: number;
  height?: number | `${number}%`;
  /** A point to show the tooltip for without the pointer, e.g. while its row in a list has focus. */
  focusedId?: string | undefined;
  pinnedId?: string | undefined;
  onPin?: (id: string) => void;
  /** Bigger marks and type for slides. */
  large?: boolean;
  /** Axis type size in pixels; marks and the value axis scale with it. By default a share of the root font size. */
  fontSize?: number;
  showLegend?: boolean;
}

/** The series of one indicator on a time axis, with a tooltip for every mark. Draws nothing by itself: see `seriesChartState`. */
export function SeriesChart({
  state,
  summary,
  width,
  height = 320,
  focusedId,
  pinnedId,
  onPin,
  large = false,
  fontSize,
  showLegend = true,
}: SeriesChartProps) {
  const { locale, t } = useLocale();
  const rootFontSize = useRootFontSize();
  const [tooltip, dispatch] = useChartTooltip(focusedId);
  const [anchor, setAnchor] = useState<MarkAnchor | undefined>();
  const activeId = shownId(tooltip);
  const active = state.points.find((p) => p.id === activeId);
  const beside = anchor && pointerHeld(tooltip) ? anchor : undefined;
  return (
    <figure className={`series-chart${large ? ' series-chart--large' : ''}`} data-testid="chart">
      <div className="series-chart__plot">
        <div role="img" aria-label={summary}>
          <ChartPlot
            drawing={{
              state,
              locale,
              width,
              height,
              fontSize: fontSize ?? chartFontSize(rootFontSize, large),
              gapLabel: t('gapShort'),
              axisTitle: axisTitle(state.yAxis, t),
              activeId,
              pinnedId,
            }}
            events={{
              onHover: (id) => dispatch(id === undefined ? { type: 'leaveMark' } : { type: 'enterMark', id }),
              onPin,
              onAnchor: setAnchor,
            }}
          />
        </div>
        {active && (
          <ChartTooltip
            point={active}
            kind={state.kind}
            beside={beside}
            onPointerOn={(isBeside) => dispatch({ type: 'enterTooltip', beside: isBeside })}
            onPointerOff={() => dispatch({ type: 'leaveTooltip' })}
          />
        )}
      </div>
      {showLegend && <ChartLegend state={state} />}
    </figure>
  );
}

/** What each mark means, and how to read the axes and the gaps. */
function ChartLegend({ state }: { state: ChartState }) {
  const { locale, t } = useLocale();
  const flow = state.kind === 'flow' && !state.sampled;
  return (
    <figcaption className="chart-legend">
      <span className="visually-hidden">{t('legendTitle')}</span>
      <ul>
        {state.qualifiers.map((q) => (
          <li key={q} data-qualifier={q}>
            <MarkSymbol qualifier={q} bar={flow} />
            {q === 'exact'
              ? t('legendExact', { explanation: qualifierExplanation(q, locale) })
              : t('legendQualified', {
                  shape: t(`qualifierMark_${q}`),
                  word: qualifierWord(q, locale),
                  explanation: qualifierExplanation(q, locale),
                })}
          </li>
        ))}
        {state.hasDisputed && (
          <li>
            <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
              <circle cx="8" cy="8" r="6" className="legend-ring" />
            </svg>
            {t('legendDisagree')}
          </li>
        )}
        {state.gaps.length > 0 && (
          <li>
            <svg aria-hidden="true" width="24" height="16" viewBox="0 0 24 16">
              {flow ? (
                <rect x="2" y="2" width="20" height="12" className="chart-gap" />
              ) : (
                <path d="M1 8H23" className="chart-line__unreported" strokeWidth="2" strokeDasharray="4 5" />
              )}
            </svg>
            {t(flow ? 'legendGapFlow' : 'legendGap')}
          </li>
        )}
        {state.sampled && <li>{t('legendSampled', { shown: state.marks.length, count: state.points.length })}</li>}
        {flow && <li>{t('legendFlow')}</li>}
        {state.kind === 'rank' && <li>{t('legendRank')}</li>}
      </ul>
    </figcaption>
  );
}
