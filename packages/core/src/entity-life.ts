import type { Entity, EntityChange } from './schemas/entity.ts';

/** One step of an entity's lineage: what it became, when and how, and the successor itself where it is known. */
export interface Succession extends EntityChange {
  successor: Entity | undefined;
}

/** What `entity` became, in the order its record lists the changes. */
export function successionsOf(entity: Entity, entities: readonly Entity[]): Succession[] {
  return (entity.became ?? []).map((change) => ({ ...change, successor: entities.find((e) => e.id === change.entity) }));
}

/** True when `entity` existed on `date` (YYYY-MM-DD): on or after its first day and on or before its last. */
export function existedOn(entity: Pick<Entity, 'began' | 'ended'>, date: string): boolean {
  return (entity.began === undefined || date >= entity.began) && (entity.ended === undefined || date <= entity.ended);
}

/**
 * The entities `id` ended in, following each change until an entity that still exists: for a province merged into
 * a city, [that city]. Each entity appears once, so a lineage that loops (which the checks refuse) still ends.
 */
export function lineageOf(id: string, entities: readonly Entity[]): Entity[] {
  return lineageIn(id, new Map(entities.map((e) => [e.id, e])));
}

/** `lineageOf` over entities already by id, for callers that follow many lineages of one list. */
function lineageIn(id: string, byId: ReadonlyMap<string, Entity>): Entity[] {
  const seen = new Set([id]);
  const lineage: Entity[] = [];
  let next = byId.get(id)?.became?.map((c) => c.entity) ?? [];
  while (next.length > 0) {
    const step: string[] = [];
    for (const successorId of next) {
      const successor = byId.get(successorId);
      if (seen.has(successorId) || !successor) continue;
      seen.add(successorId);
      lineage.push(successor);
      step.push(...(successor.became?.map((c) => c.entity) ?? []));
    }
    next = step;
  }
  return lineage;
}

/** The entities that became `id` (its predecessors), in the order listed. */
export function predecessorsOf(id: string, entities: readonly Entity[]): Entity[] {
  return entities.filter((e) => e.became?.some((c) => c.entity === id));
}

/**
 * The entities a selector lists, each with the former entities whose lineage ends in it placed after it: current ones
 * in the order listed, then, under each, its predecessors. An entity whose successor is not in the data stays in place.
 */
export function entitiesBySuccessor(entities: readonly Entity[]): { entity: Entity; predecessors: Entity[] }[] {
  // Under the entity its lineage ends in (a successor that has not ended), however many changes away.
  const byId = new Map(entities.map((e) => [e.id, e]));
  const under = new Map(entities.map((e) => [e.id, lineageIn(e.id, byId).find((s) => s.became === undefined)?.id]));
  const placedUnder = (e: Entity) => under.get(e.id);
  return entities
    .filter((e) => placedUnder(e) === undefined)
    .map((entity) => ({ entity, predecessors: entities.filter((e) => placedUnder(e) === entity.id) }));
}
