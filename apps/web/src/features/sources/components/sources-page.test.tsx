import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithApp } from '../../../test-utils.tsx';
import { SourcesPage } from './sources-page.tsx';

describe('SourcesPage', () => {
  it('lists every article, newest first, with an anchor, its metadata, values and events', async () => {
    mockFetch();
    renderWithApp(<SourcesPage />, '/sources');
    const articles = await screen.findAllByRole('article');
    expect(articles.map((a) => a.id)).toEqual([
      'source-laodong-2025-06-16',
      'source-portal-2024-01-24',
      'source-nl-2021-embassy',
      'source-portal-2020-06-26',
      'source-peer-count-2020',
    ]);
    const embassy = articles[2] as HTMLElement;
    expect(within(embassy).getByRole('heading', { level: 2 })).toHaveTextContent('Binh Duong: een provincie in opmars');
    expect(embassy).toHaveTextContent('date estimated: the article gives none');
    expect(embassy).toHaveTextContent('The article gives no web address.');
    expect(embassy).toHaveTextContent('FDI registered capital: more than 35 billion USD, 1 March 2021');
    expect(within(embassy).getByText('ruim 35 miljard dollar')).toHaveAttribute('lang', 'nl');
    expect(embassy).toHaveTextContent('Provincie Gelderland');
    expect(within(articles[1] as HTMLElement).getByRole('link', { name: 'Open the article' })).toHaveAttribute(
      'href',
      'https://example.org/portal-2024-01-24',
    );
  });

  it('lists the administrative change under the article that states it, with its type and date', async () => {
    mockFetch();
    renderWithApp(<SourcesPage />, '/sources?lang=vi');
    const article = await screen.findByRole('article', { name: /New Ho Chi Minh City operates from 1 July/ });
    expect(article).toHaveTextContent('Thay đổi đơn vị hành chính, ngày 1 tháng 7 năm 2025');
    expect(within(article).getByText(/merging three localities/)).toHaveAttribute('lang', 'en');
  });
});
