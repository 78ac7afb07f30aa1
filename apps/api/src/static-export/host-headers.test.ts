import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@bd/tests/free-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureApp } from '../test-fixtures/fixture-app.ts';
import { type AnswerHeaders, headersFile, nginxSnippet } from './host-headers.ts';

let answers: AnswerHeaders;
let app: Awaited<ReturnType<typeof fixtureApp>>['app'];
beforeAll(async () => {
  ({ app } = await fixtureApp());
  answers = {
    page: (await app.request('/favicon.svg')).headers,
    embed: (await app.request('/embed/fdi_attracted')).headers,
    api: (await app.request('/api/health')).headers,
  };
});

/** The rule of `_headers` for `path`: its header lines, as name → value. */
function ruleOf(file: string, rulePath: string): Record<string, string> {
  const lines = file.split('\n');
  const start = lines.indexOf(rulePath);
  if (start === -1) throw new Error(`no rule for ${rulePath}`);
  const rule: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const match = /^ {2}([^:]+): (.*)$/.exec(line);
    if (!match) break;
    rule[match[1]!.toLowerCase()] = match[2]!;
  }
  return rule;
}

describe('_headers for a static host', () => {
  it('gives each page the security headers the server sends with it, and an embed those that let any site frame it', async () => {
    const file = headersFile(answers, ['indicators', 'embed', 'sources']);
    const page = await app.request('/api/nothing');
    for (const rulePath of ['/', '/index.html', '/indicators/*', '/sources/*', '/404.html']) {
      const rule = ruleOf(file, rulePath);
      expect(rule['content-security-policy']).toBe(page.headers.get('content-security-policy'));
      expect(rule['x-frame-options']).toBe('SAMEORIGIN');
      expect(rule['x-content-type-options']).toBe('nosniff');
      expect(rule['referrer-policy']).toBe(page.headers.get('referrer-policy'));
    }
    const embed = ruleOf(file, '/embed/*');
    expect(embed['content-security-policy']).toContain('frame-ancestors *');
    expect(embed['x-frame-options']).toBeUndefined();
    expect(ruleOf(file, '/api/*')['access-control-allow-origin']).toBe('*');
    expect(ruleOf(file, '/assets/*')['cache-control']).toBe('public, max-age=31536000, immutable');
    // One rule per path: a host joins two matching rules' values, which would give an embed two policies.
    expect(file).not.toMatch(/^\/\*$/m);
    expect(file).not.toContain('/embed/*\n  X-Frame-Options');
  });

  it('leaves out what belongs to one answer: its type, length, ETag and data version', () => {
    const file = headersFile(answers, ['indicators']);
    for (const name of ['Content-Type', 'ETag', 'Data-Version', 'Content-Length', 'Cache-Control: no']) {
      expect(file).not.toContain(`  ${name}`);
    }
  });
});

const nginxAvailable = existsSync('/usr/sbin/nginx');
if (!nginxAvailable) {
  const reason = 'the nginx snippet test: no /usr/sbin/nginx (apt-get install -y nginx)';
  if (process.env.REQUIRE_NGINX === '1') throw new Error(`Cannot run ${reason}`);
  console.warn(`SKIPPED ${reason}`);
}

describe.skipIf(!nginxAvailable)('the nginx snippet, served by nginx', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bd-nginx-site-'));
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'bd-nginx-'));
  let nginx: ChildProcess | undefined;
  let base = '';
  beforeAll(async () => {
    for (const [file, text] of [
      ['index.html', '<!doctype html><title>overview</title>'],
      ['404.html', '<!doctype html><title>not found</title>'],
      ['embed/fdi_attracted/index.html', '<!doctype html><title>embed</title>'],
      ['indicators/fdi_attracted/index.html', '<!doctype html><title>indicator</title>'],
      ['assets/index-abc.js', 'console.log(1)'],
      ['api/observations.csv', 'id,value\n1,2\n'],
      ['api/health.json', '{}'],
    ] as const) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    writeFileSync(path.join(root, 'nginx-headers.conf'), nginxSnippet(answers));
    // nginx's workers run as another user where the test runs as root: they must be able to read the site.
    chmodSync(root, 0o755);
    const port = await freePort();
    const conf = path.join(prefix, 'nginx.conf');
    writeFileSync(
      conf,
      `daemon off; pid ${prefix}/nginx.pid; error_log stderr warn;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  server { listen 127.0.0.1:${port}; root ${root}; include ${root}/nginx-headers.conf; }
}
`,
    );
    const check = spawnSync('/usr/sbin/nginx', ['-t', '-p', prefix, '-c', conf], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`nginx refused the snippet:\n${check.stderr}`);
    nginx = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', conf], { stdio: 'ignore' });
    const started = nginx;
    base = `http://127.0.0.1:${port}`;
    // nginx is up once it answers; it answers within a few tries of starting.
    for (;;) {
      if (started.exitCode !== null) throw new Error(`nginx exited with ${started.exitCode}`);
      if (
        (await fetch(`${base}/`).then(
          (r) => r.status,
          () => 0,
        )) === 200
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  afterAll(() => {
    nginx?.kill('SIGQUIT');
    rmSync(root, { recursive: true, force: true });
    rmSync(prefix, { recursive: true, force: true });
  });

  it('sends the server’s headers on pages, lets any site frame an embed, and names a CSV as CSV', async () => {
    const page = await fetch(`${base}/indicators/fdi_attracted`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const embed = await fetch(`${base}/embed/fdi_attracted/`);
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    const csv = await fetch(`${base}/api/observations.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('access-control-allow-origin')).toBe('*');
    expect(csv.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${base}/assets/index-abc.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${base}/no/such/page`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('not found');
    expect(missing.headers.get('content-security-policy')).not.toBeNull();
  });
});
