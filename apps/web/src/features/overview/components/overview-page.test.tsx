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
    expect(capital).toHaveTextContent('≈ +7.4 billion USD since 1 March 2021');
    expect(within(capital).getByRole('link', { name: 'Binh Duong provincial portal, 24 January 2024' })).toHaveAttribute(
      'href',
      '/sources#source-portal-2024-01-24',
    );
    expect(within(capital).getByRole('link', { name: 'Sources disagree on FDI registered capital' })).toHaveAttribute(
      'href',
      '/indicators/fdi_registered_capital_cumulative',
    );
    expect(within(cards[0] as HTMLElement).queryByText('Sources disagree')).not.toBeInTheDocument();
    expect(cards[2]).toHaveTextContent('+300 million USD since 2019');
  });

  it('lists the other indicators with their latest value and source', async () => {
    mockFetch();
    renderWithApp(<OverviewPage />);
    const table = await screen.findByRole('table', { name: 'Other indicators' });
    expect(within(table).getByRole('row', { name: /National FDI rank 2nd/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Trade surplus — No values recorded yet/ })).toBeInTheDocument();
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
