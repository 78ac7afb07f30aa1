import { execFile, spawn } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { dataVersion } from './data-version.ts';
import { dataFileNames } from './load-dataset.ts';
import type { DataFileRead } from './yaml-file.ts';

const run = promisify(execFile);

/** The data files as a commit holds them, read the way the loader reads the folder. */
export type DataAtCommit =
  | { ok: true; reads: DataFileRead[]; version: string; commit: string; described: string }
  | { ok: false; reason: string };

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', cwd, ...args], { maxBuffer: 64 << 20, encoding: 'utf8' });
  return stdout;
}

/** The bytes of each `<commit>:<path>` asked for, in one `git cat-file --batch` (one process, not one per file). */
function catFiles(top: string, specs: readonly string[]): Promise<(Buffer | undefined)[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', top, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file failed (${stderr.trim() || `exit code ${code}`})`));
      const out = Buffer.concat(chunks);
      const blobs: (Buffer | undefined)[] = [];
      let at = 0;
      for (let i = 0; i < specs.length; i++) {
        const end = out.indexOf(0x0a, at);
        const header = out.subarray(at, end).toString('utf8');
        at = end + 1;
        const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
        if (size === undefined) {
          blobs.push(undefined);
          continue;
        }
        blobs.push(out.subarray(at, at + Number(size)));
        at += Number(size) + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(specs.map((spec) => `${spec}\n`).join(''));
  });
}

/**
 * The data files of `dataDir` as commit `ref` (a branch, a tag, HEAD, a hash) holds them: entities.yaml,
 * indicators.yaml and sources/*.yaml, with the same listing rules as the folder. Not ok, with a reason that says
 * what to do, where the folder is in no git repository, the ref names no commit, or the commit has no data there.
 */
export async function dataAtCommit(dataDir: string, ref: string): Promise<DataAtCommit> {
  let top: string;
  try {
    top = (await git(dataDir, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    return { ok: false, reason: `${dataDir} is not in a git repository, so there is no committed data to compare with` };
  }
  let commit: string;
  try {
    commit = (await git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    return { ok: false, reason: `"${ref}" names no commit of the repository at ${top}: give a branch, a tag or a commit hash` };
  }
  const folder = path
    .relative(await realpath(top), await realpath(dataDir))
    .split(path.sep)
    .join('/');
  const prefix = folder === '' ? '' : `${folder}/`;
  const tracked = (await git(top, ['ls-tree', '-r', '--name-only', '-z', commit, '--', prefix || '.'])).split('\0');
  const inFolder = tracked.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
  const short = commit.slice(0, 12);
  const isData = (p: string) => p === 'entities.yaml' || p === 'indicators.yaml' || p.startsWith('sources/');
  if (!inFolder.some(isData)) {
    return {
      ok: false,
      reason: `commit ${short} ("${ref}") has no data files in ${prefix || './'}, so there is no committed data to compare with`,
    };
  }
  const sources = inFolder.filter((p) => /^sources\/[^/]+$/.test(p)).map((p) => p.slice('sources/'.length));
  const { files } = dataFileNames(sources.length > 0 || inFolder.some((p) => p.startsWith('sources/')) ? sources : undefined);
  const blobs = await catFiles(
    top,
    files.map((file) => `${commit}:${prefix}${file}`),
  );
  const reads: DataFileRead[] = files.map((file, i) => {
    const bytes = blobs[i];
    return bytes
      ? { ok: true, file, bytes }
      : { ok: false, issues: [{ file, record: '', field: '', message: `the file is not in commit ${short}` }] };
  });
  const version = dataVersion(new Map(reads.flatMap((r) => (r.ok ? [[r.file, r.bytes] as const] : []))));
  return { ok: true, reads, version, commit: short, described: `the data committed at ${ref} (${short}, version ${version})` };
}
