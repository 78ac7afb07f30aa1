/**
 * A worker thread that draws charts' plots with recharts inside jsdom, for the server's HTML. recharts 3 draws
 * nothing in React's server renderer (its axes and series register through effects: recharts/recharts#5997), so
 * each plot is rendered here by React's DOM renderer into a server-side DOM, synchronously, and its SVG sent back.
 * jsdom's globals live in this thread only: the server renderer beside it sees no `window`.
 */
import { parentPort } from 'node:worker_threads';
import { JSDOM } from 'jsdom';
import type { PlotDrawing } from '../components/series-chart/plot-drawing.ts';

/** A plot to draw, and its answer: the `<svg>` markup, or what went wrong. */
export interface DrawRequest {
  id: number;
  drawing: PlotDrawing;
}
export type DrawAnswer = { id: number; svg: string } | { id: number; error: string };

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
const globals = globalThis as Record<string, unknown>;
for (const name of ['window', 'document', 'navigator', 'HTMLElement', 'Element', 'Node', 'SVGElement', 'getComputedStyle']) {
  globals[name] = name === 'window' ? dom.window : (dom.window as unknown as Record<string, unknown>)[name];
}
globals.requestAnimationFrame = dom.window.requestAnimationFrame.bind(dom.window);
globals.cancelAnimationFrame = dom.window.cancelAnimationFrame.bind(dom.window);

// Imported once the globals are there: React DOM and recharts look for `window` as they load.
const [{ createElement }, { flushSync }, { createRoot }, { LivePlot }, { SERVER_PLOT_HEIGHT, SERVER_PLOT_WIDTH }] =
  await Promise.all([
    import('react'),
    import('react-dom'),
    import('react-dom/client'),
    import('../components/series-chart/live-plot.tsx'),
    import('../components/series-chart/plot-drawing.ts'),
  ]);

/** The plot's SVG at the size the server draws it: a box's width, or a share of its height, cannot be measured here. */
function draw(drawing: PlotDrawing): string {
  const width = drawing.width ?? SERVER_PLOT_WIDTH;
  const height = typeof drawing.height === 'number' ? drawing.height : SERVER_PLOT_HEIGHT;
  const container = dom.window.document.createElement('div');
  dom.window.document.body.append(container);
  const root = createRoot(container);
  try {
    flushSync(() => root.render(createElement(LivePlot, { drawing: { ...drawing, width, height } })));
    const svg = container.querySelector('svg.recharts-surface');
    if (!svg) throw new Error('recharts drew no <svg>');
    // Scaled to the box it is shown in, as the live chart would fill it.
    svg.removeAttribute('style');
    svg.setAttribute('width', '100%');
    svg.setAttribute('height', '100%');
    return svg.outerHTML;
  } finally {
    root.unmount();
    container.remove();
  }
}

parentPort?.on('message', ({ id, drawing }: DrawRequest) => {
  let answer: DrawAnswer;
  try {
    answer = { id, svg: draw(drawing) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(answer);
});
