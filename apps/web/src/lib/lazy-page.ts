import { type ComponentType, lazy } from 'react';

/**
 * A view whose code loads on first use, like `React.lazy`, with a `preload` to start loading it earlier. Once
 * preloaded it renders at once instead of suspending: React holds a revealed Suspense fallback on screen for at
 * least 300 ms, which would delay the first chart of a page opened from a link by that much.
 */
// biome-ignore lint/suspicious/noExplicitAny: the props of the page, as React.lazy types them
export function lazyPage<C extends ComponentType<any>>(load: () => Promise<C>) {
  let loaded: C | undefined;
  let loading: Promise<C> | undefined;
  const preload = (): Promise<C> => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = undefined; // a chunk that failed to load (offline) is asked for again next time
        throw error;
      },
    );
    return loading;
  };
  const Page = lazy(() => {
    if (!loaded) return preload().then((component) => ({ default: component }));
    // A thenable that resolves during `then`: React.lazy then renders the page in the same pass.
    const ready = { default: loaded };
    // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose, see above
    return { then: (resolve: (value: { default: C }) => void) => resolve(ready) } as Promise<{ default: C }>;
  });
  return { Page, preload };
}
