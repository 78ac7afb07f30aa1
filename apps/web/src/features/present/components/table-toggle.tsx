import { useLocale } from '../../../lib/i18n/use-locale.ts';
import { withTable } from './slides.ts';

interface TableToggleProps {
  /** The page's path, which the form asks for again without scripts. */
  path: string;
  params: URLSearchParams;
  shown: boolean;
  onToggle: () => void;
}

/**
 * "Table": a pressed-or-not button that shows the slides' values as a table in place of their charts (`table=1`).
 * It is a form asking for the same address with or without `table=1`, so it works in the server-rendered page
 * without scripts; with them the presenter switches in place.
 */
export function TableToggle({ path, params, shown, onToggle }: TableToggleProps) {
  const { t } = useLocale();
  const kept = [...withTable(params, false)];
  return (
    <form
      className="presenter__table-toggle"
      method="get"
      action={path}
      onSubmit={(event) => {
        event.preventDefault();
        onToggle();
      }}
    >
      {kept.map(([name, value], index) => (
        <input key={`${index}-${name}`} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="button" aria-pressed={shown} {...(shown ? {} : { name: 'table', value: '1' })}>
        {t('table')}
      </button>
    </form>
  );
}
