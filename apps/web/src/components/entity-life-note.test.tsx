import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmbedPage } from '../features/embed/components/embed-page.tsx';
import { IndicatorPage } from '../features/indicator/components/indicator-page.tsx';
import { OverviewPage } from '../features/overview/components/overview-page.tsx';
import { apiBodies, entity } from '../test-fixtures.ts';
import { mockFetch, renderWithApp } from '../test-utils.tsx';

describe('the life of the province, where the page names it', () => {
  it('says on the overview that it ended and what it became, its citation opening to the article’s words', async () => {
    mockFetch();
    renderWithApp(<OverviewPage />);
    const note = await screen.findByTestId('entity-life');
    expect(note).toHaveTextContent('Binh Duong province, until 30 June 2025; since 1 July 2025 part of Ho Chi Minh City.');
    const citation = within(note).getByText(
      (_, el) => el?.tagName === 'SUMMARY' && el.textContent === 'Source: Lao Dong (English edition), about 16 June 2025',
    );
    const details = citation.closest('details') as HTMLElement;
    expect(within(details).getByText(/merging three localities/)).toHaveAttribute('lang', 'en');
    expect(within(details).getByRole('link', { name: 'Open the article' })).toHaveAttribute(
      'href',
      'https://example.org/laodong-2025-06-16',
    );
    expect(within(details).getByRole('link', { name: 'Everything taken from this article' })).toHaveAttribute(
      'href',
      '/sources#source-laodong-2025-06-16',
    );
  });

  it('says it in Vietnamese as its readers write it', async () => {
    mockFetch();
    renderWithApp(<OverviewPage />, '/?lang=vi');
    const note = await screen.findByTestId('entity-life');
    expect(note).toHaveTextContent('Tỉnh Bình Dương (đến 30/6/2025), nay thuộc Thành phố Hồ Chí Minh.');
    expect(note).toHaveTextContent('Nguồn: Lao Dong (English edition), khoảng ngày 16 tháng 6 năm 2025');
    // The publisher is the English article's words, read as English on the Vietnamese page.
    expect(within(note).getByText('Lao Dong (English edition)')).toHaveAttribute('lang', 'en');
  });

  it('says it on an indicator’s page and in an embed’s footer, which links to the source in a tab of its own', async () => {
    mockFetch();
    const page = renderWithApp(<IndicatorPage id="partner_localities" chartWidth={640} />, '/indicators/partner_localities');
    expect(await screen.findByTestId('entity-life')).toHaveTextContent(/^Binh Duong province, until 30 June 2025/);
    page.unmount();
    renderWithApp(<EmbedPage id="partner_localities" chartWidth={600} />, '/embed/partner_localities');
    const line = await screen.findByTestId('entity-life');
    expect(line).toHaveTextContent(/part of Ho Chi Minh City\. Source: Lao Dong/);
    const link = within(line).getByRole('link');
    expect(link).toHaveAttribute('href', '/sources#source-laodong-2025-06-16');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('shows nothing new for a place that has not ended', async () => {
    const { ended: _ended, became: _became, ...living } = entity;
    const fetchMock = mockFetch({ ...apiBodies(), '/api/entities': { entities: [living] } });
    renderWithApp(<OverviewPage />);
    await screen.findAllByTestId('indicator-card');
    expect(screen.queryByTestId('entity-life')).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([input]) => String(input))).not.toContain('/api/events');
  });
});
