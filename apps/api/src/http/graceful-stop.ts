import type { Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

/**
 * Tracks the responses `server` is writing, and returns how to stop it without cutting one short or resetting a
 * keep-alive connection under a client's request:
 * - stop accepting connections (a new one is refused, so a load balancer or client goes elsewhere at once);
 * - every answer from then on, and every one in flight whose head is not yet sent, says `Connection: close`, and
 *   Node closes its connection once it is sent;
 * - an idle keep-alive connection is left to Node's keep-alive timeout (which its `Keep-Alive: timeout=` header
 *   announces, so clients stop using it first) or to its next request, answered with `Connection: close`:
 *   closing it at once would race a request the client is sending on it, which then fails with ECONNRESET;
 * - when every connection is gone the promise resolves true; after `graceMs` whatever remains is closed and it
 *   resolves false.
 *
 * Node's own `server.close()` is not used: it closes at once every connection whose response has ended, even when
 * most of a large response is still waiting in the socket's buffer for a slow client, and every idle one.
 */
export function gracefulStopper(server: Server): (graceMs: number) => Promise<boolean> {
  const inFlight = new Set<ServerResponse>();
  let stopping = false;
  const closeAfter = (response: ServerResponse) => {
    if (!response.headersSent) response.setHeader('Connection', 'close');
  };
  // First of the request listeners: the app may write an answer's head before a later listener runs.
  server.prependListener('request', (_request, response: ServerResponse) => {
    if (stopping) closeAfter(response);
    inFlight.add(response);
    const done = () => inFlight.delete(response);
    response.once('finish', done);
    response.once('close', done);
  });
  return (graceMs) =>
    new Promise((resolve) => {
      stopping = true;
      for (const response of inFlight) closeAfter(response);
      const deadline = setTimeout(() => {
        server.closeAllConnections();
        resolve(false);
      }, graceMs);
      NetServer.prototype.close.call(server, () => {
        clearTimeout(deadline);
        resolve(true);
      });
    });
}
