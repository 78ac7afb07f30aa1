import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithApp } from '../../../test-utils.tsx';
import { EmbedPage } from './embed-page.tsx';

describe('EmbedPage', () => {
  it('shows one chart with its title and source line, and nothing else', async () => {
    mockFetch();
    const { container } = renderWithApp(<EmbedPage id="partner_localities" chartWidth={600} />, '/embed/partner_localities');
    const title = await screen.findByRole('heading', { level: 1, name: 'Partner localities' });
    expect(title.querySelector('a')).toHaveAttribute('href', '/indicators/partner_localities?entity=binh-duong');
    expect(title.querySelector('a')).toHaveAttribute('target', '_blank');
    expect(await screen.findAllByTestId('chart-point')).toHaveLength(3);
    expect(screen.getByTestId('embed-source')).toHaveTextContent(
      'Sources: Binh Duong provincial portal, 26 June 2020; Nederlandse ambassade, about 1 March 2021; Binh Duong provincial portal, 24 January 2024',
    );
    expect(container.querySelector('header, footer, nav')).toBeNull();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('speaks the language the address names, and sets the page language', async () => {
    mockFetch();
    renderWithApp(<EmbedPage id="partner_localities" chartWidth={600} />, '/embed/partner_localities?lang=vi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Địa phương kết nghĩa' })).toBeInTheDocument();
    expect(screen.getByTestId('embed-source')).toHaveTextContent(
      /^Nguồn: Binh Duong provincial portal, ngày 26 tháng 6 năm 2020/,
    );
    expect(document.documentElement.lang).toBe('vi');
  });

  it('says so for an indicator that does not exist', async () => {
    mockFetch();
    renderWithApp(<EmbedPage id="nope" />, '/embed/nope');
    expect(await screen.findByText('There is no indicator with the id "nope".')).toBeInTheDocument();
  });
});
