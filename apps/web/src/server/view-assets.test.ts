import { describe, expect, it } from 'vitest';
import { type BuildManifest, viewAssets } from './view-assets.ts';

const manifest: BuildManifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    css: ['assets/index.css'],
    dynamicImports: ['src/indicator-page.tsx', 'src/checks-page.tsx', 'src/presenter.tsx'],
  },
  'src/indicator-page.tsx': {
    file: 'assets/indicator-page.js',
    isDynamicEntry: true,
    css: ['assets/indicator-page.css'],
    imports: ['index.html', '_chart.js'],
    dynamicImports: ['src/table.tsx'],
  },
  '_chart.js': { file: 'assets/chart.js', css: ['assets/chart.css'] },
  'src/table.tsx': { file: 'assets/table.js', isDynamicEntry: true, css: ['assets/table.css'], imports: ['index.html'] },
  'src/checks-page.tsx': { file: 'assets/checks-page.js', isDynamicEntry: true, css: ['assets/checks.css'] },
  'src/presenter.tsx': { file: 'assets/presenter.js', isDynamicEntry: true, css: ['assets/presenter.css'] },
};

describe("a view's assets", () => {
  it("link the view's styles and its lazy parts', not the other views' reached through the main bundle", () => {
    const links = viewAssets(manifest, ['src/indicator-page.tsx']);
    expect(links).toContain('href="/assets/indicator-page.css"');
    expect(links).toContain('href="/assets/chart.css"');
    expect(links).toContain('href="/assets/table.css"');
    expect(links).toContain('<link rel="modulepreload" crossorigin href="/assets/indicator-page.js">');
    expect(links).not.toContain('checks.css');
    expect(links).not.toContain('presenter.css');
    expect(links).not.toContain('/assets/index.');
  });

  it('add the presenter when the page is a slide', () => {
    const links = viewAssets(manifest, ['src/indicator-page.tsx', 'src/presenter.tsx']);
    expect(links).toContain('href="/assets/presenter.css"');
    expect(links).not.toContain('checks.css');
  });
});
