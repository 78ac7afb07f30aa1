import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithApp } from '../../../test-utils.tsx';
import { OverviewPage } from './overview-page.tsx';

describe('OverviewPage', () => {
  it('shows a card per headline indicator: value with qualifier and unit, when, change, source', async () => {
    mockFetch();
    renderWithApp(<OverviewPage />);
    const cards = await screen.findAllByTestId('indicator-card');
    expect(cards).toHaveLength(3);
    const capital = cards[1] as HTMLElement;
    expect(capital).toHaveTextContent('more than 42.4 billion USD');
    expect(capital).toHaveTextContent('as of 24 January 2024');
    // Two "more than" figures: their difference is not the change, so only the two ends are stated.
    expect(capital).toHaveTextContent('From more than 35 billion USD (1 March 2021) to more than 42.4 billion USD');
    expect(capital).not.toHaveTextContent('≈');
    // The publisher is marked with its article's language (here Vietnamese): jsdom, not knowing the span is inline,
    // names the link with a space at the span's end, so the link is found by its address and read by its text.
    const cited = within(capital)
      .getAllByRole('link')
      .find((link) => link.getAttribute('href') === '/sources#source-portal-2024-01-24');
    expect(cited).toHaveTextContent(/^Binh Duong provincial portal, 24 January 2024$/);
    expect(within(cited as HTMLElement).getByText('Binh Duong provincial portal')).toHaveAttribute('lang', 'vi');
    expect(within(capital).getByRole('link', { name: 'Sources disagree on FDI registered capital' })).toHaveAttribute(
      'href',
      '/indicators/fdi_registered_capital_cumulative',
    );
    expect(within(cards[0] as HTMLElement).queryByText('Sources disagree')).not.toBeInTheDocument();
    expect(cards[2]).toHaveTextContent('+300 million USD since 2019');
    // A flow's trend is bars from zero, as on its chart; a stock's a line with each qualifier's mark.
    expect(cards[2]?.querySelectorAll('.sparkline__bar')).toHaveLength(2);
    expect(cards[2]?.querySelector('.sparkline__base')).not.toBeNull();
    expect([...capital.querySelectorAll('.sparkline__mark')].map((m) => m.getAttribute('data-mark'))).toEqual([
      'triangle-down',
      'triangle-up',
      'triangle-up',
    ]);
  });

  it('lists the other indicators with their latest value and source', async () => {
    mockFetch();
    renderWithApp(<OverviewPage />);
    const table = await screen.findByRole('table', { name: 'Other indicators' });
    expect(within(table).getByRole('row', { name: /National FDI rank 2nd/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Trade surplus — No values recorded yet/ })).toBeInTheDocument();
    // The country's count of provincial-level units describes the country, not the province.
    expect(within(table).queryByRole('row', { name: /Provincial-level units/ })).not.toBeInTheDocument();
  });

  it('offers all the data as CSV, plain and for Excel', async () => {
    mockFetch();
    renderWithApp(<OverviewPage />);
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', '/api/observations.csv');
    expect(screen.getByRole('link', { name: 'Excel (BOM)' })).toHaveAttribute('href', '/api/observations.csv?bom=1');
    expect(document.title).toBe('Overview · Binh Duong dashboard');
  });

  it('writes qualified values the Vietnamese way', async () => {
    mockFetch();
    renderWithApp(<OverviewPage />, '/?lang=vi');
    const cards = await screen.findAllByTestId('indicator-card');
    expect(cards[1]).toHaveTextContent('hơn 42,4 tỷ USD');
    expect(cards[1]).toHaveTextContent('tính đến ngày 24 tháng 1 năm 2024');
    expect(cards[1]).toHaveTextContent('Các nguồn chênh lệch');
    expect(screen.getByRole('link', { name: 'Tải CSV' })).toBeInTheDocument();
  });
});
