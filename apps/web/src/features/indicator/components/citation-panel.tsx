import { citationFor } from '@bd/core';
import { CitationLinks } from '../../../components/citation-links.tsx';
import { EvidenceQuote } from '../../../components/evidence-quote.tsx';
import type { ChartPoint } from '../../../components/series-chart/series-chart-state.ts';
import { useLocale } from '../../../lib/i18n/use-locale.ts';

interface CitationPanelProps {
  point: ChartPoint | undefined;
  onClose: () => void;
}

/** The pinned value's citation: the article, its publisher and date, its words, and where to read it. */
export function CitationPanel({ point, onClose }: CitationPanelProps) {
  const { locale, t } = useLocale();
  if (!point?.source) {
    return (
      <aside className="citation-panel citation-panel--empty needs-script" aria-live="polite">
        <p>{t('citationEmpty')}</p>
      </aside>
    );
  }
  const citation = citationFor(point.observation, point.source, locale);
  return (
    <aside className="citation-panel" data-testid="citation-panel" aria-live="polite" aria-labelledby="citation-heading">
      <div className="citation-panel__head">
        <h2 id="citation-heading">{t('citationTitle')}</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('closeCitation')}
        </button>
      </div>
      <p className="citation-panel__value">{point.valueText}</p>
      <p className="citation-panel__period">{point.periodText}</p>
      <p className="citation-panel__source">
        <cite lang={citation.language}>{citation.title}</cite>
        <br />
        {citation.publisher}, {citation.published}
      </p>
      <EvidenceQuote evidence={citation.evidence} evidenceEn={citation.evidenceEn} language={citation.language} />
      <p className="citation-panel__method">
        {t('colMethod')}: {t(`method_${point.observation.method}`)}
      </p>
      {point.observation.note && (
        <p className="citation-panel__note">
          {t('noteLabel')}: <span lang="en">{point.observation.note}</span>
        </p>
      )}
      <CitationLinks url={citation.url} sourceId={citation.sourceId} className="citation-panel__links" />
    </aside>
  );
}
