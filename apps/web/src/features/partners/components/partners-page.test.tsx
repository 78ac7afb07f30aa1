import type { DatedEvent } from '@bd/core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiBodiesWithChecks } from '../../../test-checks.ts';
import { partnerEvent } from '../../../test-fixtures.ts';
import { mockFetch, renderWithApp } from '../../../test-utils.tsx';
import { PartnersPage } from './partners-page.tsx';

/** The small data set, with Nebraska (a partner data/ places at its state) beside Gelderland (one it does not). */
function bodiesWithNebraska(...more: DatedEvent[]): Record<string, unknown> {
  const bodies = apiBodiesWithChecks();
  const { events } = bodies['/api/events'] as { events: DatedEvent[] };
  const nebraska = partnerEvent('partner-nebraska', 'Nebraska State', 'US', 'portal-2024-01-24', {
    date: '2023-01-01',
    date_precision: 'year',
    agreement: 'memorandum of understanding',
    evidence: 'Nebraska State (the USA)',
  });
  return { ...bodies, '/api/events': { ...(bodies['/api/events'] as object), events: [...events, nebraska, ...more] } };
}

// The map is a lazy module: its first load (the atlas, d3-geo) may take longer than findBy's default second.
const findMap = () => screen.findByRole('group', { name: /^World map of the 2 partner localities/ }, { timeout: 10_000 });

describe('PartnersPage', () => {
  it('lists each partner with its country, where the map puts it, agreement, and the article that first names it', async () => {
    mockFetch(apiBodiesWithChecks());
    renderWithApp(<PartnersPage />, '/partners');
    const table = await screen.findByRole('table', { name: 'Every partner locality the articles name' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    const row = rows[0] as HTMLElement;
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Provincie Gelderland');
    expect(row).toHaveTextContent('Netherlands');
    expect(row).toHaveTextContent('On the map at the middle of Netherlands');
    expect(row).toHaveTextContent('not stated');
    // The Dutch publisher is marked Dutch: jsdom, not knowing the span is inline, names the link with a space at the
    // span's end, so the link is found by its address and read by its text.
    const cited = within(row)
      .getAllByRole('link')
      .find((link) => link.getAttribute('href') === '/sources#source-nl-2021-embassy');
    expect(cited).toHaveTextContent(/^Nederlandse ambassade, about 1 March 2021$/);
    expect(within(cited as HTMLElement).getByText('Nederlandse ambassade')).toHaveAttribute('lang', 'nl');
    expect(within(row).getByText('partnerschap met Gelderland')).toHaveAttribute('lang', 'nl');
    expect(within(row).getByText('partnership with Gelderland')).toHaveAttribute('lang', 'en');
  });

  it('puts each partner on the map as a button, at its own state, or at its country and says so', async () => {
    mockFetch(bodiesWithNebraska());
    renderWithApp(<PartnersPage />, '/partners');
    const map = await findMap();
    expect(within(map).getAllByTestId('map-marker')).toHaveLength(2);
    expect(within(map).getByRole('button', { name: 'Nebraska State, United States' })).toBeInTheDocument();
    expect(
      within(map).getByRole('button', { name: 'Provincie Gelderland, Netherlands (shown at its country)' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('map-unplaced')).toHaveTextContent(
      'Shown at their country, their own place not found: Provincie Gelderland (Netherlands).',
    );
    expect(map.querySelector('.world-map__country--home')).toHaveAttribute('data-id', '704');
    expect(map.querySelector('[data-id="840"]')).toHaveClass('world-map__country--other');
    expect(screen.getByText('Vietnam, home of Binh Duong province')).toBeInTheDocument();
  });

  it('says which partners it cannot put on the map at all, instead of leaving them out without a word', async () => {
    mockFetch(bodiesWithNebraska(partnerEvent('partner-somewhere', 'Somewhere City', 'SG', 'portal-2024-01-24')));
    renderWithApp(<PartnersPage />, '/partners');
    await screen.findByRole('group', { name: /^World map of the 3 partner localities/ }, { timeout: 10_000 });
    expect(screen.getByTestId('map-unmapped')).toHaveTextContent('Not on the map');
    expect(screen.getByTestId('map-unmapped')).toHaveTextContent('Somewhere City (Singapore)');
  });

  it('opens a partner by click or keyboard: its agreement and article, closed by Esc with focus back on the marker', async () => {
    const user = userEvent.setup();
    mockFetch(bodiesWithNebraska());
    renderWithApp(<PartnersPage />, '/partners');
    const map = await findMap();
    const nebraska = within(map).getByRole('button', { name: 'Nebraska State, United States' });
    await user.click(nebraska);
    const panel = screen.getByRole('dialog', { name: /Nebraska State/ });
    expect(panel).toHaveFocus();
    expect(panel).toHaveTextContent('On the map at Nebraska.');
    expect(panel).toHaveTextContent('memorandum of understanding');
    expect(panel).toHaveTextContent('2023');
    expect(within(panel).getByRole('link', { name: /Binh Duong provincial portal/ })).toHaveAttribute(
      'href',
      '/sources#source-portal-2024-01-24',
    );
    expect(within(panel).getByText('Nebraska State (the USA)')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(nebraska).toHaveFocus();

    const gelderland = within(map).getByRole('button', { name: /Provincie Gelderland/ });
    gelderland.focus();
    await user.keyboard(' ');
    expect(screen.getByRole('dialog', { name: /Provincie Gelderland/ })).toHaveTextContent(
      'On the map at the middle of Netherlands',
    );
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(map).getByRole('button', { name: /Provincie Gelderland/ })).toHaveFocus();
  });

  it('zooms by its buttons and back to the whole world', async () => {
    const user = userEvent.setup();
    mockFetch(bodiesWithNebraska());
    renderWithApp(<PartnersPage />, '/partners');
    const map = await findMap();
    const world = () => map.querySelector('g')?.getAttribute('transform');
    expect(world()).toBe('translate(0 0) scale(1)');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(world()).toMatch(/scale\(2\)$/);
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Show the whole world' }));
    expect(world()).toBe('translate(0 0) scale(1)');
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
  });

  it('marks the checks on the partner count, and speaks Vietnamese', async () => {
    mockFetch(apiBodiesWithChecks());
    renderWithApp(<PartnersPage />, '/partners?lang=vi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Địa phương đối tác' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Đối chiếu: Đã nêu tên 1 trên 13' })).toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'Hà Lan' })).toBeInTheDocument();
  });
});
