/**
 * Which value's tooltip a chart shows, as WCAG 1.4.13 asks of content on hover or focus: it shows while the pointer
 * is on its mark or on the tooltip itself (so a magnifier's pointer can move onto it and read it), or while its
 * value has focus; Esc hides it without the pointer or focus moving, until the pointer enters a mark again or focus
 * moves to another value. No timers: the pointer's crossing from mark to tooltip is bridged in space (see the
 * tooltip's CSS), not in time.
 */
export interface TooltipState {
  /** The mark the pointer entered last; its tooltip shows while the pointer is on the mark or on the tooltip. */
  pointerId: string | undefined;
  onMark: boolean;
  onTooltip: boolean;
  /** The value whose button in the list of values has focus. */
  focusedId: string | undefined;
  /** Esc hid the tooltip; it stays hidden until the pointer enters a mark or focus moves to another value. */
  dismissed: boolean;
}

export type TooltipEvent =
  | { type: 'enterMark'; id: string }
  | { type: 'leaveMark' }
  /** `beside`: the tooltip entered is the one beside the pointer's mark, not a focused value's in the corner. */
  | { type: 'enterTooltip'; beside: boolean }
  | { type: 'leaveTooltip' }
  | { type: 'focus'; id: string | undefined }
  | { type: 'dismiss' };

export const noTooltip: TooltipState = {
  pointerId: undefined,
  onMark: false,
  onTooltip: false,
  focusedId: undefined,
  dismissed: false,
};

/** The state after `event`. */
export function nextTooltipState(state: TooltipState, event: TooltipEvent): TooltipState {
  switch (event.type) {
    case 'enterMark':
      return { ...state, pointerId: event.id, onMark: true, dismissed: false };
    case 'leaveMark':
      return { ...state, onMark: false };
    case 'enterTooltip':
      // The pointer leaves the mark and enters the tooltip in one move, before the chart draws again: the tooltip
      // entered is the one it brought. A focused value's tooltip, in the corner, is not held by the pointer.
      return event.beside ? { ...state, onTooltip: true } : state;
    case 'leaveTooltip':
      return { ...state, onTooltip: false };
    case 'focus':
      if (event.id === state.focusedId) return state;
      // Focus on a value takes the tooltip from the pointer, as the pointer's next mark takes it from focus.
      return event.id === undefined ? { ...state, focusedId: undefined } : { ...noTooltip, focusedId: event.id };
    case 'dismiss':
      // The tooltip goes from under the pointer, and with it any leave event it would have sent.
      return shownId(state) === undefined ? state : { ...state, onTooltip: false, dismissed: true };
  }
}

/** The value whose tooltip shows, if any: the pointer's before focus's, none once dismissed. */
export function shownId(state: TooltipState): string | undefined {
  if (state.dismissed) return undefined;
  return pointerHeld(state) ? state.pointerId : state.focusedId;
}

/** Whether the tooltip shows where the pointer brought it (beside its mark), not in the chart's corner. */
export function pointerHeld(state: TooltipState): boolean {
  return !state.dismissed && state.pointerId !== undefined && (state.onMark || state.onTooltip);
}
