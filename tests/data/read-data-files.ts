import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');

export interface EvidenceRecord {
  note?: string;
  id: string;
  evidence: string;
  value?: number;
  method?: string;
}

export interface SourceFile {
  file: string;
  source: {
    id: string;
    title: string;
    title_supplied?: boolean;
    published: string;
    published_approximate?: boolean;
    language: string;
    url?: string;
  };
  observations: EvidenceRecord[];
  events: EvidenceRecord[];
  /**
   * The passage of the published text, kept in `data/source-texts/<source id>.txt`, for a source that is not one of
   * the articles in the seeds folder (an administrative change found with the search tool).
   */
  storedText: string | undefined;
}

/** The curated source files, parsed as plain YAML (the API's loader validates them; these tests read them as a curator would). */
export function readSourceFiles(): SourceFile[] {
  const folder = path.join(dataDir, 'sources');
  return readdirSync(folder)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const parsed = parse(readFileSync(path.join(folder, file), 'utf8')) as Omit<SourceFile, 'file'>;
      const stored = path.join(dataDir, 'source-texts', `${parsed.source.id}.txt`);
      return {
        file,
        ...parsed,
        observations: parsed.observations ?? [],
        events: parsed.events ?? [],
        storedText: existsSync(stored) ? readFileSync(stored, 'utf8') : undefined,
      };
    });
}
