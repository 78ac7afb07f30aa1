import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, newPage } from './support/browser.ts';
import { freePort, type RunningServer, repoRoot, startServer } from './support/server.ts';

const NGINX = '/usr/sbin/nginx';
const nginxAvailable = existsSync(NGINX);
if (!nginxAvailable) {
  const reason = `the deployment test: no ${NGINX} (apt-get install -y nginx)`;
  if (process.env.REQUIRE_NGINX === '1') throw new Error(`Cannot run ${reason}`);
  console.warn(`SKIPPED ${reason}`);
}

/** The dashboard built once, as `pnpm build` does, for every replica and the export (WEB_DIST). */
const webDist = process.env.WEB_DIST ?? path.join(repoRoot, 'apps/web/current/dist');

/** The id of the release a build folder belongs to (release.json beside its dist/), or null when it is none. */
function releaseOf(dist: string): string | null {
  const file = path.join(path.dirname(realpathSync(dist)), 'release.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { id: string }).id : null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done()` holds, asking every 50 ms; fails with `what` after `timeoutMs`. */
async function until(what: string, done: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await done()); await pause(50)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
  }
}

/** nginx running `conf` (a file of deploy/nginx/, its placeholders filled in) inside an `http` block of its own. */
async function startNginx(template: string, fill: Record<string, string>) {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'bd-deploy-nginx-'));
  // nginx's workers run as another user where the test runs as root: they must reach the cache folder.
  chmodSync(prefix, 0o755);
  const port = await freePort();
  let site = readFileSync(path.join(repoRoot, 'deploy/nginx', template), 'utf8');
  for (const [name, value] of Object.entries({ LISTEN: `127.0.0.1:${port}`, SERVER_NAME: '127.0.0.1', ...fill })) {
    site = site.replaceAll(`@${name}@`, value);
  }
  expect(site, 'a placeholder was left unfilled').not.toMatch(/@[A-Z_0-9]+@/);
  writeFileSync(path.join(prefix, 'site.conf'), site);
  const conf = path.join(prefix, 'nginx.conf');
  const log = path.join(prefix, 'access.log');
  writeFileSync(
    conf,
    `daemon off; pid ${prefix}/nginx.pid; error_log ${prefix}/error.log warn;
events {}
http {
  include /etc/nginx/mime.types;
  log_format upstreams '$upstream_addr|$upstream_status|$status|$request_uri';
  access_log ${log} upstreams;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  include ${prefix}/site.conf;
}
`,
  );
  const check = spawnSync(NGINX, ['-t', '-p', prefix, '-c', conf], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refused deploy/nginx/${template}:\n${check.stderr}`);
  const process: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', conf], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await until('nginx answers', async () => {
    if (process.exitCode !== null) throw new Error(`nginx exited with ${process.exitCode}`);
    return (
      (await fetch(`${url}/`).then(
        (r) => r.status,
        () => 0,
      )) !== 0
    );
  });
  return {
    url,
    /** The access log's lines so far. */
    log: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []),
    errors: () => readFileSync(path.join(prefix, 'error.log'), 'utf8'),
    stop: async () => {
      if (process.exitCode === null) {
        process.kill('SIGQUIT');
        await until('nginx stopped', () => process.exitCode !== null || process.signalCode !== null, 10_000);
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** One answer as it arrived: its status, its body decoded, its ETag. */
interface Answer {
  status: number;
  body: Buffer;
  etag: string | undefined;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('aborted', () => reject(new Error('answer cut short')));
        res.on('end', () => {
          const sent = Buffer.concat(chunks);
          const length = res.headers['content-length'];
          if (length !== undefined && Number(length) !== sent.length) {
            reject(new Error(`${sent.length} of ${length} bytes arrived`));
            return;
          }
          // Decoded, so that a body is the same whichever compression a replica chose for it.
          const encoding = res.headers['content-encoding'];
          const body = encoding === 'br' ? brotliDecompressSync(sent) : encoding === 'gzip' ? gunzipSync(sent) : sent;
          resolve({ status: res.statusCode ?? 0, body, etag: res.headers.etag });
        });
      })
      .on('error', reject);
  });
}

/**
 * `clients` clients, each asking for the paths in turn, one request at a time, until `stop()` or `maxRequests`
 * answers in all. Every answer must be a 200 or a 304 and arrive whole; a 200 with an ETag must carry the bytes of the
 * first answer with that ETag.
 */
function startLoad(
  base: string,
  requests: { path: string; headers?: Record<string, string> }[],
  clients: number,
  maxRequests: number,
) {
  const expected = new Map<string, Buffer>();
  const failures: string[] = [];
  let answered = 0;
  let stopped = false;
  const client = async (offset: number) => {
    for (let i = offset; !stopped && answered < maxRequests; i++) {
      const request = requests[i % requests.length]!;
      try {
        const answer = await get(`${base}${request.path}`, request.headers);
        if (answer.status === 200 && answer.etag !== undefined) {
          // One ETag, one body, whichever replica sent it.
          const key = `${request.path} ${JSON.stringify(request.headers ?? {})} ${answer.etag}`;
          const first = expected.get(key) ?? answer.body;
          expected.set(key, first);
          if (!first.equals(answer.body)) {
            failures.push(`${request.path}: a body of ${answer.body.length} bytes, not the ${first.length} first sent`);
          }
        } else if (answer.status !== 200 && answer.status !== 304) {
          failures.push(`${request.path}: ${answer.status}`);
        }
      } catch (error) {
        failures.push(`${request.path}: ${(error as Error).message}`);
      }
      answered++;
    }
  };
  const running = Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  return {
    failures,
    answered: () => answered,
    reachedCap: () => answered >= maxRequests,
    stop: async () => {
      stopped = true;
      await running;
    },
  };
}

describe.skipIf(!nginxAvailable)('nginx (deploy/nginx/replicas.conf) in front of two replicas', () => {
  const snapshots = mkdtempSync(path.join(os.tmpdir(), 'bd-deploy-snapshots-'));
  const cache = mkdtempSync(path.join(os.tmpdir(), 'bd-deploy-cache-'));
  const started: RunningServer[] = [];
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  const ports = { a: 0, b: 0 };

  /** A replica as the reference deployment runs it: told it is behind a proxy, sharing one snapshot folder. */
  const replica = async (port: number) => {
    const server = await startServer({
      port,
      webDist,
      supervised: true,
      env: { DATA_SNAPSHOT_DIR: snapshots, TRUST_PROXY: '1' },
    });
    started.push(server);
    return server;
  };

  beforeAll(async () => {
    chmodSync(cache, 0o777);
    ports.a = await freePort();
    ports.b = await freePort();
    await replica(ports.a);
    await replica(ports.b);
    nginx = await startNginx('replicas.conf', {
      REPLICA_1: `127.0.0.1:${ports.a}`,
      REPLICA_2: `127.0.0.1:${ports.b}`,
      CACHE_DIR: cache,
    });
  });
  afterAll(async () => {
    agent.destroy();
    await nginx?.stop();
    for (const server of started) await server.stop();
    rmSync(snapshots, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  /** Waits until nginx has had an answer from the replica on `port` since its log had `from` lines. */
  const servedBy = (port: number, from: number) =>
    until(`nginx sends the replica on ${port} requests`, () =>
      nginx
        .log()
        .slice(from)
        .some((line) => {
          const [addresses, statuses] = line.split('|');
          const last = addresses?.split(', ').at(-1);
          return last === `127.0.0.1:${port}` && /^(200|304)$/.test(statuses?.split(', ').at(-1) ?? '');
        }),
    );

  /** Waits until the process of `server` has exited, and says how. */
  const exitOf = async (server: RunningServer) => {
    await until(`the replica ${server.pid} exits`, () => server.process.exitCode !== null || server.process.signalCode !== null);
    return server.process.exitCode;
  };

  it('passes the app’s headers through, caches the hashed assets, and says where the reader is', async () => {
    const page = await fetch(`${nginx.url}/`, { headers: { 'accept-encoding': 'br' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('data-version')).toMatch(/\w+/);
    const html = await page.text();
    const asset = /\/assets\/[^"]+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const first = await fetch(`${nginx.url}${asset}`);
    expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await first.arrayBuffer());
    const again = await fetch(`${nginx.url}${asset}`);
    expect(again.status).toBe(200);
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
    // The second ask for the asset was answered from nginx's cache: no replica was asked.
    await until('nginx logs the asset twice', () => nginx.log().filter((line) => line.endsWith(`|${asset}`)).length >= 2);
    expect(
      nginx
        .log()
        .filter((line) => line.endsWith(`|${asset}`))
        .at(-1),
    ).toMatch(/^-\|-\|/);
    // Both replicas serve the one release `pnpm build` made, and say which.
    const release = releaseOf(webDist);
    for (const port of [ports.a, ports.b]) {
      expect((await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()).dashboard_release).toBe(release);
    }
    const docs = await (await fetch(`${nginx.url}/api/docs`)).text();
    expect(docs).toContain(nginx.url);
    expect(docs).not.toContain(`127.0.0.1:${ports.a}`);
    // A request for a host this server does not serve gets no answer.
    await expect(get(`${nginx.url}/`, { host: 'attacker.example' })).rejects.toThrow();
  });

  it('loses no request while one replica is stopped with SIGTERM and the other killed, each replaced', async () => {
    const [a, b] = started as [RunningServer, RunningServer];
    const csv = await get(`${nginx.url}/api/observations.csv?indicator=partner_localities`);
    expect(csv.status).toBe(200);
    const requests: { path: string; headers?: Record<string, string> }[] = [
      { path: '/' },
      { path: '/api/indicators' },
      { path: '/api/observations.csv?indicator=partner_localities' },
      { path: '/api/observations.csv?indicator=partner_localities', headers: { 'if-none-match': csv.etag ?? '' } },
      { path: '/api/indicators/fdi_attracted', headers: { 'accept-encoding': 'br' } },
      { path: '/api/health' },
    ];
    // Bounded: the load ends once both replicas are replaced and 400 more answers are in, and never goes past this.
    const cap = 60_000;
    const load = startLoad(nginx.url, requests, 8, cap);
    await until('the load is under way', () => load.answered() >= 400);

    process.kill(a.pid, 'SIGTERM');
    expect(await exitOf(a)).toBe(0);
    let logged = nginx.log().length;
    const a2 = await replica(ports.a);
    await servedBy(ports.a, logged);

    const before = load.answered();
    await until('more of the load is answered', () => load.answered() >= before + 400);
    process.kill(b.pid, 'SIGKILL');
    await exitOf(b);
    logged = nginx.log().length;
    const b2 = await replica(ports.b);
    await servedBy(ports.b, logged);

    const after = load.answered();
    await until('the load goes on past the replacements', () => load.answered() >= after + 400);
    expect(load.reachedCap(), `the load reached its cap of ${cap} requests before the replicas were replaced`).toBe(false);
    await load.stop();
    console.log(`deployment: ${load.answered()} requests through nginx, ${load.failures.length} failed`);
    expect(load.failures).toEqual([]);
    // The replacements serve the same data: one version for the readers, whichever replica answers.
    const versions = await Promise.all(
      [a2, b2].map(async (s) => (await fetch(`${s.url}/api/ready`)).headers.get('data-version')),
    );
    expect(versions[0]).toBe(versions[1]);
  });
});

describe.skipIf(!nginxAvailable || !browserAvailable)(
  'the static export, served by nginx (deploy/nginx/static-export.conf)',
  () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'bd-deploy-static-'));
    let nginx: Awaited<ReturnType<typeof startNginx>>;
    let browser: Browser;

    beforeAll(async () => {
      // `pnpm export` less its build step, from the same build the replicas serve.
      const run = spawnSync(
        'pnpm',
        ['--silent', '--filter', '@bd/api', 'exec', 'tsx', 'src/static-export/cli.ts', '--out', outDir],
        { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, WEB_DIST: webDist } },
      );
      if (run.status !== 0) throw new Error(`pnpm export failed:\n${run.stdout}\n${run.stderr}`);
      // nginx's workers run as another user where the test runs as root: they must be able to read the site.
      chmodSync(outDir, 0o755);
      nginx = await startNginx('static-export.conf', { SITE_ROOT: outDir });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await nginx?.stop();
      rmSync(outDir, { recursive: true, force: true });
    });

    it.each([
      ['/', 'indicator-card'],
      ['/sources', undefined],
      ['/timeline', undefined],
      ['/partners', undefined],
      ['/checks', undefined],
      ['/indicators/partner_localities', 'chart-point'],
      ['/embed/partner_localities', 'chart-point'],
    ])('opens %s without a console error, with the security headers', async (address, testId) => {
      const { context, page } = await newPage(browser);
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      try {
        const answer = await page.goto(`${nginx.url}${address}`);
        expect(answer?.status()).toBe(200);
        const headers = await answer!.allHeaders();
        expect(headers['x-content-type-options']).toBe('nosniff');
        expect(headers['content-security-policy']).toContain("script-src 'self'");
        if (address.startsWith('/embed/')) {
          expect(headers['content-security-policy']).toContain('frame-ancestors *');
          expect(headers['x-frame-options']).toBeUndefined();
        } else {
          expect(headers['x-frame-options']).toBe('SAMEORIGIN');
        }
        await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
        if (testId) await page.getByTestId(testId).first().waitFor();
        else await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('downloads an indicator’s CSV, as CSV', async () => {
      const { context, page } = await newPage(browser);
      try {
        await page.goto(`${nginx.url}/indicators/partner_localities?lang=en`);
        await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
        const link = page.getByRole('link', { name: 'Download CSV', exact: true });
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        const rows = parse(readFileSync(await download.path(), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.every((r) => r.indicator_id === 'partner_localities' && r.source_title)).toBe(true);
        const href = await link.getAttribute('href');
        const csv = await fetch(`${nginx.url}${href}`);
        expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      } finally {
        await context.close();
      }
    });
  },
);

describe('a production install (deploy/Dockerfile’s runtime, deploy/dashboard.service)', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bd-deploy-prod-'));
  let server: RunningServer | undefined;

  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the release built elsewhere with production dependencies only, started as a supervisor starts it', async () => {
    // The checkout's files as git sees them (no node_modules, no builds), as the image's COPY and the unit's checkout.
    const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(files.status, files.stderr).toBe(0);
    for (const file of files.stdout.split('\0').filter(Boolean)) {
      if (existsSync(path.join(repoRoot, file))) cpSync(path.join(repoRoot, file), path.join(root, file));
    }
    const install = spawnSync('pnpm', ['install', '--prod', '--frozen-lockfile', '--offline'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CI: '1' },
    });
    expect(install.status, `pnpm install --prod failed:\n${install.stdout}\n${install.stderr}`).toBe(0);
    // Nothing of the build's tools is there: the release must not need them.
    expect(existsSync(path.join(root, 'apps/web/node_modules/vite'))).toBe(false);
    expect(existsSync(path.join(root, 'node_modules/vitest'))).toBe(false);
    // The release, copied in as the image copies it from its build stage.
    const release = releaseOf(webDist);
    cpSync(path.dirname(realpathSync(webDist)), path.join(root, 'apps/web/current'), { recursive: true });

    server = await startServer({
      root,
      supervised: true,
      env: { NODE_ENV: 'production', ACCESS_LOG: '1', DATA_SNAPSHOT_DIR: path.join(root, 'cache') },
    });
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { dashboard_release: string | null };
    expect(health.dashboard_release).toBe(release);
    const page = await fetch(`${server.url}/indicators/partner_localities`);
    expect(page.status).toBe(200);
    const html = await page.text();
    // Drawn on the server, by the release's renderer and chart worker.
    expect(html).toContain('data-testid="chart-point"');
    const asset = /\/assets\/[^"]+\.js/.exec(html)?.[0];
    expect((await fetch(`${server.url}${asset}`)).status).toBe(200);
    // Logged as production logs: one JSON object a line.
    await until('the page is logged', () => server!.output().includes('"path":"/indicators/partner_localities"'));

    process.kill(server.pid, 'SIGTERM');
    await until('the server exits', () => server!.process.exitCode !== null || server!.process.signalCode !== null);
    expect(server.process.exitCode, server.output()).toBe(0);
  }, 120_000);
});

describe('pnpm start under a supervisor that signals only the process it started', () => {
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it('stops the server when pnpm is stopped, so that it does not keep the port', async () => {
    server = await startServer();
    const pnpm = server.process.pid;
    expect(pnpm).toBeDefined();
    expect(server.pid).not.toBe(pnpm);
    // Only pnpm is signalled, as `kill <pid>` or a supervisor without process groups does: node is not told.
    process.kill(pnpm!, 'SIGTERM');
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await until('the server pnpm started exits too', () => !alive(server!.pid));
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
    expect(server.output()).toContain('The command that started the server (pnpm) stopped');
  }, 120_000);
});
