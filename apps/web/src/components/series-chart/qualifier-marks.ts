import type { Qualifier } from '@bd/core';

/**
 * The shape of a value's mark, one per qualifier, so a reader tells them apart without colour and in grey print:
 * a filled dot for an exact figure, a ring for "about", a triangle pointing down for "nearly" (the true figure is
 * a little below), up for "more than" (above), and up on a floor for "at least" (this or above).
 */
export type MarkShape = 'dot' | 'ring' | 'triangle-down' | 'triangle-up' | 'triangle-up-floor';

/** Each qualifier's mark: its shape, and whether it is filled (only exact figures are). */
export const QUALIFIER_MARKS: Record<Qualifier, { shape: MarkShape; filled: boolean }> = {
  exact: { shape: 'dot', filled: true },
  about: { shape: 'ring', filled: false },
  nearly: { shape: 'triangle-down', filled: false },
  more_than: { shape: 'triangle-up', filled: false },
  at_least: { shape: 'triangle-up-floor', filled: false },
};

/** The qualifiers in the order a legend lists them. */
export const QUALIFIER_ORDER: readonly Qualifier[] = ['exact', 'about', 'nearly', 'more_than', 'at_least'];

const fixed = (n: number) => Number(n.toFixed(2));

/**
 * SVG path data of a mark of `radius` centred on (`cx`, `cy`), the point the value sits at. Triangles are a little
 * larger than the dot so that both hold about as much ink; "at least" adds a floor under its triangle.
 */
export function markPath(shape: MarkShape, cx: number, cy: number, radius: number): string {
  const r = radius;
  if (shape === 'dot' || shape === 'ring') {
    return `M${fixed(cx - r)} ${fixed(cy)}a${fixed(r)} ${fixed(r)} 0 1 0 ${fixed(2 * r)} 0a${fixed(r)} ${fixed(r)} 0 1 0 ${fixed(-2 * r)} 0Z`;
  }
  const half = r * 1.2;
  const tip = r * 1.3;
  const base = r * 0.75;
  if (shape === 'triangle-down') {
    return `M${fixed(cx - half)} ${fixed(cy - base)}H${fixed(cx + half)}L${fixed(cx)} ${fixed(cy + tip)}Z`;
  }
  const triangle = `M${fixed(cx - half)} ${fixed(cy + base)}H${fixed(cx + half)}L${fixed(cx)} ${fixed(cy - tip)}Z`;
  if (shape === 'triangle-up') return triangle;
  const floor = cy + base + Math.max(2, r * 0.5);
  return `${triangle}M${fixed(cx - half)} ${fixed(floor)}H${fixed(cx + half)}`;
}
