import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { loadDataset } from '../data/load-dataset.ts';
import { FIXTURE_DATA_DIR } from '../test-fixtures/fixture-data.ts';
import { ownOrigin, type PublicAddress, publicOriginOf } from './public-origin.ts';

const OWN = 'http://127.0.0.1:3000';

/** What `publicOriginOf(address)` says for a request with `headers`. */
async function originFor(address: Partial<PublicAddress>, headers: Record<string, string> = {}): Promise<string> {
  const originOf = publicOriginOf({ publicUrl: undefined, trustProxy: false, own: OWN, ...address });
  const app = new Hono().get('/', (c) => c.text(originOf(c)));
  return (await app.request('http://127.0.0.1:3000/', { headers })).text();
}

describe('publicOriginOf', () => {
  it('is PUBLIC_URL when it is set, whatever the request says', async () => {
    const publicUrl = 'https://dashboard.example.org';
    expect(await originFor({ publicUrl }, { Host: 'attacker.example' })).toBe(publicUrl);
    expect(await originFor({ publicUrl, trustProxy: true }, { 'X-Forwarded-Host': 'attacker.example' })).toBe(publicUrl);
  });

  it('is the server’s own address without PUBLIC_URL: never the Host header, nor X-Forwarded-* unless trusted', async () => {
    expect(await originFor({}, { Host: 'attacker.example' })).toBe(OWN);
    expect(await originFor({}, { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'attacker.example' })).toBe(OWN);
  });

  it('takes the first proxy’s X-Forwarded-Proto and -Host with TRUST_PROXY=1', async () => {
    const forwarded = { 'X-Forwarded-Proto': 'https, http', 'X-Forwarded-Host': 'Dashboard.Example.org:8443, inner:3000' };
    expect(await originFor({ trustProxy: true }, forwarded)).toBe('https://dashboard.example.org:8443');
    expect(await originFor({ trustProxy: true }, { 'X-Forwarded-Proto': 'http', 'X-Forwarded-Host': '[::1]:8080' })).toBe(
      'http://[::1]:8080',
    );
  });

  it.each([
    [{ 'X-Forwarded-Proto': 'https' }],
    [{ 'X-Forwarded-Host': 'dashboard.example.org' }],
    [{ 'X-Forwarded-Proto': 'javascript', 'X-Forwarded-Host': 'dashboard.example.org' }],
    [{ 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'a"><script>x</script>' }],
    [{ 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'a.example/path' }],
  ])('falls back to its own address when the forwarded headers do not read as a scheme and a host: %o', async (headers) => {
    expect(await originFor({ trustProxy: true }, headers)).toBe(OWN);
  });
});

describe('ownOrigin', () => {
  it('names the address the server listens on, localhost for every interface', () => {
    expect(ownOrigin('127.0.0.1', 3000)).toBe('http://127.0.0.1:3000');
    expect(ownOrigin('0.0.0.0', 8080)).toBe('http://localhost:8080');
    expect(ownOrigin('::', 8080)).toBe('http://localhost:8080');
    expect(ownOrigin('::1', 3000)).toBe('http://[::1]:3000');
  });
});

describe('the reference page behind a proxy', () => {
  async function docsWith(address: PublicAddress, headers: Record<string, string>) {
    const loaded = await loadDataset(FIXTURE_DATA_DIR);
    if (!loaded.ok) throw new Error('fixture data is invalid');
    const app = createApp(loaded, { webDist: path.join(os.tmpdir(), 'bd-no-web-dist'), publicAddress: address });
    return (await app.request('http://127.0.0.1:3000/api/docs', { headers })).text();
  }

  it('writes its examples at PUBLIC_URL, scheme and port kept, and never an untrusted Host', async () => {
    const behindProxy = await docsWith(
      { publicUrl: 'https://dashboard.example.org:8443', trustProxy: false, own: OWN },
      { Host: 'attacker.example' },
    );
    expect(behindProxy).toContain("curl -s 'https://dashboard.example.org:8443/api/indicators/");
    expect(behindProxy).not.toContain('attacker.example');

    const direct = await docsWith({ publicUrl: undefined, trustProxy: false, own: OWN }, { Host: 'attacker.example' });
    expect(direct).toContain(`curl -s '${OWN}/api/indicators/`);
    expect(direct).not.toContain('attacker.example');
  });
});
