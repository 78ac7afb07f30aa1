import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

/** Hashes each file's relative path and bytes, in path order: the data version is its first 12 hex characters. */
class DataHash {
  private hash = createHash('sha256');
  add(file: string, bytes: Uint8Array): void {
    this.hash.update(file).update('\0').update(bytes).update('\0');
  }
  version(): string {
    return this.hash.digest('hex').slice(0, 12);
  }
}

const inPathOrder = (files: Iterable<string>) => [...files].sort();

/** First 12 hex characters of a sha256 over every file's relative path and bytes, in path order. */
export function dataVersion(files: ReadonlyMap<string, Buffer>): string {
  const hash = new DataHash();
  for (const file of inPathOrder(files.keys())) hash.add(file, files.get(file) ?? Buffer.alloc(0));
  return hash.version();
}

/**
 * The `dataVersion` of the files named (relative to `dataDir`) as they are on disk, each read into one reused
 * buffer and hashed rather than held, so the data's size is not left for the collector right after a start. Read
 * synchronously, for no longer than the reading takes: a round trip to the thread pool per file cost more than the
 * reading itself (decision 011, Measurements). Undefined when a file cannot be read.
 */
export function versionOfFiles(dataDir: string, files: Iterable<string>): string | undefined {
  const hash = new DataHash();
  let buffer = Buffer.allocUnsafe(1 << 20);
  try {
    for (const file of inPathOrder(files)) {
      const fd = openSync(path.join(dataDir, file), 'r');
      try {
        let length = 0;
        for (;;) {
          if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
          const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
          if (bytesRead === 0) break;
          length += bytesRead;
        }
        hash.add(file, buffer.subarray(0, length));
      } finally {
        closeSync(fd);
      }
    }
  } catch {
    return undefined;
  }
  return hash.version();
}
