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
export function publishedText(source: Source, locale: Locale): string {
  const approx = source.published_approximate ? (locale === 'vi' ? 'khoảng ' : 'about ') : '';
  return `${approx}${formatDate(source.published, locale)}`;
}

/**
 * A piece of a line of text and the language of its words where they are an article's rather than the interface's
 * (a publisher's name), so that HTML and SVG can mark it (`lang`, `xml:lang`).
 */
export interface TextRun {
  text: string;
  lang?: string;
}

/** The text of runs, as one string where no language can be marked (an `aria-label`, a file name, a `<desc>`). */
export function runsText(runs: readonly TextRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** `sourceLine` as runs: the publisher in its article's language, then the date in the interface's. */
export function sourceLineRuns(source: Source, locale: Locale): TextRun[] {
  return [{ text: source.publisher, lang: source.language }, { text: `, ${publishedText(source, locale)}` }];
}

/** Short source line for a chart or slide: "Binh Duong provincial portal, 24 January 2024". */
export function sourceLine(source: Source, locale: Locale): string {
  return runsText(sourceLineRuns(source, locale));
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

/** Each distinct source once, in first-seen order. */
export function distinctSources(sources: readonly Source[]): Source[] {
  const seen = new Map<string, Source>();
  for (const s of sources) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

/** `sourcesLine` as runs: "Sources: ", then each distinct source's publisher (in its language) and date. */
export function sourcesLineRuns(sources: readonly Source[], locale: Locale): TextRun[] {
  const distinct = distinctSources(sources);
  const label = locale === 'vi' ? 'Nguồn' : distinct.length > 1 ? 'Sources' : 'Source';
  return [
    { text: `${label}: ` },
    ...distinct.flatMap((s, i) => [...(i > 0 ? [{ text: '; ' }] : []), ...sourceLineRuns(s, locale)]),
  ];
}

/**
 * One source line listing each distinct source once, in first-seen order. Where it is shown as HTML or SVG, show
 * `sourcesLineRuns`, which marks each publisher's language.
 */
export function sourcesLine(sources: Source[], locale: Locale): string {
  return runsText(sourcesLineRuns(sources, locale));
}
