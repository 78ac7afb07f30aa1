import { useLocale } from '../lib/i18n/use-locale.ts';

interface EvidenceQuoteProps {
  evidence: string;
  evidenceEn?: string | undefined;
  /** BCP 47 tag of the article's language. */
  language: string;
}

/** The article's own words, and the English rendering where it differs, each marked with its language. */
export function EvidenceQuote({ evidence, evidenceEn, language }: EvidenceQuoteProps) {
  const { t } = useLocale();
  const english = evidenceEn && evidenceEn !== evidence ? evidenceEn : undefined;
  return (
    <dl className="evidence">
      <dt>{t('evidenceOriginal')}</dt>
      <dd>
        <q lang={language}>{evidence}</q>
      </dd>
      {english && (
        <>
          <dt>{t('evidenceEnglish')}</dt>
          <dd>
            <q lang="en">{english}</q>
          </dd>
        </>
      )}
    </dl>
  );
}
