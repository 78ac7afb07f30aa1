import { qualifierExplanation, qualifierWord } from '@bd/core';
import { useEffect, useState } from 'react';
import { CartesianGrid, ComposedChart, DefaultZIndexes, Line, Scatter, XAxis, YAxis, ZIndexLayer } from 'recharts';
import { useLocale } from '../../lib/i18n/use-locale.ts';
import { ChartMarks, type MarkAnchor } from './chart-marks.tsx';
import { ChartTooltipContent } from './chart-tooltip.tsx';
import { type ChartState, formatAxisValue, formatAxisYear } from './series-chart-state.ts';

interface SeriesChartProps {
  state: ChartState;
  unit: 'count' | 'USD' | 'VND' | 'percent' | 'rank';
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
  unit,
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
  const { locale } = useLocale();
  const [hoverId, setHoverId] = useState<string | undefined>();
  const [anchor, setAnchor] = useState<MarkAnchor | undefined>();
  useEffect(() => {
    if (focusedId !== undefined) setHoverId(undefined);
  }, [focusedId]);
  const activeId = hoverId ?? focusedId;
  const active = state.points.find((p) => p.id === activeId);
  const size = width === undefined ? { responsive: true, width: '100%' as const, height } : { width, height };
  return (
    <figure className={`series-chart${large ? ' series-chart--large' : ''}`} data-testid="chart">
      <div className="series-chart__plot">
        <div role="img" aria-label={summary}>
          <ComposedChart
            {...size}
            data={state.marks.map((p) => ({ x: p.x, y: p.y }))}
            accessibilityLayer={false}
            margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
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
              allowDecimals={unit !== 'rank' && unit !== 'count'}
              tickFormatter={(value: number) => formatAxisValue(value, unit, locale)}
              width={Math.round(fontSize * 5)}
              stroke="var(--axis)"
              tick={{ fill: 'var(--muted)' }}
            />
            {state.line.length > 1 && (
              <Line
                data={state.line}
                dataKey="y"
                type="linear"
                stroke="var(--accent)"
                strokeWidth={Math.max(2, fontSize / 5)}
                dot={false}
                activeDot={false}
                isAnimationActive={false}
                legendType="none"
              />
            )}
            {/* Gives recharts a graphical item to build its scales from; ChartMarks draws the marks. */}
            <Scatter dataKey="y" shape={NoShape} isAnimationActive={false} legendType="none" />
            <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
              <ChartMarks
                points={state.marks}
                kind={state.sampled ? 'stock' : state.kind}
                yBase={state.yReversed ? state.yDomain[1] : Math.max(0, state.yDomain[0])}
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
            <ChartTooltipContent point={active} />
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

/** Why some marks are hollow or ringed, and how to read the axes. */
function ChartLegend({ state }: { state: ChartState }) {
  const { locale, t } = useLocale();
  return (
    <figcaption className="chart-legend">
      <span className="visually-hidden">{t('legendTitle')}</span>
      <ul>
        {state.qualifiers.map((q) => (
          <li key={q}>
            <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
              <circle
                cx="8"
                cy="8"
                r="5"
                className={q === 'exact' ? 'chart-mark--solid legend-swatch' : 'chart-mark--hollow legend-swatch'}
              />
            </svg>
            {q === 'exact'
              ? t('legendExact', { explanation: qualifierExplanation(q, locale) })
              : t('legendQualified', { word: qualifierWord(q, locale), explanation: qualifierExplanation(q, locale) })}
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
        {state.sampled && <li>{t('legendSampled', { shown: state.marks.length, count: state.points.length })}</li>}
        {state.kind === 'flow' && !state.sampled && <li>{t('legendFlow')}</li>}
        {state.kind === 'rank' && <li>{t('legendRank')}</li>}
      </ul>
    </figcaption>
  );
}
