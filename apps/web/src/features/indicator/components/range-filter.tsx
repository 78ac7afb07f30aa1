import { useLocale } from '../../../lib/i18n/use-locale.ts';

interface RangeFilterProps {
  years: readonly number[];
  from: number | undefined;
  to: number | undefined;
  onChange: (range: { from: number | undefined; to: number | undefined }) => void;
}

/** "From" and "To" years; either may be left open. */
export function RangeFilter({ years, from, to, onChange }: RangeFilterProps) {
  const { t } = useLocale();
  const parse = (value: string) => (value === '' ? undefined : Number(value));
  return (
    <fieldset className="range-filter">
      <legend className="visually-hidden">{t('rangeLegend')}</legend>
      <label>
        {t('rangeFrom')}
        <select value={from ?? ''} onChange={(e) => onChange({ from: parse(e.target.value), to })}>
          <option value="">{t('rangeAny')}</option>
          {years.map((y) => (
            <option key={y} value={y} disabled={to !== undefined && y > to}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('rangeTo')}
        <select value={to ?? ''} onChange={(e) => onChange({ from, to: parse(e.target.value) })}>
          <option value="">{t('rangeAny')}</option>
          {years.map((y) => (
            <option key={y} value={y} disabled={from !== undefined && y < from}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {(from !== undefined || to !== undefined) && (
        <button type="button" className="button button--quiet" onClick={() => onChange({ from: undefined, to: undefined })}>
          {t('rangeReset')}
        </button>
      )}
    </fieldset>
  );
}
