import { describe, expect, it } from 'vitest';
import { startsZoom } from './use-map-zoom.ts';

const on = (target: Element, event: Record<string, unknown>) => ({ target, ctrlKey: false, ...event }) as unknown as TouchEvent;

describe('startsZoom', () => {
  const map = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const marker = document.createElement('div');
  marker.setAttribute('role', 'button');

  it('leaves a one-finger touch to the page, so a phone scrolls past the map; two fingers pinch it', () => {
    expect(startsZoom(on(map, { type: 'touchstart', touches: [{}] }))).toBe(false);
    expect(startsZoom(on(map, { type: 'touchstart', touches: [{}, {}] }))).toBe(true);
  });

  it('drags with the main button anywhere but on a marker, and zooms with the wheel even over one', () => {
    expect(startsZoom(on(map, { type: 'mousedown', button: 0 }) as unknown as MouseEvent)).toBe(true);
    expect(startsZoom(on(map, { type: 'mousedown', button: 2 }) as unknown as MouseEvent)).toBe(false);
    expect(startsZoom(on(marker, { type: 'mousedown', button: 0 }) as unknown as MouseEvent)).toBe(false);
    expect(startsZoom(on(marker, { type: 'wheel', button: 0 }) as unknown as WheelEvent)).toBe(true);
  });
});
