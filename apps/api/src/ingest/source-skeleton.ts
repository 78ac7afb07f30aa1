import type { TextLanguage } from '@bd/core';
import type { ArticleHeader } from '@bd/ingest';

/** The `source` record of a new article as far as its text gives it, and what a curator still has to fill in. */
export interface SourceSkeleton {
  record: Record<string, string | boolean>;
  /** A comment for a field of `record`, e.g. why `published` is a TODO. */
  comments: Record<string, string>;
  /** Fields left for the curator, with what to write there. */
  todos: string[];
  /** The fields of `record` that hold a TODO: the only ones a fresh draft may fail validation on. */
  todoFields: string[];
}

export const TODO = 'TODO';

/**
 * Title from the first line that is not a dateline, `published` from the dateline (or the latest date the text
 * names, marked approximate), `url` where the article names its source. `publisher` is never in the text.
 * What the text does not give is left as a TODO, which validation rejects until a curator fills it in.
 */
export function sourceSkeleton(header: ArticleHeader, id: string, language: TextLanguage): SourceSkeleton {
  const record: SourceSkeleton['record'] = { id };
  const comments: SourceSkeleton['comments'] = {};
  const todos: string[] = [];
  if (header.title) record.title = header.title;
  else {
    record.title = `${TODO}: a title`;
    record.title_supplied = true;
    comments.title = 'TODO: the article has no title line; write one and keep title_supplied: true';
    todos.push('title: the article has no title line; write one');
  }
  record.publisher = `${TODO}: publisher`;
  comments.publisher = 'TODO: who published the article (the text does not say)';
  todos.push('publisher: who published the article');
  if (header.published) {
    record.published = header.published.date;
    if (header.published.approximate) {
      record.published_approximate = true;
      comments.published = 'no dateline: this is the latest date the text names; check it and say how you dated it in note';
    }
  } else {
    record.published = TODO;
    comments.published = 'TODO: the text gives no date; write the publication date as YYYY-MM-DD (validation rejects TODO)';
    todos.push('published: the text gives no date; write it as YYYY-MM-DD');
  }
  record.language = language;
  if (header.url) record.url = header.url;
  const todoFields = Object.keys(record).filter((field) => String(record[field]).startsWith(TODO));
  return { record, comments, todos, todoFields };
}
