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
 * prepared-answers.ts) and sent as bytes by host and address, so a cached page goes out as fast as a bare
 * server sends the same bytes. Bounded like the page cache: least recently sent dropped first.
 */
export function cachedPages(request: (url: string, init?: RequestInit) => Response | Promise<Response>) {
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
      const key = `${host}${url}`;
      if (host === undefined || !isPageRequest(url) || response.status !== 200 || answers.has(key) || recording.has(key)) return;
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
      const key = `${req.headers.host}${req.url}`;
      const answer = answers.get(key);
      if (!answer) return false;
      if (!sendBytes(answer, req, res)) return false;
      answers.delete(key);
      answers.set(key, answer);
      return true;
    },
  };
}
