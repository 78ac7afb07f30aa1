import { useRoute, useSearchParams } from 'wouter';
import { rememberOpener } from '../features/present/components/presenter-opener.ts';
import { useLocale } from '../lib/i18n/use-locale.ts';

const loadPresenter = () => import('../features/present/components/presenter.tsx');

/**
 * Opens the slides (`?present=1`): on an indicator's page at that indicator's slide (`slide=<id>`, which the
 * presenter turns into its number), elsewhere at the first. The presenter asks for full screen as it opens, and on
 * leaving gives focus back to this button.
 */
export function PresentButton() {
  const { t } = useLocale();
  const [, setParams] = useSearchParams();
  const [onIndicator, indicator] = useRoute<{ id: string }>('/indicators/:id');
  const open = () =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set('present', '1');
      next.set('slide', onIndicator ? indicator.id : '1');
      return next;
    });
  return (
    <button
      type="button"
      className="button button--accent needs-script"
      onClick={(event) => {
        rememberOpener(event.currentTarget);
        open();
      }}
      onPointerEnter={() => void loadPresenter()}
      onFocus={() => void loadPresenter()}
      title={t('presentHint')}
    >
      {t('present')}
    </button>
  );
}
