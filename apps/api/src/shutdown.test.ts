import { Agent, get, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureData, type DataCopy } from './test-fixtures/fixture-data.ts';
import { startServer, stopServers, waitForOutput } from './test-fixtures/server-process.ts';

const OBSERVATIONS = 8000;

/** A source file with many long observations: its CSV (about 20 MB) outlasts every socket buffer on the way. */
function bigArticle(): string {
  const note = `${'A long curator note, repeated to make each row large. '.repeat(40).trim()}`;
  const rows = Array.from({ length: OBSERVATIONS }, (_, i) => {
    const year = 1000 + (i % 1000);
    return [
      `  - id: big-${i}`,
      '    indicator: fdi_attracted',
      '    entity: binh-duong',
      `    period_start: ${year}-01-01`,
      `    period_end: ${year}-12-31`,
      `    value: ${i + 1}`,
      '    qualifier: exact',
      '    method: stated',
      `    evidence: a figure of ${i + 1} from the article`,
      `    note: ${note}`,
    ].join('\n');
  });
  return `source:
  id: big-2024-01-01-article
  title: A long article
  publisher: Test publisher
  published: 2024-01-01
  language: en
observations:
${rows.join('\n')}
`;
}

/** GET `path` over `agent` (a keep-alive agent keeps its connection), with the whole body. */
function getOver(agent: Agent, base: string, path: string) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    get(`${base}${path}`, { agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      response.once('error', reject);
    }).once('error', reject);
  });
}

/** Starts a GET of the big CSV and holds its body unread, as a slow client does. */
async function slowDownload(base: string) {
  const response = await new Promise<IncomingMessage>((resolve, reject) =>
    get(`${base}/api/observations.csv`, { agent: false }, resolve).once('error', reject),
  );
  response.pause();
  return { response, length: Number(response.headers['content-length']) };
}

/** Reads what is left of a response; a connection cut short ends it early or with an error. */
async function readAll(response: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('SIGTERM', { timeout: 120_000 }, () => {
  let data: DataCopy;
  beforeAll(() => {
    data = copyFixtureData();
    data.write('sources/big-2024-01-01-article.yaml', bigArticle());
  });
  afterAll(() => {
    stopServers();
    data.dispose();
  });

  it('fails readiness, closes each kept-alive connection after its answer, finishes a slow download, refuses new connections, then exits 0', async () => {
    const server = await startServer({ DATA_DIR: data.dir });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const before = await getOver(agent, server.base, '/api/ready');
      expect(before.status).toBe(200);
      expect(JSON.parse(before.body)).toMatchObject({ ready: true, status: 'ready' });
      expect(before.headers.connection).toBe('keep-alive');
      const { response, length } = await slowDownload(server.base);
      expect(length).toBeGreaterThan(10_000_000);

      const from = server.output().length;
      server.child.kill('SIGTERM');
      await waitForOutput(server, /SIGTERM: finishing the requests in flight/, from);
      // The connection kept alive from before the signal still answers, once, and says it closes.
      const ready = await getOver(agent, server.base, '/api/ready');
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body)).toMatchObject({ ready: false, status: 'draining' });
      expect(ready.headers.connection).toBe('close');
      expect(ready.headers['cache-control']).toBe('no-store');
      // A new connection is refused: a client or load balancer goes to another replica at once.
      await expect(fetch(`${server.base}/api/health`)).rejects.toThrow();

      const body = await readAll(response);
      expect(body.length).toBe(length);
      expect(body.toString('utf8').endsWith('\r\n')).toBe(true);
      expect(await server.exited).toBe(0);
      expect(server.output()).not.toContain('with requests still in flight');
    } finally {
      agent.destroy();
    }
  });

  it('resets no request of a keep-alive load sent straight to it: each connection is told to close', async () => {
    const server = await startServer({ DATA_DIR: data.dir });
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const outcomes: string[] = [];
    let signalled = false;
    const from = server.output().length;
    /** Whether the server has said it drains: from then on every answer must close its connection. */
    const draining = () => server.output().slice(from).includes('SIGTERM: finishing the requests in flight');
    /** One client's requests, one after another, until its connection is refused; at most 400 each. */
    const client = async () => {
      for (let sent = 0; sent < 400; sent += 1) {
        try {
          const after = draining();
          const answer = await getOver(agent, server.base, sent % 2 ? '/api/indicators' : '/api/health');
          outcomes.push(after ? `after: ${answer.status} ${answer.headers.connection}` : `before: ${answer.status}`);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? String(error);
          outcomes.push(code);
          if (code === 'ECONNREFUSED') return;
        }
        if (sent === 20 && !signalled) {
          signalled = true;
          server.child.kill('SIGTERM');
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: 8 }, client));
      expect(await server.exited).toBe(0);
      // Every request got its answer, or was refused a new connection; none was reset on one kept alive.
      const expected = new Set(['before: 200', 'after: 200 close', 'ECONNREFUSED']);
      expect(outcomes.filter((o) => !expected.has(o))).toEqual([]);
      expect(outcomes).toContain('ECONNREFUSED');
    } finally {
      agent.destroy();
    }
  });

  it('closes what is still in flight after SHUTDOWN_GRACE_SECONDS, says so, and exits 0', async () => {
    const server = await startServer({ DATA_DIR: data.dir, SHUTDOWN_GRACE_SECONDS: '0.5' });
    const { response, length } = await slowDownload(server.base);
    const from = server.output().length;
    server.child.kill('SIGTERM');
    await waitForOutput(server, /Stopped after 0\.5 s \(SHUTDOWN_GRACE_SECONDS\) with requests still in flight/, from);
    const body = await readAll(response).catch(() => Buffer.alloc(0));
    expect(body.length).toBeLessThan(length);
    expect(await server.exited).toBe(0);
  });
});
