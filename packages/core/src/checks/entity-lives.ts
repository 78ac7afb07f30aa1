import type { DataIssue, Located, LocatedDataset } from '../dataset-checks.ts';
import { existedOn, lineageOf } from '../entity-life.ts';
import type { Entity } from '../schemas/entity.ts';

const where = (r: Located<{ id: string }>, kind: string) => `${kind} "${r.value.id}" (${r.position})`;

/** "record it on ho-chi-minh-city" or, with no successor known, what else to do. */
function whatToDo(entity: Entity): string {
  const successors = (entity.became ?? []).map((c) => c.entity);
  return successors.length > 0
    ? `record it on the successor: set entity to ${successors.join(' or ')}`
    : 'correct the date, or the entity’s ended date if the source shows it existed later';
}

/** The problems of the entities' own lives: successors and change events that exist, lineages that end. */
function lifeIssues(data: LocatedDataset): DataIssue[] {
  const entities = data.entities.map((e) => e.value);
  const ids = new Set(entities.map((e) => e.id));
  const events = new Map(data.events.map((e) => [e.value.id, e.value]));
  const issues: DataIssue[] = [];
  for (const located of data.entities) {
    const entity = located.value;
    for (const [i, change] of (entity.became ?? []).entries()) {
      const record = where(located, 'entity');
      if (!ids.has(change.entity)) {
        issues.push({
          file: located.file,
          record,
          field: `became[${i}].entity`,
          message: `unknown entity "${change.entity}": add the successor to entities.yaml (it may have no observations yet) or correct the id`,
        });
      } else if (change.entity === entity.id || lineageOf(change.entity, entities).some((e) => e.id === entity.id)) {
        issues.push({
          file: located.file,
          record,
          field: `became[${i}].entity`,
          message: `"${entity.id}" would become itself through "${change.entity}": a lineage must end in an entity that has not ended`,
        });
      }
      const event = events.get(change.event);
      if (!event) {
        issues.push({
          file: located.file,
          record,
          field: `became[${i}].event`,
          message: `unknown event "${change.event}": record the change as an event of type administrative_change in the file of the source that states it, with its words as evidence`,
        });
      } else if (event.type !== 'administrative_change' || event.date !== change.date) {
        issues.push({
          file: located.file,
          record,
          field: `became[${i}].event`,
          message: `event "${event.id}" is a ${event.type} of ${event.date}; a change names an administrative_change of its own date, ${change.date}`,
        });
      }
    }
  }
  return issues;
}

/**
 * The problems of values outside their entity's life: an observation whose period ends after the entity's last
 * day or starts before its first, and an event dated so. Named with the file, the record, both dates and where
 * the value belongs instead.
 */
function valuesOutsideLife(data: LocatedDataset): DataIssue[] {
  const entities = new Map(data.entities.map((e) => [e.value.id, e.value]));
  const issues: DataIssue[] = [];
  const outside = (entity: Entity, date: string, dateField: string, r: Located<{ id: string }>, kind: string) => {
    if (existedOn(entity, date)) return;
    const after = entity.ended !== undefined && date > entity.ended;
    issues.push({
      file: r.file,
      record: where(r, kind),
      field: dateField,
      message: after
        ? `${dateField} ${date} is after "${entity.id}" ended on ${entity.ended}: ${whatToDo(entity)}`
        : `${dateField} ${date} is before "${entity.id}" began on ${entity.began}: record it on the entity that existed then, or correct the date`,
    });
  };
  for (const o of data.observations) {
    const entity = entities.get(o.value.entity);
    if (!entity) continue;
    // A period ends after the last day, or (ending inside the life) starts before the first.
    if (entity.ended !== undefined && o.value.period_end > entity.ended)
      outside(entity, o.value.period_end, 'period_end', o, 'observation');
    else outside(entity, o.value.period_start, 'period_start', o, 'observation');
  }
  for (const e of data.events) {
    const entity = entities.get(e.value.entity);
    // A change is dated on its successor's first day, the day after its entity's last: it is not outside that life.
    if (!entity || e.value.type === 'administrative_change') continue;
    outside(entity, e.value.date, 'date', e, 'event');
  }
  return issues;
}

/** Every problem of the entities' lives and of values dated outside them. */
export function entityLifeIssues(data: LocatedDataset): DataIssue[] {
  return [...lifeIssues(data), ...valuesOutsideLife(data)];
}
