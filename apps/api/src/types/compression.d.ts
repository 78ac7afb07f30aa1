/**
 * The part of expressjs/compression this server uses: it takes plain node:http requests and answers. Declared here
 * rather than with @types/compression, which types it against Express and would bring Express's types with it.
 */
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type { BrotliOptions, ZlibOptions } from 'node:zlib';

  interface CompressionOptions extends ZlibOptions {
    /** Bodies with fewer bytes than this (by their Content-Length) go as they are; 1 kB by default. */
    threshold?: number | string;
    brotli?: BrotliOptions;
    filter?: (req: IncomingMessage, res: ServerResponse) => boolean;
  }

  export default function compression(
    options?: CompressionOptions,
  ): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
}
