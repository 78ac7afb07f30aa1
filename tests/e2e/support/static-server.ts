import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

function fileAt(root: string, urlPath: string): string | undefined {
  const target = path.join(root, decodeURIComponent(urlPath));
  if (!target.startsWith(root)) return undefined;
  try {
    const stat = statSync(target);
    if (stat.isFile()) return target;
    if (stat.isDirectory() && statSync(path.join(target, 'index.html')).isFile()) return path.join(target, 'index.html');
  } catch {
    return undefined;
  }
  return undefined;
}

function isFolder(root: string, urlPath: string): boolean {
  const target = path.join(root, decodeURIComponent(urlPath));
  try {
    return target.startsWith(root) && statSync(target).isDirectory();
  } catch {
    return false;
  }
}

export interface StaticServerOptions {
  /**
   * Send a folder's address without its trailing slash to the one with it (301), as python's `http.server` does:
   * `/embed/x` becomes `/embed/x/`.
   */
  redirectFolders?: boolean;
}

/**
 * What any static host does and no more: files by path with a content type by extension, a folder's index.html,
 * and 404.html (with status 404) for anything else. No app code, no API: for testing the static export.
 */
export async function serveStatic(
  root: string,
  options: StaticServerOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const base = path.resolve(root);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const urlPath = url.pathname;
    if (options.redirectFolders && !urlPath.endsWith('/') && isFolder(base, urlPath)) {
      res.writeHead(301, { Location: `${urlPath}/${url.search}` }).end();
      return;
    }
    const file = fileAt(base, urlPath);
    const served = file ?? fileAt(base, '/404.html');
    if (!served) {
      res.writeHead(404, { 'Content-Type': TYPES['.txt']! }).end('Not found');
      return;
    }
    res.writeHead(file ? 200 : 404, { 'Content-Type': TYPES[path.extname(served)] ?? 'application/octet-stream' });
    createReadStream(served).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
