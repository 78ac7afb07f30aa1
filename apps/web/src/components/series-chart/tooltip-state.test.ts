import { describe, expect, it } from 'vitest';
import { nextTooltipState, noTooltip, pointerHeld, shownId, type TooltipEvent, type TooltipState } from './tooltip-state.ts';

const after = (...events: TooltipEvent[]): TooltipState => events.reduce(nextTooltipState, noTooltip);

describe('a chart tooltip (WCAG 1.4.13)', () => {
  it('shows while the pointer is on its mark, and goes when the pointer leaves it for the plot', () => {
    expect(shownId(after({ type: 'enterMark', id: 'a' }))).toBe('a');
    expect(shownId(after({ type: 'enterMark', id: 'a' }, { type: 'leaveMark' }))).toBeUndefined();
  });

  it('stays while the pointer crosses from the mark onto the tooltip, and goes once it leaves both', () => {
    const onTooltip = after({ type: 'enterMark', id: 'a' }, { type: 'leaveMark' }, { type: 'enterTooltip', beside: true });
    expect(shownId(onTooltip)).toBe('a');
    expect(pointerHeld(onTooltip)).toBe(true);
    expect(shownId(nextTooltipState(onTooltip, { type: 'leaveTooltip' }))).toBeUndefined();
  });

  it('holds the tooltip when the pointer goes from the tooltip back to its mark, and moves to the next mark entered', () => {
    const back = after(
      { type: 'enterMark', id: 'a' },
      { type: 'enterTooltip', beside: true },
      { type: 'leaveMark' },
      { type: 'leaveTooltip' },
      {
        type: 'enterMark',
        id: 'a',
      },
    );
    expect(shownId(back)).toBe('a');
    expect(shownId(nextTooltipState(back, { type: 'enterMark', id: 'b' }))).toBe('b');
  });

  it('hides on Esc without the pointer moving, until the pointer enters a mark again', () => {
    const dismissed = after({ type: 'enterMark', id: 'a' }, { type: 'dismiss' });
    expect(shownId(dismissed)).toBeUndefined();
    expect(shownId(nextTooltipState(dismissed, { type: 'enterMark', id: 'b' }))).toBe('b');
  });

  it('does not come back when Esc hid it from under the pointer, which then never leaves it', () => {
    const dismissed = after(
      { type: 'enterMark', id: 'a' },
      { type: 'leaveMark' },
      { type: 'enterTooltip', beside: true },
      { type: 'dismiss' },
    );
    expect(shownId(dismissed)).toBeUndefined();
    // The pointer now rests on the plot: its next mark shows, and the plot alone shows nothing.
    expect(shownId(nextTooltipState(dismissed, { type: 'enterMark', id: 'a' }))).toBe('a');
    const left = after(
      { type: 'enterMark', id: 'a' },
      { type: 'enterTooltip', beside: true },
      { type: 'leaveMark' },
      { type: 'dismiss' },
      {
        type: 'enterMark',
        id: 'b',
      },
      { type: 'leaveMark' },
    );
    expect(shownId(left)).toBeUndefined();
  });

  it('shows a focused value, in the corner, until focus leaves or Esc; focus on another value shows it again', () => {
    const focused = after({ type: 'focus', id: 'a' });
    expect(shownId(focused)).toBe('a');
    expect(pointerHeld(focused)).toBe(false);
    expect(shownId(nextTooltipState(focused, { type: 'focus', id: undefined }))).toBeUndefined();
    const dismissed = nextTooltipState(focused, { type: 'dismiss' });
    expect(shownId(dismissed)).toBeUndefined();
    expect(shownId(nextTooltipState(dismissed, { type: 'focus', id: 'a' }))).toBeUndefined();
    expect(shownId(nextTooltipState(dismissed, { type: 'focus', id: 'b' }))).toBe('b');
  });

  it('lets the pointer take the tooltip from focus, and focus take it from the pointer', () => {
    expect(shownId(after({ type: 'focus', id: 'a' }, { type: 'enterMark', id: 'b' }))).toBe('b');
    expect(shownId(after({ type: 'enterMark', id: 'b' }, { type: 'focus', id: 'a' }))).toBe('a');
    // A focused value's tooltip, in the corner, is not held by a pointer passing over it.
    expect(pointerHeld(after({ type: 'focus', id: 'a' }, { type: 'enterTooltip', beside: true }))).toBe(false);
  });

  it('takes Esc only while a tooltip shows', () => {
    expect(nextTooltipState(noTooltip, { type: 'dismiss' })).toBe(noTooltip);
  });
});
