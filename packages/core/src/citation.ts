import { formatDate } from './format.ts';
import type { Locale } from './schemas/common.ts';
import type { Observation } from './schemas/observation.ts';
import type { Source } from './schemas/source.ts';

/** Everything a reader needs to find where a value comes from. */
export interface Citation {
  sourceId: string;
  title: string;
  publisher: string;
  /** As the interface writes it, "about" where the article gives no date. */
  published: string;
  url?: string;
  evidence: string;
  /** English rendering where the article is not in English. */
  evidenceEn?: string;
  language: string;
  /** One line: publisher, date, title. */
  text: string;
}

/** The publication date as the interface writes it: "24 January 2024", "about 24 January 2024". */
function publishedText(source: Source, locale: Locale): string {
  const approx = source.published_approximate ? (locale === 'vi' ? 'khoảng ' : 'about ') : '';
  return `${approx}${formatDate(source.published, locale)}`;
}

/** Short source line for a chart or slide: "Binh Duong provincial portal, 24 January 2024". */
export function sourceLine(source: Source, locale: Locale): string {
  return `${source.publisher}, ${publishedText(source, locale)}`;
}

/** The citation of one observation: article, publisher, date, link and the verbatim evidence. */
export function citationFor(observation: Observation, source: Source, locale: Locale): Citation {
  return {
    sourceId: source.id,
    title: source.title,
    publisher: source.publisher,
    published: publishedText(source, locale),
    ...(source.url ? { url: source.url } : {}),
    evidence: observation.evidence,
    ...(observation.evidence_en && observation.evidence_en !== observation.evidence
      ? { evidenceEn: observation.evidence_en }
      : {}),
    language: source.language,
    text: `${sourceLine(source, locale)}, “${source.title}”`,
  };
}

/** One source line listing each distinct source once, in first-seen order. */
export function sourcesLine(sources: Source[], locale: Locale): string {
  const seen = new Map<string, Source>();
  for (const s of sources) if (!seen.has(s.id)) seen.set(s.id, s);
  const label = locale === 'vi' ? 'Nguồn' : seen.size > 1 ? 'Sources' : 'Source';
  return `${label}: ${[...seen.values()].map((s) => sourceLine(s, locale)).join('; ')}`;
}
