// What pnpm ingest (apps/api/src/ingest) uses: an article's header, its language, and the records it proposes.
export { type ArticleHeader, readArticleHeader } from './article-header.ts';
export { detectLanguage } from './detect-language.ts';
export type { DraftEvent, DraftObservation, Proposals, SkippedFigure } from './draft-records.ts';
export { proposeRecords } from './propose-records.ts';
export { slug, uniqueIds } from './record-ids.ts';
