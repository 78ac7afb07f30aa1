import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderWithApp } from '../../../test-utils.tsx';
import { Presenter } from './presenter.tsx';

function lastSearch(history: string[]): URLSearchParams {
  return new URLSearchParams(history.at(-1)?.split('?')[1] ?? '');
}

async function renderPresenter(search = '?present=1&slide=1') {
  mockFetch();
  const view = renderWithApp(<Presenter chartWidth={800} />, `/${search}`);
  await screen.findByTestId('slide');
  return view;
}

describe('Presenter', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens on the slide the address names, with value, chart and source line', async () => {
    await renderPresenter('?present=1&slide=2');
    const slide = screen.getByTestId('slide');
    expect(within(slide).getByRole('heading', { name: 'FDI registered capital' })).toBeInTheDocument();
    expect(slide).toHaveTextContent('more than 42.4 billion USD');
    expect(slide).toHaveTextContent('2 / 5');
    expect(slide).toHaveTextContent(
      /Sources: Binh Duong provincial portal, 26 June 2020; Nederlandse ambassade, about 1 March 2021/,
    );
    expect(within(slide).getByTestId('chart')).toBeInTheDocument();
  });

  it('moves with the keyboard and keeps the slide in the address', async () => {
    const user = userEvent.setup();
    const { location } = await renderPresenter();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('slide')).toHaveTextContent('2 / 5');
    expect(lastSearch(location.history).get('slide')).toBe('2');
    await user.keyboard(' ');
    await user.keyboard('{PageDown}');
    expect(screen.getByTestId('slide')).toHaveTextContent('4 / 5');
    await user.keyboard('{ArrowLeft}');
    await user.keyboard('{PageUp}');
    expect(screen.getByTestId('slide')).toHaveTextContent('2 / 5');
    await user.keyboard('{End}');
    expect(screen.getByTestId('slide')).toHaveTextContent('5 / 5');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('slide')).toHaveTextContent('5 / 5');
    await user.keyboard('{Home}');
    expect(screen.getByTestId('slide')).toHaveTextContent('1 / 5');
    expect(lastSearch(location.history).get('slide')).toBe('1');
  });

  it('leaves with Esc, dropping the presentation from the address', async () => {
    const user = userEvent.setup();
    const { location } = await renderPresenter('?lang=en&present=1&slide=3');
    await user.keyboard('{Escape}');
    const search = lastSearch(location.history);
    expect(search.get('present')).toBeNull();
    expect(search.get('slide')).toBeNull();
    expect(search.get('lang')).toBe('en');
  });

  it('fills the window when full screen is not available', async () => {
    await renderPresenter();
    expect(screen.getByRole('dialog', { name: 'Presentation' })).not.toHaveClass('presenter--fullscreen');
  });

  it('enters full screen, and leaves the slides when full screen ends', async () => {
    let fullscreenElement: Element | null = null;
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullscreenElement });
    const request = vi.fn(async function (this: Element) {
      fullscreenElement = this;
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    HTMLElement.prototype.requestFullscreen = request;
    try {
      const { location } = await renderPresenter();
      expect(request).toHaveBeenCalled();
      expect(await screen.findByRole('dialog', { name: 'Presentation' })).toHaveClass('presenter--fullscreen');
      fullscreenElement = null;
      act(() => {
        document.dispatchEvent(new Event('fullscreenchange'));
      });
      expect(lastSearch(location.history).get('present')).toBeNull();
    } finally {
      delete (HTMLElement.prototype as Partial<HTMLElement>).requestFullscreen;
      delete (document as { fullscreenElement?: Element | null }).fullscreenElement;
    }
  });

  it('does not ask for full screen without a gesture (a link opened straight into the slides)', async () => {
    const request = vi.fn(async () => {});
    HTMLElement.prototype.requestFullscreen = request;
    Object.defineProperty(navigator, 'userActivation', { configurable: true, value: { isActive: false } });
    try {
      await renderPresenter();
      expect(await screen.findByRole('dialog', { name: 'Presentation' })).toBeInTheDocument();
      expect(request).not.toHaveBeenCalled();
      expect(screen.getByRole('button', { name: 'Full screen' })).toBeInTheDocument();
    } finally {
      delete (HTMLElement.prototype as Partial<HTMLElement>).requestFullscreen;
      delete (navigator as { userActivation?: unknown }).userActivation;
    }
  });

  it('advances on its own at the chosen interval, and any key pauses it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderPresenter();
    await user.selectOptions(screen.getByRole('combobox', { name: /Advance every/ }), '5');
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await act(async () => {
      vi.advanceTimersByTime(5_100);
    });
    expect(screen.getByTestId('slide')).toHaveTextContent('2 / 5');
    await user.keyboard('x');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    await act(async () => {
      vi.advanceTimersByTime(11_000);
    });
    expect(screen.getByTestId('slide')).toHaveTextContent('2 / 5');
  });

  it('keeps auto-advance in the address, so a shared link starts advancing at its pace', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { location } = await renderPresenter('?present=1&slide=4&play=1&every=20');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Advance every/ })).toHaveValue('20');
    await act(async () => {
      vi.advanceTimersByTime(20_100);
    });
    expect(screen.getByTestId('slide')).toHaveTextContent('5 / 5');
    await act(async () => {
      vi.advanceTimersByTime(20_100);
    });
    expect(screen.getByTestId('slide')).toHaveTextContent('1 / 5');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(lastSearch(location.history).get('play')).toBeNull();
    expect(lastSearch(location.history).get('every')).toBe('20');
    await user.keyboard('{Escape}');
    const left = lastSearch(location.history);
    expect([left.get('present'), left.get('slide'), left.get('play'), left.get('every')]).toEqual([null, null, null, null]);
  });

  it('corrects a slide or pace it cannot show in the address too, in place of the entry', async () => {
    const { location } = await renderPresenter('?present=1&slide=99&every=3');
    expect(screen.getByTestId('slide')).toHaveTextContent('5 / 5');
    expect(location.history).toEqual(['/?present=1&slide=5']);
  });

  it('opens at the slide of the indicator the address names, and writes its number', async () => {
    const { location } = await renderPresenter('?present=1&slide=fdi_attracted');
    const slide = screen.getByTestId('slide');
    expect(within(slide).getByRole('heading', { name: 'FDI attracted' })).toBeInTheDocument();
    expect(slide).toHaveTextContent('3 / 5');
    expect(location.history).toEqual(['/?present=1&slide=3']);
  });

  it('shows the values as a table in place of the chart with T or "Table", kept in the address from slide to slide', async () => {
    const user = userEvent.setup();
    const { location } = await renderPresenter('?present=1&slide=2');
    const toggle = screen.getByRole('button', { name: 'Table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('t');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(lastSearch(location.history).get('table')).toBe('1');
    expect(screen.getByRole('status')).toHaveTextContent('The slide shows its values as a table');
    const table = within(screen.getByTestId('slide')).getByRole('table', { name: /^FDI registered capital: every value/ });
    expect(within(screen.getByTestId('slide')).queryByTestId('chart')).toBeNull();
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(table).toHaveTextContent('more than 42.4 billion USD');
    expect(screen.getByRole('region', { name: /^FDI registered capital: every value/ })).toHaveAttribute('tabindex', '0');
    await user.keyboard('{ArrowRight}');
    expect(lastSearch(location.history).get('slide')).toBe('3');
    expect(within(screen.getByTestId('slide')).getByRole('table', { name: /^FDI attracted/ })).toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(lastSearch(location.history).get('table')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('The slide shows its chart');
    expect(within(screen.getByTestId('slide')).getByTestId('chart')).toBeInTheDocument();
    await user.keyboard('T');
    await user.keyboard('{Escape}');
    expect(lastSearch(location.history).get('table')).toBeNull();
  });

  it('offers the table without scripts: a form asking for the same address with table=1', async () => {
    await renderPresenter('?lang=en&present=1&slide=2');
    const toggle = screen.getByRole('button', { name: 'Table' });
    const form = toggle.closest('form') as HTMLFormElement;
    expect(form).toHaveAttribute('method', 'get');
    const fields = new FormData(form, toggle);
    expect(new URLSearchParams(fields as unknown as string).toString()).toBe('lang=en&present=1&slide=2&table=1');
  });

  it('scrolls the stage with the arrows up and down, wherever focus is, and keeps them off the slides', async () => {
    const user = userEvent.setup();
    await renderPresenter('?present=1&slide=2');
    const stage = screen.getByRole('region', { name: 'FDI registered capital' });
    const scrollBy = vi.fn();
    stage.scrollBy = scrollBy as typeof stage.scrollBy;
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(scrollBy.mock.calls.map(([options]) => options.top)).toEqual([40, 40, -40]);
    expect(screen.getByTestId('slide')).toHaveTextContent('2 / 5');
  });

  it('shows the legend of the marks the slide draws', async () => {
    await renderPresenter('?present=1&slide=2');
    const legend = within(screen.getByTestId('slide')).getByText('How to read the chart').closest('figcaption');
    expect(legend).not.toBeNull();
    expect(legend).toHaveTextContent('"nearly"');
    expect(legend).toHaveTextContent('"more than"');
    expect(legend).toHaveTextContent('the sources disagree');
  });
});

describe('Presenter controls', () => {
  const controlsState = () => screen.getByRole('dialog', { name: 'Presentation' }).dataset.controls;

  /** Lets `ms` pass on the fake clock, as the pointer lies still. */
  const elapse = (ms: number) =>
    act(() => {
      vi.advanceTimersByTime(ms);
    });

  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('fade out 3 s after the pointer last moved, and come back when it moves', async () => {
    await renderPresenter();
    expect(controlsState()).toBe('shown');
    elapse(2_900);
    expect(controlsState()).toBe('shown');
    elapse(200);
    expect(controlsState()).toBe('hidden');
    fireEvent.pointerMove(screen.getByTestId('slide'));
    expect(controlsState()).toBe('shown');
    elapse(2_000);
    fireEvent.pointerMove(screen.getByTestId('slide'));
    elapse(2_000);
    expect(controlsState()).toBe('shown');
    elapse(1_100);
    expect(controlsState()).toBe('hidden');
  });

  it('stay while the pointer rests on them or one of them has keyboard focus', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderPresenter();
    const toolbar = screen.getByRole('toolbar');
    fireEvent.pointerEnter(toolbar);
    elapse(10_000);
    expect(controlsState()).toBe('shown');
    fireEvent.pointerLeave(toolbar);
    elapse(3_100);
    expect(controlsState()).toBe('hidden');
    // The stage, which the arrow keys scroll, and the first slide's one link, the source of the province's life,
    // come before the controls.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Partner localities' }));
    await user.tab();
    expect(document.activeElement).toHaveTextContent(/^Source: Lao Dong/);
    await user.tab();
    expect(toolbar).toContainElement(document.activeElement as HTMLElement);
    expect(controlsState()).toBe('shown');
    elapse(10_000);
    expect(controlsState()).toBe('shown');
    act(() => {
      (document.activeElement as HTMLElement).blur();
    });
    elapse(3_100);
    expect(controlsState()).toBe('hidden');
  });
});
