/**
 * How far down the plot a tooltip beside a mark starts, in pixels from the plot's top: level with its mark where
 * it fits, moved up or down to stay within the plot where it does not, and from the plot's top where it is taller
 * than the plot (it then runs below the plot, where the page scrolls to it, never above it, where it may not: an
 * embed's frame or the page's top cuts it off, as at 200 % zoom).
 */
export function tooltipTop(markY: number, tooltipHeight: number, plotHeight: number): number {
  return Math.max(0, Math.min(markY - tooltipHeight / 2, plotHeight - tooltipHeight));
}
