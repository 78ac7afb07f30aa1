import { describe, expect, it } from 'vitest';
import { type BuildManifest, inlineStyleSheets, viewAssets } from './view-assets.ts';

const manifest: BuildManifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    css: ['assets/style.css'],
    imports: ['_shared.js'],
    dynamicImports: ['src/indicator-page.tsx', 'src/checks-page.tsx', 'src/presenter.tsx'],
  },
  '_shared.js': { file: 'assets/shared.js' },
  'src/indicator-page.tsx': {
    file: 'assets/indicator-page.js',
    isDynamicEntry: true,
    imports: ['index.html', '_chart.js', '_shared.js'],
    dynamicImports: ['src/table.tsx'],
  },
  '_chart.js': { file: 'assets/chart.js' },
  'src/table.tsx': { file: 'assets/table.js', isDynamicEntry: true, imports: ['index.html'] },
  'src/checks-page.tsx': { file: 'assets/checks-page.js', isDynamicEntry: true },
  'src/presenter.tsx': { file: 'assets/presenter.js', isDynamicEntry: true },
};

describe("a view's assets", () => {
  it("preload the view's code and what it imports, not the main bundle's nor other views'", () => {
    const links = viewAssets(manifest, ['src/indicator-page.tsx']);
    expect(links).toBe(
      '    <link rel="modulepreload" crossorigin href="/assets/indicator-page.js">\n' +
        '    <link rel="modulepreload" crossorigin href="/assets/chart.js">\n',
    );
  });

  it('add the presenter when the page is a slide, and skip a module the build does not name', () => {
    const links = viewAssets(manifest, ['src/checks-page.tsx', 'src/presenter.tsx', undefined, 'src/gone.tsx']);
    expect(links).toContain('href="/assets/presenter.js"');
    expect(links).toContain('href="/assets/checks-page.js"');
    expect(links).not.toContain('indicator-page');
  });
});

describe("the page's styles", () => {
  const template = '<head>\n<link rel="stylesheet" crossorigin href="/assets/style-1.css">\n</head>';

  it('are written into the page in place of its link', () => {
    expect(inlineStyleSheets(template, { '/assets/style-1.css': '.a{color:red}\n' })).toBe(
      '<head>\n<style data-sheet="/assets/style-1.css">.a{color:red}</style>\n</head>',
    );
  });

  it('are an error when the build lacks the sheet or the sheet would close its <style> early', () => {
    expect(() => inlineStyleSheets(template, {})).toThrow(/links the style sheet \/assets\/style-1\.css/);
    expect(() => inlineStyleSheets(template, { '/assets/style-1.css': 'a{}</style><script>' })).toThrow(/"<\/style"/);
  });
});
