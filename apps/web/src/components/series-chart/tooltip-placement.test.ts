import { describe, expect, it } from 'vitest';
import { tooltipTop } from './tooltip-placement.ts';

describe("a tooltip's place beside its mark", () => {
  it('is level with its mark where it fits in the plot', () => {
    expect(tooltipTop(200, 100, 400)).toBe(150);
  });

  it('moves down from the top and up from the bottom of the plot to stay inside it', () => {
    expect(tooltipTop(20, 100, 400)).toBe(0);
    expect(tooltipTop(390, 100, 400)).toBe(300);
  });

  it('starts at the plot top when it is taller than the plot, never above it', () => {
    expect(tooltipTop(100, 300, 160)).toBe(0);
  });
});
