import type { Observation } from '@bd/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OverviewPage } from '../features/overview/components/overview-page.tsx';
import { apiBodies, entity, observations } from '../test-fixtures.ts';
import { mockFetch, renderWithApp } from '../test-utils.tsx';

const other = {
  id: 'thu-dau-mot',
  name: { en: 'Thu Dau Mot city', vi: 'Thành phố Thủ Dầu Một' },
  kind: 'provincial_city',
  country: 'VN',
};
/** The other place's observations: the same series with values one thousand times larger. */
const otherObservations: Observation[] = observations.map((o) => ({
  ...o,
  id: `${o.id}-tdm`,
  entity: other.id,
  value: o.value * 1000,
}));

/** An API with two places, answering `/api/observations?entity=` with that place's observations only. */
function mockTwoEntities() {
  const bodies = { ...apiBodies(), '/api/entities': { entities: [entity, other] } };
  const fallback = mockFetch(bodies);
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname === '/api/observations') {
      const chosen = url.searchParams.get('entity');
      const list =
        chosen === other.id ? otherObservations : chosen === entity.id ? observations : [...observations, ...otherObservations];
      return new Response(JSON.stringify({ count: list.length, observations: list }), { status: 200 });
    }
    return fallback(input);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('the province selector', () => {
  it('is not offered when the data describes one place', async () => {
    mockFetch({ ...apiBodies(), '/api/entities': { entities: [entity] } });
    renderWithApp(<OverviewPage />);
    await screen.findAllByTestId('indicator-card');
    expect(screen.queryByRole('combobox', { name: 'Place' })).not.toBeInTheDocument();
  });

  it('lists a former province with its last day under the city it became part of, and opens on the province', async () => {
    const fetchMock = mockFetch();
    renderWithApp(<OverviewPage />);
    const select = await screen.findByRole('combobox', { name: 'Place' });
    expect(select).toHaveValue('binh-duong');
    const group = within(select).getByRole('group', { name: 'Ho Chi Minh City' });
    expect(
      within(group)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Ho Chi Minh City', 'Binh Duong province (until 30 June 2025)']);
    await screen.findAllByTestId('indicator-card');
    expect(fetchMock.mock.calls.map(([input]) => String(input))).toContain('/api/observations?entity=binh-duong');
  });

  it('writes the former province’s last day as Vietnamese readers do', async () => {
    mockFetch();
    renderWithApp(<OverviewPage />, '/?lang=vi');
    const select = await screen.findByRole('combobox', { name: 'Địa phương' });
    expect(within(select).getByRole('option', { name: 'Tỉnh Bình Dương (đến 30/6/2025)' })).toBeInTheDocument();
  });

  it('shows the first place by default, asking the API for that place only', async () => {
    const fetchMock = mockTwoEntities();
    renderWithApp(<OverviewPage />);
    const select = await screen.findByRole('combobox', { name: 'Place' });
    expect(select).toHaveValue('binh-duong');
    await screen.findAllByTestId('indicator-card');
    const asked = fetchMock.mock.calls.map(([input]) => String(input));
    expect(asked).toContain('/api/observations?entity=binh-duong');
    expect(asked).not.toContain('/api/observations');
  });

  it('switches place, keeps it in the address, and downloads that place’s CSV', async () => {
    const user = userEvent.setup();
    mockTwoEntities();
    const { location } = renderWithApp(<OverviewPage />);
    const select = await screen.findByRole('combobox', { name: 'Place' });
    await user.selectOptions(select, 'thu-dau-mot');
    await waitFor(() => expect(location.history.at(-1)).toContain('entity=thu-dau-mot'));
    const cards = await screen.findAllByTestId('indicator-card');
    await waitFor(() => expect(cards[0]?.querySelector('.indicator-card__value')).toHaveTextContent(/,000/));
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/observations.csv?entity=thu-dau-mot',
    );
  });

  it('opens a shared link on the place it names', async () => {
    mockTwoEntities();
    renderWithApp(<OverviewPage />, '/?entity=thu-dau-mot');
    expect(await screen.findByRole('combobox', { name: 'Place' })).toHaveValue('thu-dau-mot');
  });
});
