import { createHash } from 'node:crypto';

/** First 12 hex characters of a sha256 over every file's relative path and bytes, in path order. */
export function dataVersion(files: ReadonlyMap<string, Buffer>): string {
  const hash = createHash('sha256');
  for (const file of [...files.keys()].sort()) {
    hash
      .update(file)
      .update('\0')
      .update(files.get(file) ?? Buffer.alloc(0))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}
