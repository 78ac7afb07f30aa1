import { describe, expect, it } from 'vitest';
import { indicators, observations } from '../../../test-fixtures.ts';
import { applySlideAction, slideActionOf, slideFrom, slidesOf } from './slides.ts';

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
    expect(slideFrom('3', 5)).toBe(3);
    expect(slideFrom('99', 5)).toBe(5);
    expect(slideFrom('x', 5)).toBe(1);
    expect(slideFrom(null, 5)).toBe(1);
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
});
