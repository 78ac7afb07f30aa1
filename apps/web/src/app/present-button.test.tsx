import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { mockFetch, renderWithApp } from '../test-utils.tsx';
import { AppShell } from './app-shell.tsx';

describe('PresentButton', () => {
  beforeAll(async () => {
    // The presenter's code, loaded ahead as pointing at the button loads it, so the tests wait for the slides only.
    await import('../features/present/components/presenter.tsx');
  });

  it('opens the slides at the indicator whose page it is on, and Back leaves them', async () => {
    const user = userEvent.setup();
    mockFetch();
    const { location } = renderWithApp(<AppShell />, '/indicators/fdi_attracted?lang=en');
    await user.click(await screen.findByRole('button', { name: 'Present' }));
    const slide = await screen.findByTestId('slide');
    expect(within(slide).getByRole('heading', { name: 'FDI attracted' })).toBeInTheDocument();
    expect(slide).toHaveTextContent('3 / 5');
    expect(location.history).toEqual([
      '/indicators/fdi_attracted?lang=en',
      '/indicators/fdi_attracted?lang=en&present=1&slide=3',
    ]);
  });

  it('has focus back when the slides are left, by Esc or by Leave', async () => {
    const user = userEvent.setup();
    mockFetch();
    renderWithApp(<AppShell />, '/indicators/fdi_attracted?lang=en');
    const present = await screen.findByRole('button', { name: 'Present' });
    await user.click(present);
    await screen.findByTestId('slide');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('slide')).toBeNull());
    expect(document.activeElement).toBe(present);
    present.blur();
    await user.click(present);
    await user.click(await screen.findByRole('link', { name: 'Leave' }));
    await waitFor(() => expect(screen.queryByTestId('slide')).toBeNull());
    expect(document.activeElement).toBe(present);
  });

  it("gives focus to the page's heading on leaving slides a link opened straight", async () => {
    const user = userEvent.setup();
    mockFetch();
    renderWithApp(<AppShell />, '/indicators/fdi_attracted?lang=en&present=1&slide=3');
    await screen.findByTestId('slide');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('slide')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'FDI attracted' }));
  });

  it('opens the slides at the first one elsewhere', async () => {
    const user = userEvent.setup();
    mockFetch();
    const { location } = renderWithApp(<AppShell />, '/sources');
    await user.click(await screen.findByRole('button', { name: 'Present' }));
    expect(await screen.findByTestId('slide')).toHaveTextContent('1 / 5');
    expect(location.history.at(-1)).toBe('/sources?present=1&slide=1');
  });
});
