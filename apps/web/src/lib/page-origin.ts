import { createContext, useContext, useSyncExternalStore } from 'react';

/** The origin the server rendered the page for (`https://host`), or '' where it wrote addresses without one. */
export const ServerOrigin = createContext<string>('');

const subscribeNothing = () => () => {};

/**
 * The page's origin, for addresses that must be absolute (the embed code). While hydrating it is the one the
 * server rendered with, so the first render matches the HTML; then the browser's own.
 */
export function usePageOrigin(): string {
  const server = useContext(ServerOrigin);
  return useSyncExternalStore(
    subscribeNothing,
    () => window.location.origin,
    () => server,
  );
}
