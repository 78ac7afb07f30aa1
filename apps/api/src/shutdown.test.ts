import { get, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureData, type DataCopy } from './test-fixtures/fixture-data.ts';
import { type ServerRun, startServer, stopServers, waitForOutput } from './test-fixtures/server-process.ts';

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

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SIGTERM', { timeout: 90_000 }, () => {
  let data: DataCopy;
  let server: ServerRun & { base: string; pid: number };

  beforeAll(async () => {
    data = copyFixtureData();
    data.write('sources/big-2024-01-01-article.yaml', bigArticle());
    server = await startServer({ DATA_DIR: data.dir });
  }, 60_000);

  afterAll(() => {
    stopServers();
    data.dispose();
  });

  it('finishes a slow download started before it, refuses new connections, then exits 0', async () => {
    const response = await new Promise<IncomingMessage>((resolve, reject) =>
      get(`${server.base}/api/observations.csv`, { agent: false }, resolve).once('error', reject),
    );
    response.pause();
    expect(response.statusCode).toBe(200);
    const length = Number(response.headers['content-length']);
    expect(length).toBeGreaterThan(10_000_000);

    const from = server.output().length;
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    await waitForOutput(server, /SIGTERM: finishing the requests in flight, then stopping/, from);
    await expect(fetch(`${server.base}/api/health`)).rejects.toThrow();

    await pause(1500);
    expect(server.child.exitCode).toBeNull();
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    expect(body.length).toBe(length);
    expect(body.toString('utf8').endsWith('\r\n')).toBe(true);

    expect(await server.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(5000);
  });
});
