import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_RULES, chartStylesheet } from './chart-stylesheet.ts';
import { PALETTE, resolveVariables } from './preview-palette.ts';

const WEB_STYLES = new URL('../../../web/src/styles.css', import.meta.url);
/**
 * The web app's stylesheet: read as text, never imported (the API does not import the web app), with each part it
 * imports put in place of its @import, in order, as the build joins them.
 */
const styles = readFileSync(WEB_STYLES, 'utf8')
  .replace(/@import\s+["']([^"']+)["'];/g, (_, part: string) => readFileSync(new URL(part, WEB_STYLES), 'utf8'))
  .replace(/\/\*[\s\S]*?\*\//g, '');

/**
 * The stylesheet without its blocks for reading settings a preview is never drawn under: forced colours (the
 * reader's system colours) and reduced motion (a still picture has none). A preview is the default light page.
 */
function asPreviewSees(css: string): string {
  let out = css;
  for (;;) {
    const start = out.search(/@media[^{]*\((?:forced-colors|prefers-reduced-motion)[^{]*\{/);
    if (start === -1) return out;
    let depth = 0;
    let end = out.indexOf('{', start);
    for (; end < out.length; end++) {
      if (out[end] === '{') depth++;
      else if (out[end] === '}' && --depth === 0) break;
    }
    out = out.slice(0, start) + out.slice(end + 1);
  }
}

/** Each selector of the stylesheet (a rule inside @media too) with its declarations, later ones overriding earlier. */
function rulesOf(css: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  for (const [, selectors = '', body = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = Object.fromEntries(
      body
        .split(';')
        .map((d) => d.split(/:(.*)/s).map((part) => part.trim()))
        .filter(([property, value]) => property && value),
    );
    for (const selector of selectors.split(',').map((s) => s.trim().replace(/\s+/g, ' '))) {
      rules.set(selector, { ...rules.get(selector), ...declarations });
    }
  }
  return rules;
}

const fixtureClasses = new Set(
  ['partner-localities.en.svg', 'conferences-hosted.vi.svg']
    .map((name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'))
    .flatMap((svg) => [...svg.matchAll(/class="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/)))
    .filter(Boolean),
);

/** Properties that change how an SVG shape or its text is painted. */
const PAINT = /^(fill|stroke|paint-order|opacity|font|text-anchor|dominant-baseline|visibility|display)/;

/** Rules on the chart's classes that a still picture does not show, and why. */
const NOT_DRAWN: Record<string, string> = {
  '.chart-mark[data-state] .chart-mark__shape': 'a mark under the pointer or with focus: a preview has neither',
  '.chart-mark[data-state="pinned"] .chart-mark__shape': 'a pinned mark: a preview pins none',
};

describe('the preview palette', () => {
  it('has the light theme value of each colour, as styles.css :root gives it', () => {
    const root = /:root\s*\{([^}]*)\}/.exec(styles)?.[1] ?? '';
    const variables = Object.fromEntries([...root.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]));
    for (const [name, value] of Object.entries(PALETTE)) expect({ name, value }).toEqual({ name, value: variables[name] });
  });

  it('resolves var() in attributes and inline styles, a fallback where the palette has no such colour', () => {
    expect(resolveVariables('<line stroke="var(--grid)"/><text style="fill: var(--muted);"/>')).toBe(
      `<line stroke="${PALETTE.grid}"/><text style="fill: ${PALETTE.muted};"/>`,
    );
    expect(resolveVariables('fill="var(--unknown, #123456)"')).toBe('fill="#123456"');
  });

  it('names the variable and the file to add it to for a colour it does not have', () => {
    expect(() => resolveVariables('fill="var(--chart-new)"')).toThrow(/--chart-new.*preview-palette\.ts/);
  });
});

describe('the chart stylesheet', () => {
  const rules = rulesOf(asPreviewSees(styles));

  it('copies each rule as styles.css writes it', () => {
    for (const { selector, declarations } of CHART_RULES) {
      expect({ selector, declarations: rules.get(selector) }).toMatchObject({ selector, declarations });
    }
  });

  it('leaves out no rule styles.css has for the classes a chart carries, but for the states a preview cannot show', () => {
    const copied = new Set(CHART_RULES.map((r) => r.selector));
    const chartOnly = [...rules].filter(([selector, declarations]) => {
      const classes = [...selector.matchAll(/\.([\w-]+)/g)].map((m) => m[1] ?? '');
      const onChart = classes.length > 0 && classes.every((c) => c === 'series-chart' || fixtureClasses.has(c));
      return onChart && !selector.includes(':') && Object.keys(declarations).some((p) => PAINT.test(p));
    });
    const missing = chartOnly.map(([selector]) => selector).filter((s) => !copied.has(s) && !(s in NOT_DRAWN));
    expect(missing).toEqual([]);
    expect(chartOnly.length).toBeGreaterThanOrEqual(CHART_RULES.length);
  });

  it('is a stylesheet without custom properties', () => {
    const css = chartStylesheet();
    expect(css).not.toContain('var(');
    expect(css).toContain(`.chart-mark--solid .chart-mark__shape{fill:${PALETTE.accent}}`);
    expect(css).not.toMatch(/[<&]/);
  });
});
