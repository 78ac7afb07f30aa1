import { describe, expect, it } from 'vitest';
import { pageHeadTags } from './page-head.ts';

describe("a page's head tags", () => {
  const request = { origin: 'https://dash.example', path: '/indicators/x', search: '?lang=vi' };

  it('give the title, description, canonical address and preview image', () => {
    const tags = pageHeadTags(
      { title: 'Partner localities', description: 'How many.', image: '/previews/x.vi.png' },
      request,
      'vi',
      false,
    );
    expect(tags).toContain('<title>Partner localities</title>');
    expect(tags).toContain('<link rel="canonical" href="https://dash.example/indicators/x?lang=vi">');
    expect(tags).toContain('<meta property="og:image" content="https://dash.example/previews/x.vi.png">');
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(tags).toContain('<meta property="og:locale" content="vi_VN">');
    expect(tags).not.toContain('bd-static-site');
  });

  it('keep hostile text inert', () => {
    const tags = pageHeadTags(
      { title: '</title><script>alert(1)</script>', description: '" onload="x', image: undefined },
      request,
      'en',
      true,
    );
    expect(tags).not.toContain('<script>');
    expect(tags).toContain('&#60;/title&#62;&#60;script&#62;');
    expect(tags).toContain('content="&#34; onload=&#34;x"');
    expect(tags).toContain('<meta name="bd-static-site" content="1">');
    expect(tags).toContain('<meta name="twitter:card" content="summary">');
  });

  it('give a page that was not found no address to share, and mark it noindex', () => {
    const tags = pageHeadTags({ title: 'Not found', description: 'No such page.', image: undefined }, request, 'en', true, false);
    expect(tags).not.toContain('rel="canonical"');
    expect(tags).not.toContain('og:url');
    expect(tags).toContain('<meta name="robots" content="noindex">');
  });

  it('leave out og:url and the images where the origin is unknown, rather than write them relative', () => {
    const tags = pageHeadTags(
      { title: 'Partner localities', description: 'How many.', image: '/previews/x.en.png' },
      { origin: '', path: '/indicators/x', search: '' },
      'en',
      true,
    );
    expect(tags).toContain('<link rel="canonical" href="/indicators/x">');
    expect(tags).not.toContain('og:url');
    expect(tags).not.toContain('og:image');
    expect(tags).not.toContain('twitter:image');
  });
});
