import { type EntityLife, lifeSentence, lifeSources } from '../lib/entity-life-line.ts';
import { useLocale } from '../lib/i18n/use-locale.ts';
import { localisedHref } from '../lib/localised-href.ts';
import { AppLink } from './app-link.tsx';
import { CitationLinks } from './citation-links.tsx';
import { EvidenceQuote } from './evidence-quote.tsx';
import { SourceLine, SourcesLine } from './source-link.tsx';
import './entity-life-note.css';

/**
 * "Binh Duong province, until 30 June 2025; since 1 July 2025 part of Ho Chi Minh City", with the change's citation
 * as a value's: its source, which opens to the article's words, the article and everything taken from it.
 * Nothing for an entity that has not ended.
 */
export function EntityLifeNote({ life }: { life: EntityLife | undefined }) {
  const { locale, t } = useLocale();
  if (!life) return null;
  return (
    <div className="entity-life" data-testid="entity-life">
      <p className="entity-life__sentence">{lifeSentence(life, locale, t)}.</p>
      {life.citations.map(({ event, source }) => (
        <details key={event.id} className="entity-life__citation">
          <summary>
            {t('colSource')}: {source ? <SourceLine source={source} /> : event.source}
          </summary>
          {source && (
            <p className="entity-life__title">
              <cite lang={source.language}>{source.title}</cite>
            </p>
          )}
          <EvidenceQuote evidence={event.evidence} evidenceEn={event.evidence_en} language={source?.language ?? 'und'} />
          <CitationLinks url={source?.url} sourceId={event.source} className="entity-life__links" />
        </details>
      ))}
    </div>
  );
}

/**
 * The life in one line where only a line fits (a slide, an embed's footer): the sentence, then its source line,
 * linking to the article's entry on the Sources page, where the change is listed with the article's words. From an
 * embed (`newTab`) the link opens the dashboard in a tab of its own.
 */
export function EntityLifeLine({ life, newTab = false }: { life: EntityLife | undefined; newTab?: boolean }) {
  const { locale, t } = useLocale();
  if (!life) return null;
  const href = `/sources#source-${life.citations[0]?.event.source ?? ''}`;
  const cited = <SourcesLine sources={lifeSources(life)} />;
  return (
    <p className="entity-life-line" data-testid="entity-life">
      {lifeSentence(life, locale, t)}.{' '}
      {life.citations.length > 0 &&
        (newTab ? (
          <a href={localisedHref(href, locale)} target="_blank" rel="noopener">
            {cited}
          </a>
        ) : (
          <AppLink href={href}>{cited}</AppLink>
        ))}
    </p>
  );
}
