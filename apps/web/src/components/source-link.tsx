import { type Source, sourceLineRuns, sourcesLineRuns, type TextRun } from '@bd/core';
import { useLocale } from '../lib/i18n/use-locale.ts';
import { AppLink } from './app-link.tsx';

/**
 * Runs of text, each marked with its language where it is not the interface's (a publisher's name on the other
 * language's page); a run in the interface's language is plain text, so the words of one line stay one text.
 */
export function TextRuns({ runs }: { runs: readonly TextRun[] }) {
  const { locale } = useLocale();
  const pieces: TextRun[] = [];
  for (const run of runs) {
    const lang = run.lang && run.lang !== locale ? run.lang : undefined;
    const last = pieces.at(-1);
    if (last && last.lang === lang) last.text += run.text;
    else pieces.push(lang ? { text: run.text, lang } : { text: run.text });
  }
  return pieces.map((piece, i) =>
    piece.lang ? (
      <span key={`${i}-${piece.text}`} lang={piece.lang}>
        {piece.text}
      </span>
    ) : (
      piece.text
    ),
  );
}

/** "Binh Duong provincial portal, 24 January 2024": the publisher in its article's language. */
export function SourceLine({ source }: { source: Source }) {
  const { locale } = useLocale();
  return <TextRuns runs={sourceLineRuns(source, locale)} />;
}

/** "Sources: Binh Duong provincial portal, 26 June 2020; Thời Đại (thoidai.com.vn), about 18 December 2024". */
export function SourcesLine({ sources }: { sources: readonly Source[] }) {
  const { locale } = useLocale();
  return <TextRuns runs={sourcesLineRuns(sources, locale)} />;
}

/** "Binh Duong provincial portal, 24 January 2024", linking to the article's entry on the Sources page. */
export function SourceLink({ source }: { source: Source }) {
  return (
    <AppLink href={`/sources#source-${source.id}`} className="source-link">
      <SourceLine source={source} />
    </AppLink>
  );
}
