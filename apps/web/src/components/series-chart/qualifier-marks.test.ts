import { describe, expect, it } from 'vitest';
import { markPath, QUALIFIER_MARKS, QUALIFIER_ORDER } from './qualifier-marks.ts';

describe('qualifier marks', () => {
  it('gives every qualifier a mark of its own, and only an exact figure a filled one', () => {
    const shapes = QUALIFIER_ORDER.map((q) => QUALIFIER_MARKS[q].shape);
    expect(new Set(shapes).size).toBe(QUALIFIER_ORDER.length);
    expect(QUALIFIER_ORDER.filter((q) => QUALIFIER_MARKS[q].filled)).toEqual(['exact']);
  });

  it('points down for "nearly" and up for "more than" and "at least", the value at the centre', () => {
    const vertices = (d: string) => [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const tipDown = vertices(markPath('triangle-down', 50, 50, 10)).at(-1)!;
    const tipUp = vertices(markPath('triangle-up', 50, 50, 10)).at(-1)!;
    expect(tipDown[1]).toBeGreaterThan(50);
    expect(tipUp[1]).toBeLessThan(50);
    expect(markPath('triangle-up-floor', 50, 50, 10)).toMatch(/ZM[\d.]+ [\d.]+H[\d.]+$/);
    expect(markPath('triangle-up-floor', 50, 50, 10).startsWith(markPath('triangle-up', 50, 50, 10))).toBe(true);
  });

  it('draws a dot and a ring as the same circle, told apart by fill', () => {
    expect(markPath('dot', 10, 10, 4)).toBe(markPath('ring', 10, 10, 4));
    expect(markPath('dot', 10, 10, 4)).toBe('M6 10a4 4 0 1 0 8 0a4 4 0 1 0 -8 0Z');
  });
});
