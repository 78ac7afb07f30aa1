import { type RefObject, useEffect, useState } from 'react';

/** How long the presenter's controls stay after the pointer last moved, in milliseconds. */
export const CONTROLS_SHOWN_MS = 3000;

/**
 * Whether the presenter's controls are shown: as the slides open, and for `shownMs` after any pointer movement
 * or touch in `presenter`; all the while the pointer rests on `controls` or one of them has keyboard focus
 * (`:focus-visible`, so a button clicked with the mouse lets them go). Nothing else is needed to bring them back:
 * moving the pointer or pressing Tab does.
 */
export function useControlsShown(
  presenter: RefObject<HTMLElement | null>,
  controls: RefObject<HTMLElement | null>,
  shownMs = CONTROLS_SHOWN_MS,
): boolean {
  const [shown, setShown] = useState(true);

  useEffect(() => {
    const area = presenter.current;
    const bar = controls.current;
    if (!area || !bar) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pointerOnBar = false;
    let keyboardInBar = false;
    const show = () => {
      clearTimeout(timer);
      setShown(true);
      if (!pointerOnBar && !keyboardInBar) timer = setTimeout(() => setShown(false), shownMs);
    };
    const onPointerEnterBar = () => {
      pointerOnBar = true;
      show();
    };
    const onPointerLeaveBar = () => {
      pointerOnBar = false;
      show();
    };
    const onFocusIn = (event: FocusEvent) => {
      keyboardInBar = event.target instanceof Element && hasKeyboardFocus(event.target);
      show();
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && bar.contains(event.relatedTarget)) return;
      keyboardInBar = false;
      show();
    };
    const listening = new AbortController();
    const { signal } = listening;
    area.addEventListener('pointermove', show, { signal });
    area.addEventListener('pointerdown', show, { signal });
    bar.addEventListener('pointerenter', onPointerEnterBar, { signal });
    bar.addEventListener('pointerleave', onPointerLeaveBar, { signal });
    bar.addEventListener('focusin', onFocusIn, { signal });
    bar.addEventListener('focusout', onFocusOut, { signal });
    show();
    return () => {
      clearTimeout(timer);
      listening.abort();
    };
  }, [presenter, controls, shownMs]);

  return shown;
}

function hasKeyboardFocus(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}
