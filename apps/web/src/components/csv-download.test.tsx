import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test-utils.tsx';
import { CsvDownload } from './csv-download.tsx';

/** Makes the browser offline (or online) as `navigator.onLine` reports it. */
function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
}

describe('CsvDownload', () => {
  afterEach(() => vi.restoreAllMocks());

  it('stays a link to the file, and downloads it once the server says it is there', async () => {
    const user = userEvent.setup();
    const fetchMock = vi.fn().mockResolvedValue(new Response(null, { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const clicks = vi.fn((event: Event) => event.preventDefault()); // jsdom cannot download
    renderWithApp(<CsvDownload selection={{ indicator: 'fdi_attracted' }} />);
    const link = screen.getByRole('link', { name: 'Download CSV' });
    expect(link).toHaveAttribute('href', '/api/observations.csv?indicator=fdi_attracted');
    link.addEventListener('click', clicks);
    await user.click(link);
    expect(fetchMock).toHaveBeenCalledWith(expect.stringContaining('/api/observations.csv?indicator=fdi_attracted'), {
      method: 'HEAD',
      cache: 'no-store',
    });
    await vi.waitFor(() => expect(clicks).toHaveBeenCalledTimes(2)); // the reader's, then the checked one
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('links to the file with Vietnamese indicator names in Vietnamese', () => {
    renderWithApp(<CsvDownload selection={{ indicator: 'fdi_attracted' }} />, '/?lang=vi');
    expect(screen.getByRole('link', { name: 'Tải CSV' })).toHaveAttribute(
      'href',
      '/api/observations.csv?indicator=fdi_attracted&lang=vi',
    );
  });

  it('says the device is offline instead of letting the browser cancel the download silently', async () => {
    const user = userEvent.setup();
    setOnline(false);
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<CsvDownload />, '/?lang=vi');
    await user.click(screen.getByRole('link', { name: 'Tải CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('thiết bị đang ngoại tuyến');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says the server could not be reached, or what it answered', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    renderWithApp(<CsvDownload />);
    await user.click(screen.getByRole('link', { name: 'Excel (BOM)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the server could not be reached');
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(null, { status: 503 })));
    await user.click(screen.getByRole('link', { name: 'Download CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the server answered with an error (503)');
  });
});
