import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithApp } from '../../../test-utils.tsx';
import { SourcesPage } from './sources-page.tsx';

describe('SourcesPage', () => {
  it('lists every article, newest first, with an anchor, its metadata, values and events', async () => {
    mockFetch();
    renderWithApp(<SourcesPage />, '/sources');
    const articles = await screen.findAllByRole('article');
    expect(articles.map((a) => a.id)).toEqual(['source-portal-2024-01-24', 'source-nl-2021-embassy', 'source-portal-2020-06-26']);
    const embassy = articles[1] as HTMLElement;
    expect(within(embassy).getByRole('heading', { level: 2 })).toHaveTextContent('Binh Duong: een provincie in opmars');
    expect(embassy).toHaveTextContent('date estimated: the article gives none');
    expect(embassy).toHaveTextContent('The article gives no web address.');
    expect(embassy).toHaveTextContent('FDI registered capital: more than 35 billion USD, 1 March 2021');
    expect(within(embassy).getByText('ruim 35 miljard dollar')).toHaveAttribute('lang', 'nl');
    expect(embassy).toHaveTextContent('Provincie Gelderland');
    expect(within(articles[0] as HTMLElement).getByRole('link', { name: 'Open the article' })).toHaveAttribute(
      'href',
      'https://example.org/portal-2024-01-24',
    );
  });
});
