import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiBodiesWithChecks } from '../../../test-checks.ts';
import { mockFetch, renderWithApp } from '../../../test-utils.tsx';
import { PartnersPage } from './partners-page.tsx';

describe('PartnersPage', () => {
  it('lists each partner with its country, agreement, and the article that first names it, with its words', async () => {
    mockFetch(apiBodiesWithChecks());
    renderWithApp(<PartnersPage />, '/partners');
    const table = await screen.findByRole('table', { name: 'Every partner locality the articles name' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    const row = rows[0] as HTMLElement;
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Provincie Gelderland');
    expect(row).toHaveTextContent('Netherlands');
    expect(row).toHaveTextContent('not stated');
    expect(within(row).getByRole('link', { name: 'Nederlandse ambassade, about 1 March 2021' })).toHaveAttribute(
      'href',
      '/sources#source-nl-2021-embassy',
    );
    expect(within(row).getByText('partnerschap met Gelderland')).toHaveAttribute('lang', 'nl');
    expect(within(row).getByText('partnership with Gelderland')).toHaveAttribute('lang', 'en');
  });

  it('draws the partner countries on a map whose label points to the list', async () => {
    mockFetch(apiBodiesWithChecks());
    renderWithApp(<PartnersPage />, '/partners');
    // The map is a lazy module: its first load (the atlas, d3-geo) may take longer than findBy's default second.
    const map = await screen.findByRole(
      'img',
      { name: /World map with the 1 countries of the 1 partner localities highlighted/ },
      { timeout: 10_000 },
    );
    expect(screen.getByText('Vietnam, home of Binh Duong province')).toBeInTheDocument();
    expect(map.querySelectorAll('[data-testid="map-marker"]')).toHaveLength(1);
    expect(map.querySelector('.world-map__country--partner')).toHaveAttribute('data-id', '528');
    expect(map.querySelector('.world-map__country--home')).toHaveAttribute('data-id', '704');
  });

  it('marks the checks on the partner count, and speaks Vietnamese', async () => {
    mockFetch(apiBodiesWithChecks());
    renderWithApp(<PartnersPage />, '/partners?lang=vi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Địa phương đối tác' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Đối chiếu: Đã nêu tên 1 trên 13' })).toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'Hà Lan' })).toBeInTheDocument();
  });
});
