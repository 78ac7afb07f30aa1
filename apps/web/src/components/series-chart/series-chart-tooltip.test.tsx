import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { indicators, observations, sources } from '../../test-fixtures.ts';
import { SeriesChart } from './series-chart.tsx';
import { seriesChartState } from './series-chart-state.ts';

const stock = indicators.find((i) => observations.filter((o) => o.indicator === i.id).length >= 2 && i.kind === 'stock')!;
const state = seriesChartState(
  stock,
  observations.filter((o) => o.indicator === stock.id),
  sources,
  [],
  'en',
);

function renderChart(focusedId?: string) {
  const location = memoryLocation({ path: '/' });
  const ui = (id?: string) => (
    <Router hook={location.hook} searchHook={location.searchHook}>
      <SeriesChart state={state} summary="A series" width={640} height={320} focusedId={id} />
    </Router>
  );
  const rendered = render(ui(focusedId));
  return { ...rendered, focus: (id?: string) => rendered.rerender(ui(id)) };
}

const tooltip = () => screen.queryByTestId('chart-tooltip');
/** The live plot's marks, once its code has loaded (slow on a busy machine). */
const marks = () => screen.findAllByTestId('chart-point', {}, { timeout: 10_000 });

describe("a chart's tooltip, as WCAG 1.4.13 asks", () => {
  const leaving = vi.fn();
  const presenterEsc = (event: KeyboardEvent) => event.key === 'Escape' && leaving();
  afterEach(() => {
    document.removeEventListener('keydown', presenterEsc);
    leaving.mockReset();
  });

  it('stays while the pointer goes from the mark onto it, and goes when the pointer leaves both', async () => {
    renderChart();
    const [mark] = await marks();
    fireEvent.mouseEnter(mark!);
    expect(tooltip()).toBeInTheDocument();
    // A browser sends both in one move, before anything is drawn again.
    const shown = tooltip()!;
    act(() => {
      fireEvent.mouseLeave(mark!);
      fireEvent.mouseEnter(shown);
    });
    expect(tooltip()).toBeInTheDocument();
    fireEvent.mouseLeave(tooltip()!);
    expect(tooltip()).not.toBeInTheDocument();
  });

  it("marks the article's title with its source's language", async () => {
    renderChart();
    const [mark] = await marks();
    fireEvent.mouseEnter(mark!);
    const source = state.marks[0]!.source!;
    expect(tooltip()!.querySelector('cite')).toHaveAttribute('lang', source.language);
  });

  it('hides on Esc, which nothing else around the chart then hears, and the next Esc is theirs', async () => {
    document.addEventListener('keydown', presenterEsc);
    renderChart();
    const [mark] = await marks();
    fireEvent.mouseEnter(mark!);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(tooltip()).not.toBeInTheDocument();
    expect(leaving).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(leaving).toHaveBeenCalledOnce();
  });

  it("hides a focused value's tooltip on Esc, and shows the next focused value's", async () => {
    const { focus } = renderChart(state.marks[0]!.id);
    expect(tooltip()).toHaveTextContent(state.marks[0]!.valueText);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(tooltip()).not.toBeInTheDocument();
    focus(state.marks[1]!.id);
    expect(tooltip()).toHaveTextContent(state.marks[1]!.valueText);
    focus(undefined);
    expect(tooltip()).not.toBeInTheDocument();
  });
});
