import { useEffect } from 'react';

/**
 * Brings the element the address's `#hash` names into view and focus once `ready`, and again when an in-app
 * link changes the hash: content that arrives after the page loads is not scrolled to by the browser.
 */
export function useScrollToHash(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const scroll = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id) return;
      const target = document.getElementById(id);
      if (!target) return;
      target.scrollIntoView?.({ block: 'start' });
      target.focus({ preventScroll: true });
    };
    scroll();
    const events = ['hashchange', 'pushState', 'replaceState'] as const;
    for (const name of events) window.addEventListener(name, scroll);
    return () => {
      for (const name of events) window.removeEventListener(name, scroll);
    };
  }, [ready]);
}
