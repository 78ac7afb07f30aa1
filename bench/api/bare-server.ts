/**
 * The Node.js limit for an answer: a bare `node:http` server that sends captured bytes and headers, doing nothing
 * else. Run as its own process (`tsx bare-server.ts <answers.json>`) so it never shares an event loop with the load
 * generator; prints its port when listening.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/** One captured answer: what the real server sent for `path`. */
export interface CapturedAnswer {
  path: string;
  status: number;
  headers: Record<string, string>;
  bodyBase64: string;
}

const answers: CapturedAnswer[] = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const byPath = new Map(
  answers.map((a) => [a.path, { status: a.status, headers: a.headers, body: Buffer.from(a.bodyBase64, 'base64') }]),
);

const server = createServer((req, res) => {
  const answer = byPath.get(req.url ?? '');
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
