import http from 'node:http';

/**
 * One GET of `url` on a connection of its own (no pooled connection the server may have closed meanwhile), read to
 * its last byte: how long it took and how many bytes the body had. Fails on a status other than 200.
 */
export function timedGet(url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('error', reject);
        res.on('end', () =>
          res.statusCode === 200
            ? resolve({ ms: performance.now() - started, bytes })
            : reject(new Error(`${url}: ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

/** How long one GET of `url` takes to its last byte, as `timedGet`. */
export async function timeRequest(url: string): Promise<number> {
  return (await timedGet(url)).ms;
}
