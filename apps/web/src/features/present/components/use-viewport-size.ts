import { useSyncExternalStore } from 'react';

/** The size a server renders slides for, and a page hydrates them with before it reads the window's. */
const SERVER_VIEWPORT = { width: 1280, height: 720 };

let last = SERVER_VIEWPORT;

/** The window's size, as the same object while it does not change (React compares snapshots by identity). */
function windowSize(): { width: number; height: number } {
  const { innerWidth: width, innerHeight: height } = window;
  if (last.width !== width || last.height !== height) last = { width, height };
  return last;
}

function onResize(change: () => void): () => void {
  window.addEventListener('resize', change);
  return () => window.removeEventListener('resize', change);
}

/** The window's size in CSS pixels, following resizes: slides size their chart's type by it. */
export function useViewportSize(): { width: number; height: number } {
  return useSyncExternalStore(onResize, windowSize, () => SERVER_VIEWPORT);
}

/**
 * One hundredth of the widest 16:9 box the window holds, in pixels: the unit a slide's type is sized in, so that
 * a slide reads the same on a 1280×720 projector, a 1024×768 one and a 4K screen. `--slide-unit` in
 * presenter.css is the same length.
 */
export function slideUnit({ width, height }: { width: number; height: number }): number {
  return Math.min(width, (height * 16) / 9) / 100;
}
