import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithApp } from '../test-utils.tsx';
import { AppHeader } from './app-header.tsx';

/** The names of the navigation's links marked as the current page. */
function currentLinks(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'page')
    .map((link) => link.textContent ?? '');
}

describe('AppHeader', () => {
  it('marks the view the address is on as the current page', () => {
    mockFetch();
    renderWithApp(<AppHeader />, '/');
    expect(currentLinks()).toEqual(['Overview']);
  });
  it('marks no tab on an indicator page, which is not the overview', () => {
    mockFetch();
    renderWithApp(<AppHeader />, '/indicators/fdi_attracted');
    expect(currentLinks()).toEqual([]);
  });
  it('marks Timeline on the timeline', () => {
    mockFetch();
    renderWithApp(<AppHeader />, '/timeline?type=conference');
    expect(currentLinks()).toEqual(['Timeline']);
  });
});
