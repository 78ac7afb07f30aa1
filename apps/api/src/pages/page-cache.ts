/** A rendered page as it is kept: its status, its bytes, the same brotli-compressed, and its ETag. */
export interface CachedPage {
  status: number;
  etag: string;
  html: Buffer;
  brotli: Buffer | undefined;
  gzip: Buffer | undefined;
}

/** How much a cache of pages may hold: pages, and bytes of HTML (plain and compressed together). */
export interface PageCacheLimits {
  pages: number;
  bytes: number;
}

/** Enough for every page of a province's dashboard in both languages; a data set of 100 provinces has more. */
export const PAGE_CACHE_LIMITS: PageCacheLimits = { pages: 500, bytes: 48 * 1024 * 1024 };

const sizeOf = (page: CachedPage) => page.html.length + (page.brotli?.length ?? 0);

/**
 * Rendered pages by address, the least recently asked for dropped first once the cache holds more than its limits:
 * memory levels off however many distinct addresses are asked for. A page asked for while it is being rendered
 * waits for that render rather than starting its own.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly rendering = new Map<string, Promise<CachedPage>>();
  private bytes = 0;

  constructor(private readonly limits: PageCacheLimits = PAGE_CACHE_LIMITS) {}

  /** The page kept for `key`, or the one `render` makes (kept for next time). */
  async get(key: string, render: () => Promise<CachedPage>): Promise<CachedPage> {
    const kept = this.pages.get(key);
    if (kept) {
      // Most recently used last: a Map iterates in insertion order.
      this.pages.delete(key);
      this.pages.set(key, kept);
      return kept;
    }
    const running = this.rendering.get(key);
    if (running) return running;
    const made = render().finally(() => this.rendering.delete(key));
    this.rendering.set(key, made);
    const page = await made;
    this.keep(key, page);
    return page;
  }

  /** How many pages and bytes it holds now. */
  size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.bytes };
  }

  private keep(key: string, page: CachedPage): void {
    if (sizeOf(page) > this.limits.bytes) return;
    this.pages.set(key, page);
    this.bytes += sizeOf(page);
    for (const [oldKey, old] of this.pages) {
      if (this.pages.size <= this.limits.pages && this.bytes <= this.limits.bytes) break;
      this.pages.delete(oldKey);
      this.bytes -= sizeOf(old);
    }
  }
}
