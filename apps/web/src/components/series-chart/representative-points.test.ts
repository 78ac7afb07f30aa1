import { describe, expect, it } from 'vitest';
import { representativePoints } from './representative-points.ts';

const line = (count: number, y: (i: number) => number) => Array.from({ length: count }, (_, i) => ({ x: i, y: y(i), id: i }));

describe('representativePoints', () => {
  it('keeps a short series whole', () => {
    const points = line(10, (i) => i);
    expect(representativePoints(points, 20)).toEqual(points);
  });

  it('keeps the first and last point and at most `max`, each one of the given points', () => {
    const points = line(1000, (i) => Math.sin(i / 20));
    const picked = representativePoints(points, 100);
    expect(picked).toHaveLength(100);
    expect(picked[0]).toBe(points[0]);
    expect(picked.at(-1)).toBe(points.at(-1));
    for (const p of picked) expect(points).toContain(p);
    expect(picked.map((p) => p.x)).toEqual([...picked.map((p) => p.x)].sort((a, b) => a - b));
  });

  it('keeps a lone spike, which an even thinning would miss', () => {
    const points = line(1000, (i) => (i === 503 ? 100 : 0));
    expect(representativePoints(points, 50).map((p) => p.id)).toContain(503);
  });
});
