import { STATIC_SITE_META, staticApiPath } from '@bd/core/static-paths';
import type { z } from 'zod';

/**
 * Served from the static export (`pnpm export`), whose index.html says so: the API's answers are files beside
 * the app. The same build serves both, so the export needs no build of its own.
 */
/** A page of the static export says so in its <head>, so one build serves both the server and the export. */
const exportedPage = typeof document !== 'undefined' && document.querySelector(`meta[name="${STATIC_SITE_META}"]`) !== null;

let staticPage: () => boolean = () => exportedPage;

/** True on a page of the static export, whose links name files (see `apiUrl`); on the server, for its pages. */
export function isStaticSite(): boolean {
  return staticPage();
}

/** How an API answer is asked for: the browser's `fetch`; the server renderer asks the app in its own process. */
type ApiTransport = (path: string, init: RequestInit) => Promise<Response>;

let transport: ApiTransport = (path, init) => fetch(apiUrl(path), init);

/**
 * For the server renderer, once per process: where API answers come from, and whether the page being rendered is
 * the static export's (asked at each use: renders for the server and for the export may share a process).
 */
export function configureApiForServer(serverTransport: ApiTransport, isStaticPage: () => boolean): void {
  transport = serverTransport;
  staticPage = isStaticPage;
}

/** The address of an API answer: the API's own, or in the static export the file that holds it. */
export function apiUrl(path: string): string {
  return isStaticSite() ? staticApiPath(path) : path;
}

/** A failed API call: `status` is the HTTP status, or 0 when the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly issues: { path: string; message: string }[];

  constructor(status: number, message: string, issues: { path: string; message: string }[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.issues = issues;
  }

  /** As the server renderer sends it in the page's data (a class does not survive JSON). */
  toJSON(): { name: 'ApiError'; status: number; message: string; issues: { path: string; message: string }[] } {
    return { name: 'ApiError', status: this.status, message: this.message, issues: this.issues };
  }

  /** The error again from what `toJSON` wrote; undefined for anything else. */
  static revive(value: unknown): ApiError | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const { name, status, message, issues } = value as Record<string, unknown>;
    if (name !== 'ApiError' || typeof status !== 'number' || typeof message !== 'string') return undefined;
    return new ApiError(status, message, Array.isArray(issues) ? issues : []);
  }
}

/**
 * True for an answer the server gave on purpose about the request itself (404 for an unknown indicator, 400 for a
 * bad query): asking again would get the same answer.
 */
export function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

function isErrorBody(body: unknown): body is { error: string; issues?: { path: string; message: string }[] } {
  return typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string';
}

/**
 * GETs `path` from the API and checks the answer against `schema`, so a change of shape on the server
 * shows up as a clear error here instead of as a broken chart.
 */
export async function getJson<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await transport(path, { headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, `Could not reach the server for ${path}`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = isErrorBody(body) ? body.error : `${path} answered ${response.status} ${response.statusText}`.trim();
    throw new ApiError(response.status, message, isErrorBody(body) ? (body.issues ?? []) : []);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'unknown field';
    throw new ApiError(response.status, `${path} answered in an unexpected shape (${where})`);
  }
  return parsed.data;
}
