import type { Locale } from '@bd/core';
import type { ChartState } from './series-chart-state.ts';

/**
 * Everything the chart's plot is drawn from, as plain data: the same object draws the live chart in the browser
 * and the chart's SVG on the server (see `server/chart-worker.tsx`), so both draw the same thing.
 */
export interface PlotDrawing {
  state: ChartState;
  locale: Locale;
  /** Fixed width in pixels; by default the plot fills its box's width. */
  width: number | undefined;
  height: number | `${number}%`;
  /** Axis type size in pixels; marks and the value axis scale with it. */
  fontSize: number;
  /** The words of a flow's unreported band, and the value axis's title, in the page's language. */
  gapLabel: string;
  axisTitle: string;
  activeId: string | undefined;
  pinnedId: string | undefined;
}

/**
 * The width the server draws a chart that fills its box at: the indicator view's chart column at the widths most
 * officials read it at (1280 px and wider), so there the live chart replaces it without a pixel moving. Narrower
 * boxes show it scaled to their width, at the same height, until the live chart is drawn.
 */
export const SERVER_PLOT_WIDTH = 832;

/** The height the server draws a chart whose height is a share of its box, which a server cannot measure. */
export const SERVER_PLOT_HEIGHT = 480;

/** A key that is the same for the same drawing, to find the server's SVG of it again. */
export function drawingKey(drawing: PlotDrawing): string {
  return JSON.stringify(drawing);
}
