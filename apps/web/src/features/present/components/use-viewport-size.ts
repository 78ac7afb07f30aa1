import { useEffect, useState } from 'react';

/** The window's size in CSS pixels, following resizes: slides size their chart's type by it. */
export function useViewportSize(): { width: number; height: number } {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/**
 * One hundredth of the widest 16:9 box the window holds, in pixels: the unit a slide's type is sized in, so that
 * a slide reads the same on a 1280×720 projector, a 1024×768 one and a 4K screen. `--slide-unit` in
 * presenter.css is the same length.
 */
export function slideUnit({ width, height }: { width: number; height: number }): number {
  return Math.min(width, (height * 16) / 9) / 100;
}
