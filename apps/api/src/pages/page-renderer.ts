import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What the web app's server bundle (apps/web/src/server/entry-server.tsx, built into dist-server/) exports. */
interface RendererModule {
  createPageRenderer: (options: WebBuild & { staticSite: boolean }) => {
    render: (
      request: { path: string; search: string; origin: string },
      requestApi: (path: string, init: RequestInit) => Response | Promise<Response>,
    ) => Promise<{ status: 200 | 404; html: string; locale: 'en' | 'vi' }>;
    previewChart: (
      request: { indicator: string; locale: 'en' | 'vi' },
      size: { width: number; height: number; fontSize: number },
      requestApi: (path: string, init: RequestInit) => Response | Promise<Response>,
    ) => Promise<{ svg: string; title: string; sourceLine: string } | undefined>;
    close: () => Promise<void>;
  };
  pageAddresses: (indicators: readonly string[]) => string[];
}

export type PageRenderer = ReturnType<RendererModule['createPageRenderer']>;

/** Where the built dashboard's server renderer is, beside the browser's build unless said otherwise. */
export function rendererFileFor(webDist: string): string {
  return path.join(path.dirname(path.resolve(webDist)), 'dist-server', 'entry-server.js');
}

/** The renderer module at `file`, loaded once per process. */
export function loadRendererModule(file: string): Promise<RendererModule> {
  return import(pathToFileURL(file).href) as Promise<RendererModule>;
}

const renderers = new Map<string, Promise<PageRenderer>>();

/**
 * The page renderer for a build of the dashboard, made once per process and kept across data reloads (each render
 * is given the app of its data); undefined when the build has no server renderer or is not there.
 */
export function pageRendererFor(webDist: string, rendererFile: string, staticSite = false): Promise<PageRenderer> | undefined {
  const key = JSON.stringify([webDist, rendererFile, staticSite]);
  const kept = renderers.get(key);
  if (kept) return kept;
  const build = readWebBuild(webDist);
  if (!build || !existsSync(rendererFile)) return undefined;
  const made = loadRendererModule(rendererFile).then((module) => module.createPageRenderer({ ...build, staticSite }));
  renderers.set(key, made);
  return made;
}

/** Stops every renderer's chart worker (at shutdown, and in tests). */
export async function closePageRenderers(): Promise<void> {
  const all = [...renderers.values()];
  renderers.clear();
  await Promise.all(all.map(async (renderer) => (await renderer).close()));
}

/** The browser build's files the renderer writes pages from. */
interface WebBuild {
  /** index.html. */
  template: string;
  /** `.vite/manifest.json`, naming each view's files. */
  manifest: Record<string, unknown>;
  /** The text of each of the build's style sheets, by its address (`/assets/style-….css`): pages carry it inline. */
  styleSheets: Record<string, string>;
}

/** The build's files for the renderer; undefined when the build is not there. */
export function readWebBuild(webDist: string): WebBuild | undefined {
  const index = path.join(webDist, 'index.html');
  const manifest = path.join(webDist, '.vite', 'manifest.json');
  if (!existsSync(index) || !existsSync(manifest)) return undefined;
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, { file: string; css?: string[] }>;
  // Every sheet the manifest names (with `cssCodeSplit: false`, one: `style.css`), by the address pages link it with.
  const files = new Set(Object.values(parsed).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]));
  const styleSheets: Record<string, string> = {};
  for (const file of [...files].filter((name) => name.endsWith('.css'))) {
    const sheet = path.join(webDist, file);
    if (existsSync(sheet)) styleSheets[`/${file}`] = readFileSync(sheet, 'utf8');
  }
  return { template: readFileSync(index, 'utf8'), manifest: parsed, styleSheets };
}
