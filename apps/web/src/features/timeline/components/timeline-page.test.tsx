import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiBodies, events } from '../../../test-fixtures.ts';
import { mockFetch, renderWithApp } from '../../../test-utils.tsx';
import { TimelinePage } from './timeline-page.tsx';

describe('TimelinePage', () => {
  it('lists events in date order, each with its source, and filters by type in the address', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch();
    const { location } = renderWithApp(<TimelinePage />, '/timeline');
    const items = within(await screen.findByRole('list')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Provincie Gelderland');
    expect(items[0]).toHaveTextContent('March 2021');
    expect(items[0]).toHaveTextContent('Partner locality · Netherlands');
    expect(within(items[0] as HTMLElement).getByRole('link', { name: /Nederlandse ambassade/ })).toHaveAttribute(
      'href',
      '/sources#source-nl-2021-embassy',
    );
    expect(items[1]).toHaveTextContent('reported on 24 January 2024');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Event type' }), 'conference');
    expect(location.history.at(-1)).toContain('type=conference');
    expect(fetchMock).toHaveBeenCalledWith('/api/events?type=conference', expect.anything());
  });

  it('lists the province’s administrative change with its label, its name marked in the article’s language', async () => {
    mockFetch();
    renderWithApp(<TimelinePage />, '/timeline?lang=vi');
    const items = within(await screen.findByRole('list')).getAllByRole('listitem');
    const change = items.at(-1) as HTMLElement;
    expect(change).toHaveTextContent('ngày 1 tháng 7 năm 2025');
    expect(change).toHaveTextContent('Thay đổi đơn vị hành chính');
    expect(within(change).getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en');
    expect(within(change).getByRole('link', { name: /Lao Dong/ })).toHaveAttribute(
      'href',
      '/sources?lang=vi#source-laodong-2025-06-16',
    );
  });

  it('names an agreement’s kind in the interface’s words, and the Dutch article’s names and publisher in Dutch', async () => {
    const partner = events.find((e) => e.source === 'nl-2021-embassy') as (typeof events)[number];
    const agreement = { ...partner, id: 'agreement-gelderland', type: 'agreement' as const, agreement: 'letter of intent' };
    mockFetch({ ...apiBodies(), '/api/events': { events: [agreement] } });
    renderWithApp(<TimelinePage />, '/timeline?lang=vi');
    const item = within(await screen.findByRole('list')).getByRole('listitem');
    expect(item).toHaveTextContent('Thỏa thuận · Hà Lan · thư ý định');
    expect(item).not.toHaveTextContent('letter of intent');
    expect(within(item).getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'nl');
    expect(within(item).getByText('Nederlandse ambassade')).toHaveAttribute('lang', 'nl');
  });
});
