import { useSearchParams } from 'wouter';
import { useLocale } from '../lib/i18n/use-locale.ts';

const loadPresenter = () => import('../features/present/components/presenter.tsx');

/** Opens the slides on the first one (`?present=1&slide=1`); the presenter asks for full screen as it opens. */
export function PresentButton() {
  const { t } = useLocale();
  const [, setParams] = useSearchParams();
  const open = () =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set('present', '1');
      next.set('slide', '1');
      return next;
    });
  return (
    <button
      type="button"
      className="button button--accent"
      onClick={open}
      onPointerEnter={() => void loadPresenter()}
      onFocus={() => void loadPresenter()}
      title={t('presentHint')}
    >
      {t('present')}
    </button>
  );
}
