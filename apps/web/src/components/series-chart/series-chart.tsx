import { qualifierExplanation, qualifierWord } from '@bd/core';
import { useEffect, useState } from 'react';
import { CartesianGrid, ComposedChart, DefaultZIndexes, Scatter, XAxis, YAxis, ZIndexLayer } from 'recharts';
import { useLocale } from '../../lib/i18n/use-locale.ts';
import { formatAxisValue, formatAxisYear } from './chart-axes.ts';
import { AxisTitle, ChartGaps, ChartLine } from './chart-line.tsx';
import { ChartMarks, type MarkAnchor } from './chart-marks.tsx';
import { axisTitle } from './chart-summary.ts';
import { ChartTooltipContent } from './chart-tooltip.tsx';
import { MarkSymbol } from './mark-symbol.tsx';
import type { ChartState } from './series-chart-state.ts';

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
  /** Axis type size in pixels; marks and the value axis scale with it. */
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
  fontSize = large ? 18 : 12,
  showLegend = true,
}: SeriesChartProps) {
  const { locale, t } = useLocale();
  const [hoverId, setHoverId] = useState<string | undefined>();
  const [anchor, setAnchor] = useState<MarkAnchor | undefined>();
  useEffect(() => {
    if (focusedId !== undefined) setHoverId(undefined);
  }, [focusedId]);
  const activeId = hoverId ?? focusedId;
  const active = state.points.find((p) => p.id === activeId);
  const size = width === undefined ? { responsive: true, width: '100%' as const, height } : { width, height };
  const margin = { top: Math.round(fontSize * 2.4), right: 24, bottom: 12, left: 8 };
  // A flow's bars have their period's bracket under the axis, so its year labels sit lower.
  const flowBars = state.kind === 'flow' && !state.sampled;
  return (
    <figure className={`series-chart${large ? ' series-chart--large' : ''}`} data-testid="chart">
      <div className="series-chart__plot">
        <div role="img" aria-label={summary}>
          <ComposedChart
            {...size}
            data={state.marks.map((p) => ({ x: p.x, y: p.y }))}
            accessibilityLayer={false}
            margin={margin}
            style={{ fontSize }}
          >
            <CartesianGrid vertical={false} stroke="var(--grid)" />
            <XAxis
              dataKey="x"
              type="number"
              scale="time"
              domain={state.xDomain}
              ticks={state.xTicks}
              tickFormatter={formatAxisYear}
              tickMargin={flowBars ? 14 : 2}
              height={Math.round(fontSize * 1.6 + (flowBars ? 20 : 8))}
              allowDataOverflow
              stroke="var(--axis)"
              tick={{ fill: 'var(--muted)' }}
            />
            <YAxis
              type="number"
              domain={state.yDomain}
              ticks={state.yTicks}
              interval={0}
              reversed={state.yReversed}
              allowDecimals={state.yAxis.unit !== 'rank' && state.yAxis.unit !== 'count'}
              tickFormatter={(value: number) => formatAxisValue(value, state.yAxis, locale)}
              width={Math.round(fontSize * 4)}
              stroke="var(--axis)"
              tick={{ fill: 'var(--muted)' }}
            />
            {/* Gives recharts a graphical item to build its scales from; ChartMarks draws the marks. */}
            <Scatter dataKey="y" shape={NoShape} isAnimationActive={false} legendType="none" />
            <ZIndexLayer zIndex={DefaultZIndexes.barBackground}>
              <ChartGaps gaps={state.kind === 'flow' && !state.sampled ? state.gaps : []} label={t('gapShort')} />
            </ZIndexLayer>
            <ZIndexLayer zIndex={DefaultZIndexes.line}>
              <ChartLine segments={state.segments} strokeWidth={Math.max(2, fontSize / 5)} />
            </ZIndexLayer>
            <ZIndexLayer zIndex={DefaultZIndexes.axis}>
              <AxisTitle text={axisTitle(state.yAxis, t)} left={margin.left} fontSize={fontSize} />
            </ZIndexLayer>
            <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
              <ChartMarks
                points={state.marks}
                kind={state.sampled ? 'stock' : state.kind}
                yBase={state.yReversed ? state.yDomain[1] : Math.max(0, state.yDomain[0])}
                latestId={state.latest?.id}
                activeId={activeId}
                pinnedId={pinnedId}
                radius={Math.max(6, fontSize / 2)}
                onHover={setHoverId}
                onPin={onPin}
                onAnchor={setAnchor}
              />
            </ZIndexLayer>
          </ComposedChart>
        </div>
        {active && (
          <div
            className="chart-tooltip"
            data-testid="chart-tooltip"
            role="status"
            style={anchor && hoverId ? { left: anchor.x, top: anchor.y } : undefined}
            data-placement={anchor && hoverId ? (anchor.x > anchor.width / 2 ? 'left' : 'right') : 'corner'}
          >
            <ChartTooltipContent point={active} kind={state.kind} />
          </div>
        )}
      </div>
      {showLegend && <ChartLegend state={state} />}
    </figure>
  );
}

function NoShape() {
  return null;
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
