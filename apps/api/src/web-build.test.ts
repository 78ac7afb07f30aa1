import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeWebBuild, pinWebBuild } from './web-build.ts';

let web: string;
beforeEach(() => {
  web = mkdtempSync(path.join(tmpdir(), 'web-build-'));
});
afterEach(() => rmSync(web, { recursive: true, force: true }));

/** A release as `pnpm build` leaves it: releases/<id>/{dist,dist-server,release.json}. */
function release(id: string): string {
  const folder = path.join(web, 'releases', id);
  mkdirSync(path.join(folder, 'dist'), { recursive: true });
  writeFileSync(path.join(folder, 'dist', 'index.html'), `<!doctype html><title>${id}</title>`);
  writeFileSync(path.join(folder, 'release.json'), JSON.stringify({ id, built_at: '2026-12-04T12:00:00.000Z' }));
  return folder;
}

/** Points web/current at a release the way release.ts does: a new link renamed over the old. */
function makeCurrent(id: string): void {
  symlinkSync(path.join('releases', id), path.join(web, 'current.next'));
  renameSync(path.join(web, 'current.next'), path.join(web, 'current'));
}

describe('pinWebBuild', () => {
  it('serves the release current names when the process starts, and keeps serving it after a new build', () => {
    const first = release('20261204T120000Z-aaaaaa');
    makeCurrent('20261204T120000Z-aaaaaa');
    const pinned = pinWebBuild(path.join(web, 'current', 'dist'));
    expect(pinned).toEqual({ dist: path.join(first, 'dist'), release: '20261204T120000Z-aaaaaa', built: true });

    release('20261204T130000Z-bbbbbb');
    makeCurrent('20261204T130000Z-bbbbbb');
    expect(pinned.dist).toBe(path.join(first, 'dist'));
    expect(pinWebBuild(path.join(web, 'current', 'dist')).release).toBe('20261204T130000Z-bbbbbb');
  });

  it('serves a build that is not a release (WEB_DIST set to a folder of vite build) with no release id', () => {
    mkdirSync(path.join(web, 'dist'));
    writeFileSync(path.join(web, 'dist', 'index.html'), '<!doctype html>');
    const pinned = pinWebBuild(path.join(web, 'dist'));
    expect(pinned).toEqual({ dist: path.join(web, 'dist'), release: null, built: true });
    expect(describeWebBuild(pinned)).toBe(`dashboard from ${path.join(web, 'dist')}`);
  });

  it('says there is nothing built, and how to build it, where nothing is', () => {
    const pinned = pinWebBuild(path.join(web, 'current', 'dist'));
    expect(pinned.built).toBe(false);
    expect(describeWebBuild(pinned)).toMatch(/no dashboard built at .*current\/dist: .*run pnpm build/);
  });
});
