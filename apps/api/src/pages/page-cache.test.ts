import { describe, expect, it } from 'vitest';
import { type CachedPage, PageCache } from './page-cache.ts';

const page = (bytes: number): CachedPage => ({
  status: 200,
  etag: '"x"',
  html: Buffer.alloc(bytes),
  brotli: undefined,
  gzip: undefined,
});

describe('the cache of rendered pages', () => {
  it('keeps at most its number of pages, dropping the least recently asked for', async () => {
    const cache = new PageCache({ pages: 3, bytes: 1_000_000 });
    let renders = 0;
    const render = async () => {
      renders++;
      return page(10);
    };
    for (const key of ['a', 'b', 'c']) await cache.get(key, render);
    await cache.get('a', render); // a is now the most recent
    await cache.get('d', render); // b goes
    expect(cache.size()).toEqual({ pages: 3, bytes: 30 });
    renders = 0;
    await cache.get('a', render);
    await cache.get('c', render);
    await cache.get('d', render);
    expect(renders).toBe(0);
    await cache.get('b', render);
    expect(renders).toBe(1);
  });

  it('levels off in bytes however many distinct addresses are asked for', async () => {
    const cache = new PageCache({ pages: 1000, bytes: 5_000 });
    for (let i = 0; i < 2_000; i++) await cache.get(`/indicators/x?from=${i}`, async () => page(1_000));
    expect(cache.size()).toEqual({ pages: 5, bytes: 5_000 });
  });

  it('renders a page asked for twice at once only once, and keeps no failed render', async () => {
    const cache = new PageCache({ pages: 10, bytes: 1_000_000 });
    let renders = 0;
    let finish: (value: CachedPage) => void = () => {};
    const slow = () => {
      renders++;
      return new Promise<CachedPage>((resolve) => {
        finish = resolve;
      });
    };
    const both = Promise.all([cache.get('a', slow), cache.get('a', slow)]);
    finish(page(1));
    const [first, second] = await both;
    expect(first).toBe(second);
    expect(renders).toBe(1);
    await expect(cache.get('b', async () => Promise.reject(new Error('render failed')))).rejects.toThrow('render failed');
    expect(cache.size().pages).toBe(1);
  });

  it('does not keep a page larger than the whole cache', async () => {
    const cache = new PageCache({ pages: 10, bytes: 100 });
    await cache.get('big', async () => page(101));
    expect(cache.size()).toEqual({ pages: 0, bytes: 0 });
  });
});
