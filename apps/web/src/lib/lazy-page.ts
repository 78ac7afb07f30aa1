import { type ComponentProps, type ComponentType, createContext, createElement, lazy, useContext } from 'react';

/**
 * Which attempt at showing the current view this render is. The view's error boundary counts one up on Retry and on
 * moving to another view; a page whose code failed to load asks for it again on the next attempt.
 */
export const LoadAttempt = createContext(0);

/**
 * A view whose code loads on first use, like `React.lazy`, with a `preload` to start loading it earlier. Once
 * preloaded it renders at once instead of suspending: React holds a revealed Suspense fallback on screen for at
 * least 300 ms, which would delay the first chart of a page opened from a link by that much.
 *
 * Unlike `React.lazy`, a failed load is not final. `React.lazy` keeps its first answer for good, so a view whose
 * code could not be downloaded (offline, server restarting) would fail on every render until the page is
 * reloaded; here the next `LoadAttempt` gets a fresh `lazy`, which asks for the code again.
 */
// biome-ignore lint/suspicious/noExplicitAny: the props of the page, as React.lazy types them
export function lazyPage<C extends ComponentType<any>>(load: () => Promise<C>) {
  let loaded: C | undefined;
  let loading: Promise<C> | undefined;
  let failed = false;
  const preload = (): Promise<C> => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = undefined;
        failed = true;
        throw error;
      },
    );
    return loading;
  };
  const lazyLoaded = () =>
    lazy(() => {
      if (!loaded) return preload().then((component) => ({ default: component }));
      // A thenable that resolves during `then`: React.lazy then renders the page in the same pass.
      const ready = { default: loaded };
      // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose, see above
      return { then: (resolve: (value: { default: C }) => void) => resolve(ready) } as Promise<{ default: C }>;
    });
  let current = { attempt: 0, Lazy: lazyLoaded() };
  const Page = (props: ComponentProps<C>) => {
    const attempt = useContext(LoadAttempt);
    if (failed && attempt !== current.attempt) {
      failed = false;
      current = { attempt, Lazy: lazyLoaded() };
    }
    return createElement(current.Lazy, props);
  };
  return { Page, preload };
}
