import type { Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

/** How often a stopping server looks for connections it may close. */
const POLL_MS = 50;

/**
 * Tracks the responses `server` is writing, and returns how to stop it without cutting one short: stop
 * accepting connections, wait until every response in flight has been handed to the network (its `finish`), then
 * close the connections left, which are idle. After `graceMs` whatever remains is closed; the promise says whether
 * everything finished in time.
 *
 * Node's own `server.close()` is not used: it closes at once every connection whose response has ended, even
 * when most of a large response is still waiting in the socket's buffer for a slow client.
 */
export function gracefulStopper(server: Server): (graceMs: number) => Promise<boolean> {
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_request, response: ServerResponse) => {
    inFlight.add(response);
    const done = () => inFlight.delete(response);
    response.once('finish', done);
    response.once('close', done);
  });
  return (graceMs) =>
    new Promise((resolve) => {
      const finish = (drained: boolean) => {
        clearInterval(poll);
        clearTimeout(deadline);
        resolve(drained);
      };
      NetServer.prototype.close.call(server, () => finish(true));
      const poll = setInterval(() => {
        if (inFlight.size === 0) server.closeIdleConnections();
      }, POLL_MS);
      const deadline = setTimeout(() => {
        server.closeAllConnections();
        finish(false);
      }, graceMs);
    });
}
