import { describe, expect, it } from 'vitest';
import { indicators, provinceObservations as observations } from '../../../test-fixtures.ts';
import {
  applySlideAction,
  autoAdvanceFrom,
  presenterAddress,
  slideActionOf,
  slideFrom,
  slidesOf,
  tableShownFrom,
  withAutoAdvance,
  withTable,
} from './slides.ts';

describe('slides', () => {
  it('gives a slide to every indicator with values, headline ones first', () => {
    const ids = slidesOf(indicators, observations).map((s) => s.indicator.id);
    expect(ids).toEqual([
      'partner_localities',
      'fdi_registered_capital_cumulative',
      'fdi_attracted',
      'international_org_memberships',
      'fdi_national_rank',
    ]);
  });

  it('reads the slide from the address within bounds', () => {
    const slides = slidesOf(indicators, observations);
    expect(slideFrom('3', slides)).toBe(3);
    expect(slideFrom('99', slides)).toBe(5);
    expect(slideFrom('0', slides)).toBe(1);
    expect(slideFrom('x', slides)).toBe(1);
    expect(slideFrom(null, slides)).toBe(1);
    expect(slideFrom('2', [])).toBe(1);
  });

  it('reads an indicator id as the slide of that indicator, and one without a slide as the first', () => {
    const slides = slidesOf(indicators, observations);
    expect(slideFrom('fdi_attracted', slides)).toBe(3);
    expect(slideFrom('fdi_national_rank', slides)).toBe(5);
    expect(slideFrom('no_such_indicator', slides)).toBe(1);
  });

  it('maps keys to moves', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map(slideActionOf)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp', 'Home', 'End', 'Escape', 'a'].map(slideActionOf)).toEqual([
      'previous',
      'previous',
      'first',
      'last',
      'leave',
      undefined,
    ]);
    expect(applySlideAction('next', 5, 5)).toBe(5);
    expect(applySlideAction('next', 5, 5, true)).toBe(1);
    expect(applySlideAction('previous', 1, 5)).toBe(1);
    expect(applySlideAction('leave', 2, 5)).toBeUndefined();
  });

  it('maps T, either case, to the table, which stays on the slide; the arrows up and down are left to scrolling', () => {
    expect(['t', 'T'].map(slideActionOf)).toEqual(['table', 'table']);
    expect(['ArrowUp', 'ArrowDown'].map(slideActionOf)).toEqual([undefined, undefined]);
    expect(applySlideAction('table', 3, 5)).toBe(3);
  });
});

describe('tableShownFrom and withTable', () => {
  it('shows the table only for table=1, and writes it or drops it keeping the rest of the address', () => {
    expect(tableShownFrom(new URLSearchParams('present=1&table=1'))).toBe(true);
    expect(tableShownFrom(new URLSearchParams('present=1&table=yes'))).toBe(false);
    expect(tableShownFrom(new URLSearchParams('present=1'))).toBe(false);
    expect(withTable(new URLSearchParams('lang=vi&present=1&slide=2'), true).toString()).toBe(
      'lang=vi&present=1&slide=2&table=1',
    );
    expect(withTable(new URLSearchParams('present=1&table=1&slide=2'), false).toString()).toBe('present=1&slide=2');
  });
});

describe('autoAdvanceFrom and withAutoAdvance', () => {
  it('reads the pace the address gives when it is one offered, else 10 s, and runs only with play=1', () => {
    expect(autoAdvanceFrom(new URLSearchParams('play=1&every=20'))).toEqual({ playing: true, seconds: 20 });
    expect(autoAdvanceFrom(new URLSearchParams('every=7'))).toEqual({ playing: false, seconds: 10 });
    expect(autoAdvanceFrom(new URLSearchParams('play=yes&every=abc'))).toEqual({ playing: false, seconds: 10 });
  });

  it('writes play only while running and every only off the default, keeping the rest of the address', () => {
    const base = new URLSearchParams('lang=vi&present=1&slide=2');
    expect(withAutoAdvance(base, true, 30).toString()).toBe('lang=vi&present=1&slide=2&play=1&every=30');
    expect(withAutoAdvance(new URLSearchParams('slide=2&play=1&every=30'), false, 10).toString()).toBe('slide=2');
  });
});

describe('presenterAddress', () => {
  it('writes the slide on screen and drops a pace or a play that is not offered, keeping the rest', () => {
    const corrected = presenterAddress(new URLSearchParams('lang=vi&present=1&slide=99&play=yes&every=3'), 5);
    expect(corrected.toString()).toBe('lang=vi&present=1&slide=5');
    expect(presenterAddress(new URLSearchParams('present=1&slide=fdi_attracted'), 3).toString()).toBe('present=1&slide=3');
  });

  it('keeps the table across slides and drops a table that is not table=1', () => {
    expect(presenterAddress(new URLSearchParams('present=1&slide=1&table=1'), 2).toString()).toBe('present=1&slide=2&table=1');
    expect(presenterAddress(new URLSearchParams('present=1&slide=1&table=yes'), 1).toString()).toBe('present=1&slide=1');
  });

  it('leaves an address that is already what the screen shows as it is', () => {
    const address = 'present=1&slide=2&play=1&every=20&table=1';
    expect(presenterAddress(new URLSearchParams(address), 2).toString()).toBe(address);
  });
});
