/**
 * The light theme's colours from `:root` in `apps/web/src/styles/tokens.css`, by custom property name without its `--`.
 * The chart's markup and stylesheet name them as `var(--grid)` and so on, which resvg cannot resolve: it knows no
 * custom properties. `preview-palette.test.ts` holds each value equal to the stylesheet's.
 */
export const PALETTE = {
  bg: '#ffffff',
  surface: '#f5f7f8',
  text: '#17212b',
  muted: '#4b5866',
  accent: '#0b5e63',
  'accent-strong': '#074448',
  'accent-soft': '#e4f1f1',
  border: '#d3dbe1',
  grid: '#e5eaee',
  axis: '#7a8591',
  danger: '#b42318',
  focus: '#1747c5',
} as const satisfies Record<string, string>;

const VARIABLE = /var\(\s*--([\w-]+)\s*(?:,\s*([^()]*?)\s*)?\)/g;

/**
 * `markup` with every `var(--name)` replaced by the palette's colour, or by the `var()`'s own fallback where it has
 * one and the palette does not. A variable with neither is an error: drawn without it, a shape would turn black.
 */
export function resolveVariables(markup: string): string {
  return markup.replace(VARIABLE, (_, name: string, fallback: string | undefined) => {
    const value = (PALETTE as Record<string, string>)[name] ?? fallback;
    if (value === undefined) {
      throw new Error(
        `The chart uses the CSS variable --${name}, which the preview's palette does not have: add its :root value ` +
          'from apps/web/src/styles/tokens.css to PALETTE in apps/api/src/previews/preview-palette.ts.',
      );
    }
    return value;
  });
}
