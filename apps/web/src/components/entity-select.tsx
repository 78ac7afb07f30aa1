import { useId } from 'react';
import { useLocale } from '../lib/i18n/use-locale.ts';
import type { EntityChoice } from '../lib/use-entity.ts';

/** "Province: [Binh Duong ▾]", shown only when the data describes more than one place. */
export function EntitySelect({ choice }: { choice: EntityChoice }) {
  const { locale, t } = useLocale();
  const id = useId();
  if (!choice.choosable || !choice.entities) return null;
  return (
    <div className="entity-select">
      <label htmlFor={id}>{t('entityLabel')}</label>
      <select id={id} value={choice.entity ?? ''} onChange={(e) => choice.choose(e.target.value)}>
        {choice.entities.map((entity) => (
          <option key={entity.id} value={entity.id}>
            {entity.name[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
