import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiBodiesWithChecks, checksBody } from '../../../test-checks.ts';
import { mockFetch, renderWithApp } from '../../../test-utils.tsx';
import { ChecksPage } from './checks-page.tsx';

describe('ChecksPage', () => {
  it('lists every check with its sentence, anchored by id', async () => {
    mockFetch(apiBodiesWithChecks());
    renderWithApp(<ChecksPage />);
    const checks = await screen.findAllByTestId('check');
    expect(checks.map((c) => c.id)).toEqual(checksBody().checks.map((c) => `check-${c.id}`));
    expect(screen.getByRole('heading', { level: 1, name: 'Checks' })).toBeInTheDocument();
    const falls = screen.getByRole('article', { name: 'Falls from 4 to 3' });
    expect(falls).toHaveTextContent(
      'International organisation memberships: from 4 (as of 1 March 2021) to 3 (as of 24 January 2024); the later article counts fewer than the earlier one.',
    );
  });

  it('puts both sources side by side: value, qualifier, date, publisher and the article’s words', async () => {
    mockFetch(apiBodiesWithChecks());
    renderWithApp(<ChecksPage />);
    const qualifiers = await screen.findByRole('article', { name: '“nearly” and “more than” 35 billion USD' });
    const [earlier, later] = within(qualifiers).getAllByTestId('check-side') as [HTMLElement, HTMLElement];
    expect(earlier).toHaveTextContent('As of 26 June 2020');
    expect(earlier).toHaveTextContent('nearly 35 billion USD');
    expect(within(earlier).getByRole('link', { name: 'Binh Duong provincial portal, 26 June 2020' })).toHaveAttribute(
      'href',
      '/sources#source-portal-2020-06-26',
    );
    expect(earlier).toHaveTextContent('nearly USD 35 billion');
    expect(later).toHaveTextContent('more than 35 billion USD');
    expect(later).toHaveTextContent('Nederlandse ambassade, about 1 March 2021');
    expect(later).toHaveTextContent('ruim 35 miljard dollar');
    expect(within(qualifiers).getByRole('link', { name: 'See the chart of FDI registered capital' })).toHaveAttribute(
      'href',
      '/indicators/fdi_registered_capital_cumulative',
    );
  });

  it('sets a stated count against the items the articles name, counting the missing ones', async () => {
    mockFetch(apiBodiesWithChecks());
    renderWithApp(<ChecksPage />);
    const short = await screen.findByRole('article', { name: '1 named of 13' });
    const [stated, named] = within(short).getAllByTestId('check-side') as [HTMLElement, HTMLElement];
    expect(stated).toHaveTextContent('13');
    expect(named).toHaveTextContent('Named in the articles: 1');
    expect(named).toHaveTextContent('Not named in any article: 12');
    expect(named).toHaveTextContent('Provincie Gelderland (Netherlands): partnerschap met Gelderland');
  });

  it('speaks Vietnamese', async () => {
    mockFetch(apiBodiesWithChecks());
    renderWithApp(<ChecksPage />, '/checks?lang=vi');
    expect(await screen.findByRole('article', { name: 'Giảm từ 4 xuống 3' })).toHaveTextContent(
      'bài viết sau đếm ít hơn bài viết trước',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Đối chiếu' })).toBeInTheDocument();
    expect(screen.getAllByText('Số lượng giảm').length).toBeGreaterThan(0);
  });

  it('says so when the articles add up', async () => {
    mockFetch({ ...apiBodiesWithChecks(), '/api/checks': { checks: [], sources: [] } });
    renderWithApp(<ChecksPage />);
    expect(await screen.findByText('The articles add up: nothing to reconcile.')).toBeInTheDocument();
  });
});
