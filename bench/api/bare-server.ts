/**
 * The Node.js limit for an answer: a bare `node:http` server that sends captured bytes and headers, doing nothing
 * else. Run as its own process (`tsx bare-server.ts <answers.json>`) so it never shares an event loop with the load
 * generator; prints its port when listening.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/** One captured answer: what the real server sent for `path` asked with `acceptEncoding` ('' for none). */
export interface CapturedAnswer {
  path: string;
  acceptEncoding: string;
  status: number;
  headers: Record<string, string>;
  bodyBase64: string;
}

/** The key an answer is found by: the same path asked with the same Accept-Encoding. */
export const answerKey = (path: string, acceptEncoding: string) => `${acceptEncoding} ${path}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const answers: CapturedAnswer[] = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
  const byKey = new Map(
    answers.map((a) => [
      answerKey(a.path, a.acceptEncoding),
      { status: a.status, headers: a.headers, body: Buffer.from(a.bodyBase64, 'base64') },
    ]),
  );
  const server = createServer((req, res) => {
    const answer = byKey.get(answerKey(req.url ?? '', req.headers['accept-encoding'] ?? ''));
    if (!answer) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    console.log(typeof address === 'object' && address ? address.port : 0);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
