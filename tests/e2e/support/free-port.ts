import { createServer } from 'node:net';

/**
 * A free loopback port: the OS picks one for a probe, which then lets it go. The end-to-end tests and the API's
 * process tests both start servers on one.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
