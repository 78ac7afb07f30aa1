import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPage } from '../lib/lazy-page.ts';
import { renderWithApp } from '../test-utils.tsx';
import { ViewErrorBoundary } from './view-error-boundary.tsx';

describe('ViewErrorBoundary', () => {
  it('says a view could not be loaded, and on Retry asks for its code again without reloading the page', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<() => React.JSX.Element>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(() => <h1>Timeline</h1>);
    const { Page } = lazyPage(load);
    renderWithApp(
      <ViewErrorBoundary resetKey="/timeline">
        <Suspense fallback={<p>Loading</p>}>
          <Page />
        </Suspense>
      </ViewErrorBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('the server could not be reached');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Timeline' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
