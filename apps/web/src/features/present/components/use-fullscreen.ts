import { type RefObject, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};
const browserHasFullscreen = () => typeof document.documentElement.requestFullscreen === 'function';

/**
 * Full screen for `ref`'s element through the Fullscreen API. `request` resolves false where the API is
 * missing or refuses (no user gesture, e.g. a link opened straight into the slides): the caller's fixed,
 * window-filling layout is the fallback; `available` says whether the browser has the API at all. `onExit` runs when full screen ends, e.g. by Esc in the browser.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>, onExit: () => void) {
  const [active, setActive] = useState(false);
  const wasActive = useRef(false);
  const exitRef = useRef(onExit);
  exitRef.current = onExit;

  const request = useCallback(async (): Promise<boolean> => {
    const element = ref.current;
    if (!element || typeof element.requestFullscreen !== 'function') return false;
    try {
      await element.requestFullscreen();
      return true;
    } catch {
      return false;
    }
  }, [ref]);

  useEffect(() => {
    const onChange = () => {
      const now = document.fullscreenElement != null && document.fullscreenElement === ref.current;
      setActive(now);
      if (wasActive.current && !now) exitRef.current();
      wasActive.current = now;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement && document.fullscreenElement === ref.current) void document.exitFullscreen?.();
    };
  }, [ref]);

  // A server renders the full-screen button, as every current browser has the API: the controls keep their
  // height through hydration; where the API is missing, the button goes once the page has asked.
  const available = useSyncExternalStore(subscribeNothing, browserHasFullscreen, () => true);
  return { active, available, request };
}
