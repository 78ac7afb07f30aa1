import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { entityQueries } from '../../../lib/queries/entity-queries.ts';
import { indicatorQueries } from '../../../lib/queries/indicator-queries.ts';
import { entity } from '../../../test-fixtures.ts';
import { mockFetch, renderWithApp, testQueryClient } from '../../../test-utils.tsx';
import { IndicatorPage } from './indicator-page.tsx';

function renderIndicator(id: string, search = '') {
  mockFetch();
  return renderWithApp(<IndicatorPage id={id} chartWidth={640} />, `/indicators/${id}${search}`);
}

describe('IndicatorPage', () => {
  it('draws a mark per value, hollow where the source qualifies it, with a text alternative', async () => {
    renderIndicator('fdi_registered_capital_cumulative');
    expect(await screen.findByRole('heading', { level: 1, name: 'FDI registered capital' })).toBeInTheDocument();
    // The live chart's code loads after the page: its marks arrive with it.
    const marks = await screen.findAllByTestId('chart-point');
    expect(marks).toHaveLength(3);
    expect(marks[0]).toHaveClass('chart-mark--hollow');
    expect(
      screen.getByRole('img', { name: /FDI registered capital, 3 values.*more than 42\.4 billion USD/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/"nearly": the true figure is a little below/)).toBeInTheDocument();
  });

  it('says of every rank how many it is among, and where that count comes from', async () => {
    renderIndicator('fdi_national_rank');
    const marks = await screen.findAllByTestId('chart-point');
    fireEvent.mouseEnter(marks[0] as Element);
    expect(screen.getByTestId('chart-tooltip')).toHaveTextContent('3rd of 63 provinces and cities');
    const peers = screen.getByRole('region', { name: 'Ranked among' });
    expect(peers).toHaveTextContent('63 provinces and centrally-run cities from 1 June 2020');
    expect(within(peers).getByText('across 63 provinces and centrally-governed cities')).toHaveAttribute('lang', 'en');
    expect(within(peers).getByRole('link', { name: /Example broadcaster/ })).toHaveAttribute(
      'href',
      '/sources#source-peer-count-2020',
    );
  });

  it('shows the value, period, source and evidence in the tooltip when a mark is hovered', async () => {
    renderIndicator('fdi_registered_capital_cumulative');
    const marks = await screen.findAllByTestId('chart-point');
    fireEvent.mouseEnter(marks[1] as Element);
    const tooltip = screen.getByTestId('chart-tooltip');
    expect(tooltip).toHaveTextContent('more than 35 billion USD');
    expect(tooltip).toHaveTextContent('1 March 2021');
    expect(tooltip).toHaveTextContent('Binh Duong: een provincie in opmars');
    expect(tooltip).toHaveTextContent('Nederlandse ambassade, about 1 March 2021');
    expect(within(tooltip).getByText('ruim 35 miljard dollar')).toHaveAttribute('lang', 'nl');
    expect(within(tooltip).getByText('over 35 billion dollars')).toHaveAttribute('lang', 'en');
  });

  it('pins the citation of a clicked mark, and of a value chosen with the keyboard', async () => {
    const user = userEvent.setup();
    const { location } = renderIndicator('fdi_registered_capital_cumulative');
    const marks = await screen.findAllByTestId('chart-point');
    await user.click(marks[2] as Element);
    const panel = screen.getByTestId('citation-panel');
    expect(panel).toHaveTextContent('more than 42.4 billion USD');
    expect(within(panel).getByRole('link', { name: 'Open the article' })).toHaveAttribute(
      'href',
      'https://example.org/portal-2024-01-24',
    );
    expect(within(panel).getByRole('link', { name: 'Everything taken from this article' })).toHaveAttribute(
      'href',
      '/sources#source-portal-2024-01-24',
    );
    expect(location.history.at(-1)).toContain('point=');

    const list = screen.getByRole('list', { name: /Values in the chart/ });
    const first = within(list).getAllByRole('button')[0] as HTMLElement;
    act(() => first.focus());
    expect(screen.getByTestId('chart-tooltip')).toHaveTextContent('nearly 35 billion USD');
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('citation-panel')).toHaveTextContent('nearly 35 billion USD');
    await user.click(marks[1] as Element);
    expect(screen.getByTestId('citation-panel')).toHaveTextContent('The article gives no web address.');
  });

  it('draws a flow as bars of one width, each with a bracket as long as its period, and shades what no source reports', async () => {
    renderIndicator('fdi_attracted');
    const marks = await screen.findAllByTestId('chart-point');
    const widths = marks.map((g) => Number(g.querySelector('rect.chart-mark__shape')?.getAttribute('width')).toFixed(3));
    expect(new Set(widths).size).toBe(1);
    const bracket = (i: number) => {
      const d = marks[i]?.querySelector('.chart-mark__period')?.getAttribute('d') ?? '';
      const [start, end] = [...d.matchAll(/[MH](-?[\d.]+)/g)].map((m) => Number(m[1]));
      return (end ?? 0) - (start ?? 0);
    };
    expect(bracket(1) / bracket(0)).toBeGreaterThan(0.45);
    expect(bracket(1) / bracket(0)).toBeLessThan(0.55);
    expect(screen.getAllByText('first half of 2020').length).toBeGreaterThan(0);
    expect(screen.getAllByTestId('chart-gap')).toHaveLength(1);
    expect(screen.getByRole('img', { name: /No value reported for July 2020 to December 2023/ })).toBeInTheDocument();
  });

  it('gives each qualifier its own mark, in the chart and the legend, and dashes the line across a gap', async () => {
    renderIndicator('fdi_registered_capital_cumulative');
    const marks = await screen.findAllByTestId('chart-point');
    expect(marks.map((m) => m.getAttribute('data-mark'))).toEqual(['triangle-down', 'triangle-up', 'triangle-up']);
    const legend = screen.getByText(/Triangle pointing down, "nearly"/).closest('li');
    expect(legend?.querySelector('svg')).toHaveAttribute('data-mark', 'triangle-down');
    expect(screen.getByText(/Triangle pointing up, "more than"/)).toBeInTheDocument();
    expect(screen.getByTestId('chart-line-unreported')).toBeInTheDocument();
    expect(screen.getByTestId('latest-label')).toHaveTextContent('more than 42.4 billion USD');
    expect(screen.getByTestId('axis-title')).toHaveTextContent('billion USD');
  });

  it('notes where the sources disagree, marking the values', async () => {
    renderIndicator('international_org_memberships');
    const notice = await screen.findByRole('region', { name: 'The sources disagree' });
    expect(notice).toHaveTextContent('The level falls from 4');
    expect(notice).toHaveTextContent('to 3');
    expect(screen.getAllByTestId('chart-point').filter((m) => m.classList.contains('chart-mark--disputed'))).toHaveLength(2);
  });

  it('shows the same data as a table with a source column', async () => {
    const user = userEvent.setup();
    const { location } = renderIndicator('fdi_registered_capital_cumulative');
    const toggle = await screen.findByRole('button', { name: 'Table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    const table = await screen.findByRole('table', { name: 'FDI registered capital: every value with its source' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(location.history.at(-1)).toContain('view=table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(table).getByRole('columnheader', { name: 'Source' })).toBeInTheDocument();
    expect(rows[3]).toHaveTextContent('more than 42.4 billion USD');
    expect(rows[3]).toHaveTextContent('more than');
    expect(rows[3]).toHaveTextContent('stated in the article');
    expect(rows[3]).toHaveTextContent('Consular meeting 2024');
    expect(rows[3]).toHaveTextContent('hơn 42,4 tỷ USD');
  });

  it('filters to the years in the address and downloads that range', async () => {
    renderIndicator('fdi_attracted', '?from=2020&to=2023');
    expect(await screen.findAllByTestId('chart-point')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/observations.csv?indicator=fdi_attracted&entity=binh-duong&from=2020&to=2023',
    );
    expect(screen.getByRole('link', { name: 'Excel (BOM)' })).toHaveAttribute(
      'href',
      '/api/observations.csv?indicator=fdi_attracted&entity=binh-duong&from=2020&to=2023&bom=1',
    );
  });

  it('writes values in Vietnamese', async () => {
    renderWithApp(<IndicatorPage id="fdi_registered_capital_cumulative" chartWidth={640} />, '/x?lang=vi');
    mockFetch();
    expect(await screen.findByRole('heading', { level: 1, name: 'Vốn FDI đăng ký lũy kế' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /hơn 42,4 tỷ USD/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bảng' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải CSV' })).toBeInTheDocument();
  });

  it('says an unknown indicator does not exist', async () => {
    renderIndicator('nope');
    expect(await screen.findByText('There is no indicator with the id "nope".')).toBeInTheDocument();
  });

  it('says so without asking again when the first view’s prefetch already got the 404', async () => {
    const fetchMock = mockFetch();
    const client = testQueryClient();
    await Promise.all([
      client.prefetchQuery(entityQueries.all()),
      client.prefetchQuery(indicatorQueries.detail('nope', entity.id)),
    ]);
    const location = memoryLocation({ path: '/indicators/nope' });
    render(
      <QueryClientProvider client={client}>
        <Router hook={location.hook} searchHook={location.searchHook}>
          <IndicatorPage id="nope" chartWidth={640} />
        </Router>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('There is no indicator with the id "nope".')).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([url]) => String(url).startsWith('/api/indicators/nope'))).toHaveLength(1);
  });
});
