import type { IncomingMessage, ServerResponse } from 'node:http';
import { type PreparedAnswer, prepareAnswerBytes, sendBytes } from './prepared-answers.ts';

/** How many rendered pages' answers are kept as bytes, and how many bytes they may take together. */
const LIMITS = { pages: 500, bytes: 64 * 1024 * 1024 };

const sizeOf = (answer: PreparedAnswer) => answer.ok.body.length + (answer.brotli?.body.length ?? 0);

/** True for a request the dashboard's pages answer: not the API, not a file, not a preview image. */
function isPageRequest(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return !path.startsWith('/api') && !path.startsWith('/previews/') && !/\.[A-Za-z0-9]+$/.test(path.split('/').at(-1) ?? '');
}

/**
 * The answers of rendered pages, kept once the app has rendered them (as the most asked API answers are, see
 * prepared-answers.ts) and sent as bytes by address, so a cached page goes out as fast as a bare server sends the
 * same bytes. Bounded like the page cache: least recently sent dropped first.
 *
 * A page writes the public origin into its absolute addresses. Where that origin is one for every request
 * (`originFixed`: PUBLIC_URL, or the server's own address) the address alone names the page; where it comes from
 * each request's X-Forwarded-* headers (TRUST_PROXY without PUBLIC_URL), nothing is kept here, since one reader's
 * headers must never choose another's page (the app's own page cache keys its pages by origin).
 */
export function cachedPages(request: (url: string, init?: RequestInit) => Response | Promise<Response>, originFixed = true) {
  const answers = new Map<string, PreparedAnswer>();
  const recording = new Set<string>();
  let bytes = 0;
  const keep = (key: string, answer: PreparedAnswer) => {
    answers.set(key, answer);
    bytes += sizeOf(answer);
    for (const [oldKey, old] of answers) {
      if (answers.size <= LIMITS.pages && bytes <= LIMITS.bytes) break;
      answers.delete(oldKey);
      bytes -= sizeOf(old);
    }
  };
  return {
    /** After the app answered a page with 200: records its answer for next time (in the background, once). */
    noteAnswered(host: string | undefined, url: string, response: Response): void {
      const key = url;
      if (!originFixed || host === undefined || !isPageRequest(url) || response.status !== 200) return;
      if (answers.has(key) || recording.has(key)) return;
      if (!response.headers.get('etag')?.startsWith('"p-')) return;
      recording.add(key);
      void prepareAnswerBytes(request, [`http://${host}${url}`])
        .then((kept) => {
          const answer = kept.get(`http://${host}${url}`);
          if (answer) keep(key, answer);
        })
        .catch(() => undefined)
        .finally(() => recording.delete(key));
    },
    /** Sends the kept answer of a page and says true; false when there is none (the app answers). */
    send(req: IncomingMessage, res: ServerResponse): boolean {
      const key = req.url ?? '';
      const answer = answers.get(key);
      if (!answer) return false;
      if (!sendBytes(answer, req, res)) return false;
      answers.delete(key);
      answers.set(key, answer);
      return true;
    },
  };
}
