import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IndicatorPage } from '../features/indicator/components/indicator-page.tsx';
import { IndicatorCard } from '../features/overview/components/indicator-card.tsx';
import { overviewOf } from '../features/overview/components/overview-cards.ts';
import { checkQueries } from '../lib/queries/check-queries.ts';
import { apiBodiesWithChecks, checksBody } from '../test-checks.ts';
import { indicators, observations, sources } from '../test-fixtures.ts';
import { mockFetch, renderWithApp } from '../test-utils.tsx';
import { CheckMarkers } from './check-markers.tsx';

describe('CheckMarkers', () => {
  it('links each check on an indicator to its place on /checks', async () => {
    mockFetch(apiBodiesWithChecks());
    renderWithApp(<CheckMarkers indicator="partner_localities" />);
    const links = await screen.findAllByRole('link');
    const ids = checksBody()
      .checks.filter((c) => c.indicator === 'partner_localities')
      .map((c) => c.id);
    expect(ids.length).toBe(3);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(ids.map((id) => `/checks#check-${id}`));
    expect(links[1]).toHaveAccessibleName('Check: 1 named of 13');
  });

  it('keeps the language in the link', async () => {
    mockFetch(apiBodiesWithChecks());
    renderWithApp(<CheckMarkers indicator="international_org_memberships" />, '/?lang=vi');
    const link = await screen.findByRole('link', { name: 'Đối chiếu: Giảm từ 4 xuống 3' });
    expect(link.getAttribute('href')).toMatch(/^\/checks\?lang=vi#check-stock-falls-/);
  });

  it('shows nothing for an indicator no check concerns, nor while the checks fail to load', async () => {
    mockFetch(apiBodiesWithChecks());
    const { container, client } = renderWithApp(<CheckMarkers indicator="fdi_attracted" />);
    await waitFor(() => expect(client.getQueryState(checkQueries.all().queryKey)?.status).toBe('success'));
    expect(client.getQueryData(checkQueries.all().queryKey)?.checks.length).toBeGreaterThan(0);
    expect(container).toBeEmptyDOMElement();
    mockFetch();
    const failed = renderWithApp(<CheckMarkers indicator="partner_localities" />);
    await waitFor(() => expect(failed.client.getQueryState(checkQueries.all().queryKey)?.status).toBe('error'));
    expect(failed.container).toBeEmptyDOMElement();
  });

  it('appears on the overview card of an indicator a check concerns', async () => {
    mockFetch(apiBodiesWithChecks());
    const entry = overviewOf(indicators, observations, sources).headline.find(
      (e) => e.indicator.id === 'fdi_registered_capital_cumulative',
    )!;
    renderWithApp(<IndicatorCard entry={entry} />);
    expect(await screen.findByRole('link', { name: 'Check: “nearly” and “more than” 35 billion USD' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/checks#check-qualifier-conflict-/),
    );
    expect(screen.queryByText('Sources disagree')).not.toBeInTheDocument();
  });

  it('leaves the card its "Sources disagree" badge where the checks cannot be had', async () => {
    mockFetch();
    const entry = overviewOf(indicators, observations, sources).headline.find(
      (e) => e.indicator.id === 'fdi_registered_capital_cumulative',
    )!;
    renderWithApp(<IndicatorCard entry={entry} />);
    expect(await screen.findByRole('link', { name: 'Sources disagree on FDI registered capital' })).toBeInTheDocument();
  });

  it('appears on the indicator view as the link of the disagreement it names, which the page finds itself', async () => {
    mockFetch(apiBodiesWithChecks());
    renderWithApp(
      <IndicatorPage id="international_org_memberships" chartWidth={640} />,
      '/indicators/international_org_memberships',
    );
    expect(await screen.findByRole('link', { name: 'A count falls' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/checks#check-stock-falls-/),
    );
  });
});
