import { type ArticleDates, datelineSpans, readArticleDates, readDates } from './text-dates.ts';
import { isInside, linkSpans } from './text-spans.ts';

/** What a source record can take from the article itself. */
export interface ArticleHeader {
  /** The first line that is not a dateline, when it is short enough to be a title. */
  title?: string;
  published?: ArticleDates['published'];
  /** A link the article gives as its source ("Bron: https://…"). */
  url?: string;
}

const MAX_TITLE_WORDS = 25;
const SOURCE_LINK = /(?:^|\n)\s*(?:Bron|Source|Nguồn)\s*:\s*(https?:\/\/\S+)/iu;

/** The title, publication date and source link of an article's text. */
export function readArticleHeader(text: string): ArticleHeader {
  const links = linkSpans(text);
  const dates = readDates(text).filter((d) => !isInside(d, links));
  const datelines = datelineSpans(text, dates);
  const firstLine = [...text.matchAll(/[^\n]*/g)]
    .filter((m) => m[0].trim() !== '' && !datelines.some((l) => l.start === m.index))
    .map((m) => m[0].trim())[0];
  const title = firstLine && firstLine.split(/\s+/).length <= MAX_TITLE_WORDS ? firstLine : undefined;
  const url = SOURCE_LINK.exec(text)?.[1]?.replace(/[.,;)]+$/, '');
  return { title, published: readArticleDates(text, dates).published, url };
}
