import { CartesianGrid, ComposedChart, DefaultZIndexes, Scatter, XAxis, YAxis, ZIndexLayer } from 'recharts';
import { formatAxisValue, formatAxisYear } from './chart-axes.ts';
import { AxisTitle, ChartGaps, ChartLine, ChartRules } from './chart-line.tsx';
import { ChartMarks, type MarkAnchor } from './chart-marks.tsx';
import type { PlotDrawing } from './plot-drawing.ts';

/** What the live plot tells the chart around it: the mark under the pointer, a pinned mark, where the mark sits. */
export interface PlotEvents {
  onHover: (id: string | undefined) => void;
  onPin: ((id: string) => void) | undefined;
  onAnchor: (anchor: MarkAnchor | undefined) => void;
}

const noEvents: PlotEvents = { onHover: () => {}, onPin: undefined, onAnchor: () => {} };

/**
 * The chart's plot drawn by recharts: axes, grid, line, gaps and the marks. The browser draws it live; the server
 * draws the same component in a server-side DOM for the page's HTML (recharts draws nothing in React's server
 * renderer). Every tick is given, and none is dropped for lack of room, since a server DOM measures text as 0 wide.
 */
export function LivePlot({ drawing, events = noEvents }: { drawing: PlotDrawing; events?: PlotEvents }) {
  const { state, locale, width, height, fontSize, gapLabel, axisTitle, activeId, pinnedId } = drawing;
  const size = width === undefined ? { responsive: true, width: '100%' as const, height } : { width, height };
  const margin = { top: Math.round(fontSize * 2.4), right: 24, bottom: 12, left: 8 };
  // A flow's bars have their period's bracket under the axis, so its year labels sit lower.
  const flowBars = state.kind === 'flow' && !state.sampled;
  return (
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
        interval={0}
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
        <ChartGaps gaps={flowBars ? state.gaps : []} label={gapLabel} />
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.barBackground}>
        <ChartRules rules={state.rules} fontSize={fontSize} />
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.line}>
        <ChartLine segments={state.segments} strokeWidth={Math.max(2, fontSize / 5)} />
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.axis}>
        <AxisTitle text={axisTitle} left={margin.left} fontSize={fontSize} />
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
          onHover={events.onHover}
          onPin={events.onPin}
          onAnchor={events.onAnchor}
        />
      </ZIndexLayer>
    </ComposedChart>
  );
}

function NoShape() {
  return null;
}
