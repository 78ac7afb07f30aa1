import { useEffect, useReducer } from 'react';
import { nextTooltipState, noTooltip, shownId, type TooltipEvent, type TooltipState } from './tooltip-state.ts';

/**
 * The chart's tooltip state (see `tooltip-state.ts`), following the focused value given by the page, with Esc
 * hiding the tooltip while one shows. Esc is taken before anything else hears it (the capture phase, stopped): the
 * first Esc closes the tooltip, and only the next one does what Esc does around the chart, such as leaving the
 * slides.
 */
export function useChartTooltip(focusedId: string | undefined): [TooltipState, (event: TooltipEvent) => void] {
  const [state, dispatch] = useReducer(nextTooltipState, noTooltip);
  useEffect(() => dispatch({ type: 'focus', id: focusedId }), [focusedId]);
  const showing = shownId(state) !== undefined;
  useEffect(() => {
    if (!showing) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isEscape(event)) return;
      event.preventDefault();
      event.stopPropagation();
      dispatch({ type: 'dismiss' });
    };
    document.addEventListener('keydown', onKey, { capture: true });
    return () => document.removeEventListener('keydown', onKey, { capture: true });
  }, [showing]);
  return [state, dispatch];
}

/** Whether a key press is a bare Esc (the old name too), not part of a shortcut. */
export function isEscape(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): boolean {
  return (event.key === 'Escape' || event.key === 'Esc') && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
}
