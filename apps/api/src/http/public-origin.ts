import type { Context } from 'hono';

/**
 * Where readers reach the dashboard, for what a page or the API reference writes as an absolute address (the
 * reference's examples, canonical links, link previews and the address drawn into a preview image):
 * - `PUBLIC_URL`, when set: behind a proxy, a load balancer or a CDN, the one address readers use;
 * - else, with `TRUST_PROXY=1`, what the proxy in front says in `X-Forwarded-Proto` and `X-Forwarded-Host`
 *   (the first of each, and only when it reads as a scheme and a host);
 * - else the server's own address (`http://HOST:PORT`, `localhost` when it listens on every interface).
 * A request's `Host` header is never written into a page: anyone can send `Host: attacker.example`, and a cached
 * page would then send that address to every reader.
 */
export interface PublicAddress {
  /** PUBLIC_URL's origin, or undefined when it is not set. */
  publicUrl: string | undefined;
  trustProxy: boolean;
  /** The server's own origin, `http://127.0.0.1:3000` by default. */
  own: string;
}

/** The public origin for a request. */
export type OriginOf = (c: Context) => string;

/** A host as `X-Forwarded-Host` may name one: a name or IPv4 address, or a bracketed IPv6 one, and a port. */
const FORWARDED_HOST = /^(?:[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The first value of a header a chain of proxies may have added to, trimmed. */
const firstOf = (value: string | undefined) => value?.split(',')[0]?.trim().toLowerCase();

export function publicOriginOf(address: PublicAddress): OriginOf {
  const { publicUrl, trustProxy, own } = address;
  if (publicUrl !== undefined) return () => publicUrl;
  if (!trustProxy) return () => own;
  return (c) => {
    const proto = firstOf(c.req.header('X-Forwarded-Proto'));
    const host = firstOf(c.req.header('X-Forwarded-Host'));
    if ((proto !== 'http' && proto !== 'https') || host === undefined || !FORWARDED_HOST.test(host)) return own;
    return `${proto}://${host}`;
  };
}

/** The server's own origin for the address it listens on: `localhost` for every interface (0.0.0.0, ::). */
export function ownOrigin(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}
