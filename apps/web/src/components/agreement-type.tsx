import { useLocale } from '../lib/i18n/use-locale.ts';

type AgreementKey = 'agreement_memorandum_of_understanding' | 'agreement_letter_of_intent';

/** The kinds of agreement the data records (an event's `agreement`), each with the interface's words for it. */
const AGREEMENT_KEYS: Readonly<Record<string, AgreementKey>> = {
  'memorandum of understanding': 'agreement_memorandum_of_understanding',
  'letter of intent': 'agreement_letter_of_intent',
};

/** The message naming a kind of agreement in the interface's language, or undefined for a kind it does not know. */
export function agreementKey(agreement: string): AgreementKey | undefined {
  return AGREEMENT_KEYS[agreement.trim().toLowerCase()];
}

/**
 * An agreement's kind in the interface's words ("biên bản ghi nhớ"). A kind the interface has no words for is shown
 * as the data records it, marked English: the curator writes `agreement` in English whatever the article's language
 * (the Dutch article's "intentieverklaring" is recorded as "letter of intent"; see docs/data-curation.md).
 */
export function AgreementType({ agreement }: { agreement: string }) {
  const { t } = useLocale();
  const key = agreementKey(agreement);
  return key ? t(key) : <span lang="en">{agreement}</span>;
}
