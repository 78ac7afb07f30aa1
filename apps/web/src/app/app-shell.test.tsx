import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiAnswer, apiBodies } from '../test-fixtures.ts';
import { mockFetch, renderWithApp } from '../test-utils.tsx';
import { AppShell } from './app-shell.tsx';

describe('AppShell', () => {
  it('has landmarks, a skip link and one h1', async () => {
    mockFetch();
    renderWithApp(<AppShell />);
    await screen.findAllByTestId('indicator-card');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Download all data (CSV)' })).toHaveAttribute(
      'href',
      '/api/observations.csv',
    );
    expect(within(footer).getByRole('link', { name: 'API reference' })).toHaveAttribute('href', '/api/docs');
  });

  it('switches to Tiếng Việt and back, in the page, the address, <html lang> and storage', async () => {
    const user = userEvent.setup();
    mockFetch();
    const { location } = renderWithApp(<AppShell />);
    await screen.findAllByTestId('indicator-card');
    await user.click(screen.getByRole('link', { name: 'Tiếng Việt' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('vi');
    expect(location.history.at(-1)).toContain('lang=vi');
    expect(window.localStorage.getItem('bd.locale')).toBe('vi');
    expect(screen.getAllByTestId('indicator-card')[1]).toHaveTextContent('hơn 42,4 tỷ USD');
    expect(screen.getByRole('button', { name: 'Trình chiếu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nguồn' })).toHaveAttribute('href', '/sources?lang=vi');
    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('remembers the language for a visit without ?lang', async () => {
    window.localStorage.setItem('bd.locale', 'vi');
    mockFetch();
    renderWithApp(<AppShell />);
    expect(await screen.findByRole('link', { name: 'English' })).toBeInTheDocument();
  });

  it('says when the server cannot be reached, and loads on Retry', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    renderWithApp(<AppShell />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data could not be loaded');
    expect(alert).toHaveTextContent('The server could not be reached');
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    mockFetch();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByTestId('indicator-card')).toHaveLength(3);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('gives the server’s message when it answers with an error', async () => {
    mockFetch({ ...apiBodies(), '/api/sources': new ApiAnswer(503, { error: 'Nothing at /api/sources', issues: [] }) });
    renderWithApp(<AppShell />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The server answered with an error: Nothing at /api/sources');
  });

  it('keeps the data on screen when a later refresh fails', async () => {
    mockFetch();
    const { client } = renderWithApp(<AppShell />);
    await screen.findAllByTestId('indicator-card');
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('{"error":"busy","issues":[]}', { status: 503 })));
    await client.refetchQueries();
    expect(await screen.findByRole('status')).toHaveTextContent('Showing the data loaded earlier');
    expect(screen.getAllByTestId('indicator-card')).toHaveLength(3);
  });

  it('opens the slides from "Present", and the address opens them straight away', async () => {
    const user = userEvent.setup();
    mockFetch();
    const { location } = renderWithApp(<AppShell />);
    await screen.findAllByTestId('indicator-card');
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(await screen.findByTestId('slide')).toHaveTextContent('1 / 5');
    expect(location.history.at(-1)).toContain('present=1&slide=1');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('slide')).not.toBeInTheDocument());
  });
});
