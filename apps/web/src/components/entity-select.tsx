import { type Entity, entitiesBySuccessor } from '@bd/core';
import { useId } from 'react';
import { entityOptionLabel } from '../lib/entity-life-line.ts';
import { useLocale } from '../lib/i18n/use-locale.ts';
import type { EntityChoice } from '../lib/use-entity.ts';

/**
 * "Province: [Binh Duong ▾]", shown only when the data describes more than one place. A former entity is listed
 * with its last day, in a group under the entity it became part of, which heads the group.
 */
export function EntitySelect({ choice }: { choice: EntityChoice }) {
  const { locale, t } = useLocale();
  const id = useId();
  if (!choice.choosable || !choice.entities) return null;
  const option = (entity: Entity) => (
    <option key={entity.id} value={entity.id}>
      {entityOptionLabel(entity, locale, t)}
    </option>
  );
  return (
    <div className="entity-select">
      <label htmlFor={id}>{t('entityLabel')}</label>
      <select id={id} value={choice.entity ?? ''} onChange={(e) => choice.choose(e.target.value)}>
        {entitiesBySuccessor(choice.entities).map(({ entity, predecessors }) =>
          predecessors.length === 0 ? (
            option(entity)
          ) : (
            <optgroup key={entity.id} label={entity.name[locale]}>
              {[entity, ...predecessors].map(option)}
            </optgroup>
          ),
        )}
      </select>
    </div>
  );
}
