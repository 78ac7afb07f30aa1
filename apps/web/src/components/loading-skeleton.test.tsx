import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test-utils.tsx';
import { LoadingSkeleton } from './loading-skeleton.tsx';

describe('LoadingSkeleton', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is busy, and says so when the server is slow', () => {
    vi.useFakeTimers();
    const { container } = renderWithApp(<LoadingSkeleton />);
    expect(container.querySelector('[aria-busy="true"]')).toBeInTheDocument();
    expect(screen.getByText('Loading…')).toHaveClass('visually-hidden');
    act(() => {
      vi.advanceTimersByTime(8000);
    });
    expect(screen.getByText('Still loading: the server is taking longer than usual.')).toBeVisible();
  });
});
