import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http';
import type { Duplex } from 'node:stream';
import { getRequestListener, RequestError } from '@hono/node-server';
import compression from 'compression';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { withAccessLog } from './access-log.ts';
import { ERROR_HEADERS, errorBody } from './errors.ts';
import { MAX_URL_BYTES } from './request-limits.ts';
import { securityHeaders } from './security.ts';

/** An answer to a request the app never saw, because Node or the adapter could not read it. */
interface Rejection {
  status: ContentfulStatusCode;
  message: string;
  headers?: Record<string, string>;
}

/** Builds rejections with the security headers of every other answer, and the JSON error shape. */
const rejections = new Hono<{ Bindings: Rejection }>()
  .use(securityHeaders)
  .all('*', (c) => c.json(errorBody(c.env.message), c.env.status, { ...ERROR_HEADERS, ...c.env.headers }));

function rejectionResponse(rejection: Rejection): Promise<Response> {
  return Promise.resolve(rejections.fetch(new Request('http://localhost/'), rejection));
}

/** A parse error of Node's HTTP parser, with the bytes it could not parse. */
type ClientError = Error & { code?: string; rawPacket?: Buffer };

/** The length of the request line in the bytes the parser gave up on; all of them when it has no end. */
function requestLineLength(raw: Buffer | undefined): number {
  if (!raw) return 0;
  const end = raw.indexOf('\r\n');
  return end === -1 ? raw.length : end;
}

/** What to answer to a request Node's parser refused: the status its code calls for, and why. */
function rejectionFor(error: ClientError): Rejection {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return requestLineLength(error.rawPacket) > MAX_URL_BYTES
        ? { status: 414, message: `The URL is too long: this server reads at most ${MAX_URL_BYTES} bytes (the path and query)` }
        : { status: 431, message: 'The request headers are too large' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, message: 'The request took too long to arrive' };
    case 'HPE_INVALID_METHOD':
      return {
        status: 405,
        message: 'This method is not allowed: this server only answers GET and HEAD',
        headers: { Allow: 'GET, HEAD' },
      };
    default:
      return { status: 400, message: `The request is not valid HTTP/1.1 (${error.code ?? error.message})` };
  }
}

const answered = new WeakSet<Duplex>();

/** How long a refused client may take to read its answer, while it still sends what was refused. */
const LINGER_MS = 2000;

/** Writes a rejection on a socket whose request never became one, then closes it; once per socket. */
async function answerClientError(error: ClientError, socket: Duplex): Promise<void> {
  // The parser reports again each chunk the client still sends: the answer is already on its way.
  if (answered.has(socket)) return;
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  answered.add(socket);
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
  const response = await rejectionResponse(rejectionFor(error));
  const body = Buffer.from(await response.text());
  // The answer to a HEAD has no body, even when the rest of the request could not be read.
  const head = error.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
  const lines = [
    `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`,
    ...[...response.headers].map(([name, value]) => `${name}: ${value}`),
    `Content-Length: ${body.length}`,
    'Connection: close',
  ];
  socket.end(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), head ? Buffer.alloc(0) : body]));
}

/**
 * The adapter's error handler: a request it cannot turn into a Request (no or bad Host, a backslash in the path)
 * is a 400 that says why; anything else is an internal error, logged, and answered without its details.
 */
async function answerAdapterError(error: unknown): Promise<Response> {
  if (error instanceof RequestError) {
    return rejectionResponse({ status: 400, message: `The request cannot be read: ${error.message}` });
  }
  console.error('Error answering a request:', error);
  return rejectionResponse({ status: 500, message: 'Internal error: the server could not answer; the error is in its log' });
}

/** What the server adds around the app's answers. */
export interface NodeServerOptions {
  /** Writes one line per request (see access-log.ts); no access log without it. */
  accessLog?: Logger;
}

/**
 * A Node HTTP server for `fetch` (a Hono app's). What never reaches the app, because Node's parser or the adapter
 * refused it, is still answered in the API's JSON error shape with the security headers.
 *
 * The app's answers are compressed here (brotli or gzip, as the client accepts, from 1 kB, by expressjs/compression)
 * rather than in the app: only here is the length of a body known before it is sent, so a small one goes as it is and
 * a long streamed export is compressed as it streams. Answers sent by `sendFirst` carry their own encoding, compressed
 * once when they were prepared, and are not touched.
 */
export function createNodeServer(
  fetch: (request: Request) => Response | Promise<Response>,
  /** Answers what it can without the adapter (prepared answers, see prepared-answers.ts) and says whether it did. */
  sendFirst: (req: IncomingMessage, res: ServerResponse) => boolean = () => false,
  options: NodeServerOptions = {},
): Server {
  const listener = getRequestListener(fetch, { errorHandler: answerAdapterError });
  const compressed = compression();
  const answer: RequestListener = (req, res) => {
    if (!sendFirst(req, res)) compressed(req, res, () => void listener(req, res));
  };
  // Without a Host header the adapter cannot build the request's URL: it says so, in JSON, instead of Node's bare 400.
  const server = createServer(
    { requireHostHeader: false },
    options.accessLog ? withAccessLog(answer, options.accessLog) : answer,
  );
  server.on('clientError', (error: ClientError, socket: Duplex) => void answerClientError(error, socket));
  return server;
}
