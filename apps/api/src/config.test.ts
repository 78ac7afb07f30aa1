import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

describe('readConfig', () => {
  it('resolves a relative DATA_DIR against the folder the command was typed in (INIT_CWD), not apps/api', () => {
    expect(readConfig({ DATA_DIR: 'my-data', INIT_CWD: '/home/curator/repo' }).dataDir).toBe('/home/curator/repo/my-data');
  });

  it('defaults to 127.0.0.1:3000 and the repository folders whatever the working directory', () => {
    const config = readConfig({}, '/somewhere/else');
    expect(config).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: path.join(repoRoot, 'data'),
      webDist: path.join(repoRoot, 'apps', 'web', 'current', 'dist'),
      watchData: false,
      snapshotDir: path.join(repoRoot, 'node_modules', '.cache', 'binh-duong-dashboard'),
      lastGoodDir: path.join(repoRoot, 'node_modules', '.cache', 'binh-duong-dashboard'),
      log: { format: 'pretty', level: 'info', accessLog: true },
      shutdownGraceMs: 30_000,
      publicAddress: { publicUrl: undefined, trustProxy: false, own: 'http://127.0.0.1:3000' },
    });
  });

  it('reads PUBLIC_URL as an origin, and TRUST_PROXY', () => {
    expect(readConfig({ PUBLIC_URL: 'https://Dashboard.example.org/', TRUST_PROXY: '1' }).publicAddress).toEqual({
      publicUrl: 'https://dashboard.example.org',
      trustProxy: true,
      own: 'http://127.0.0.1:3000',
    });
    expect(readConfig({ PUBLIC_URL: 'http://10.0.0.5:8080', HOST: '0.0.0.0', PORT: '8000' }).publicAddress).toEqual({
      publicUrl: 'http://10.0.0.5:8080',
      trustProxy: false,
      own: 'http://localhost:8000',
    });
  });

  it.each(['dashboard.example.org', 'ftp://example.org', 'https://example.org/dashboard', 'https://example.org/?a=1'])(
    'rejects PUBLIC_URL=%s, saying what it takes',
    (text) => {
      expect(() => readConfig({ PUBLIC_URL: text })).toThrow(
        `PUBLIC_URL must be the address readers use, as http(s)://host[:port] with no path, such as https://dashboard.example.org, got "${text}"`,
      );
    },
  );

  it.each([
    ['5', 5000],
    ['0.5', 500],
    [' 90 ', 90_000],
  ])('reads SHUTDOWN_GRACE_SECONDS=%s as %i ms', (text, ms) => {
    expect(readConfig({ SHUTDOWN_GRACE_SECONDS: text }).shutdownGraceMs).toBe(ms);
  });

  it.each(['0', '-1', 'ten', '1e3'])('rejects SHUTDOWN_GRACE_SECONDS=%s, saying what it takes', (text) => {
    expect(() => readConfig({ SHUTDOWN_GRACE_SECONDS: text })).toThrow(
      `SHUTDOWN_GRACE_SECONDS must be a number of seconds above 0, got "${text}"`,
    );
  });

  it('treats a setting of only spaces as not set', () => {
    expect(readConfig({ PORT: '  ', HOST: ' ', WATCH_DATA: ' ', LOG_LEVEL: '' }, '/work')).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      watchData: false,
      log: { level: 'info' },
    });
  });

  it('reads PORT and HOST and resolves relative folders against the working directory', () => {
    const config = readConfig({ PORT: '8080', HOST: '0.0.0.0', DATA_DIR: 'my-data', WEB_DIST: '/srv/web' }, '/work');
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/work/my-data',
      webDist: '/srv/web',
      watchData: false,
    });
  });

  it('keeps checked data in DATA_SNAPSHOT_DIR, and in no folder with DATA_SNAPSHOTS=0', () => {
    expect(readConfig({ DATA_SNAPSHOT_DIR: 'cache' }, '/work').snapshotDir).toBe('/work/cache');
    expect(readConfig({ DATA_SNAPSHOTS: '1' }, '/work').snapshotDir).toContain('node_modules');
    expect(readConfig({ DATA_SNAPSHOTS: '0', DATA_SNAPSHOT_DIR: 'cache' }).snapshotDir).toBeUndefined();
    // What a removal is checked against is kept whether or not snapshots are.
    expect(readConfig({ DATA_SNAPSHOTS: '0', DATA_SNAPSHOT_DIR: 'cache' }, '/work').lastGoodDir).toBe('/work/cache');
    expect(() => readConfig({ DATA_SNAPSHOTS: 'off' })).toThrow('DATA_SNAPSHOTS must be 1 or 0 (or true or false), got "off"');
  });

  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['false', false],
    ['', false],
  ])('reads WATCH_DATA=%s as %s', (text, watchData) => {
    expect(readConfig({ WATCH_DATA: text }).watchData).toBe(watchData);
  });

  it('rejects a WATCH_DATA it cannot read', () => {
    expect(() => readConfig({ WATCH_DATA: 'yes' })).toThrow('WATCH_DATA must be 1 or 0 (or true or false), got "yes"');
  });

  it.each(['abc', '0', '70000', '80.5', '-1'])('rejects PORT=%s with a message naming it', (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: port })).toThrow(`PORT must be a whole number from 1 to 65535, got "${port}"`);
  });

  it('writes JSON lines in production and readable lines elsewhere, unless LOG_FORMAT says', () => {
    expect(readConfig({ NODE_ENV: 'production' }).log.format).toBe('json');
    expect(readConfig({ NODE_ENV: 'development' }).log.format).toBe('pretty');
    expect(readConfig({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' }).log.format).toBe('pretty');
    expect(readConfig({ LOG_FORMAT: 'JSON' }).log.format).toBe('json');
  });

  it('reads LOG_LEVEL and ACCESS_LOG', () => {
    expect(readConfig({ LOG_LEVEL: 'warn', ACCESS_LOG: '0' }).log).toEqual({ format: 'pretty', level: 'warn', accessLog: false });
  });

  it.each([
    ['LOG_FORMAT', 'text', 'LOG_FORMAT must be json or pretty, got "text"'],
    ['LOG_LEVEL', 'verbose', 'LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent, got "verbose"'],
    ['ACCESS_LOG', 'off', 'ACCESS_LOG must be 1 or 0 (or true or false), got "off"'],
  ])('rejects %s=%s with a message naming it and what it may be', (name, value, message) => {
    expect(() => readConfig({ [name]: value })).toThrow(message);
  });

  it('names every setting it cannot use, a line each', () => {
    expect(() => readConfig({ PORT: 'abc', WATCH_DATA: 'yes' })).toThrow(
      'PORT must be a whole number from 1 to 65535, got "abc"\nWATCH_DATA must be 1 or 0 (or true or false), got "yes"',
    );
  });
});
