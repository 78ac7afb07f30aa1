import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The source articles are not part of the project. CI has them beside its clone; a user's clone does not.
 * SEEDS_DIR (default ../shared/seeds from the repository root) says where they are.
 */
export const seedsDir = path.resolve(repoRoot, process.env.SEEDS_DIR ?? '../shared/seeds');

/** The articles' text by file name, or undefined where the folder is absent. */
export function readSeedArticles(): Map<string, string> | undefined {
  if (!existsSync(seedsDir)) return undefined;
  const articles = new Map<string, string>();
  for (const name of readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    articles.set(name, readFileSync(path.join(seedsDir, name), 'utf8'));
  }
  return articles;
}

/** Whitespace runs (including non-breaking spaces) read as one space, as a reader sees them. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
