import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context } from 'hono';
import { matchesEtag } from '../http/answer.ts';
import { accepts } from '../http/prepared-answers.ts';
import type { OriginOf } from '../http/public-origin.ts';
import { type CachedPage, PageCache } from './page-cache.ts';
import type { PageRenderer } from './page-renderer.ts';

const compress = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Asks the app the page is rendered from for an API answer, in this process. */
export type RequestApi = (path: string, init: RequestInit) => Response | Promise<Response>;

/** A rendered page as kept: its bytes, compressed once with brotli and with gzip, and an ETag of its bytes. */
async function keptPage(status: number, html: string): Promise<CachedPage> {
  const bytes = Buffer.from(html, 'utf8');
  const etag = `"p-${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
  const [brotli, gz] = await Promise.all([
    compress(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
    gzipped(bytes, { level: 9 }),
  ]);
  const smaller = (packed: Buffer) => (packed.length < bytes.length ? packed : undefined);
  return { status, etag, html: bytes, brotli: smaller(brotli), gzip: smaller(gz) };
}

/**
 * The dashboard's pages for one data version: each rendered on the server on first request (its charts drawn, its
 * data beside it), then sent from a bounded cache by address and origin. An answer carries its ETag, so a reader's
 * browser revalidates it with a 304 until the data or the dashboard changes.
 */
export function pageAnswers(renderer: Promise<PageRenderer>, requestApi: RequestApi, originOf: OriginOf) {
  const cache = new PageCache();
  return {
    cache,
    async answer(c: Context): Promise<Response> {
      const url = new URL(c.req.url);
      const origin = originOf(c);
      const key = `${origin}${url.pathname}${url.search}`;
      const page = await cache.get(key, async () => {
        const rendered = await (await renderer).render({ path: url.pathname, search: url.search, origin }, requestApi);
        return keptPage(rendered.status, rendered.html);
      });
      const headers: Record<string, string> = {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
        ETag: page.etag,
        Vary: 'Accept-Encoding',
      };
      const ifNoneMatch = c.req.header('If-None-Match');
      if (page.status === 200 && ifNoneMatch !== undefined && matchesEtag(ifNoneMatch, page.etag)) {
        return c.body(null, 304, headers);
      }
      const acceptEncoding = c.req.header('Accept-Encoding');
      if (page.brotli && accepts('br', acceptEncoding)) {
        return c.body(new Uint8Array(page.brotli), page.status as 200, { ...headers, 'Content-Encoding': 'br' });
      }
      if (page.gzip && accepts('gzip', acceptEncoding)) {
        return c.body(new Uint8Array(page.gzip), page.status as 200, { ...headers, 'Content-Encoding': 'gzip' });
      }
      return c.body(new Uint8Array(page.html), page.status as 200, headers);
    },
  };
}
