/** Lower-case ASCII words joined by dashes, at most `words` of them: "Kratie Province" is `kratie-province`. */
export function slug(text: string, words = 6): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, words)
    .join('-');
}

/** `id`, `id-2`, `id-3`… so that no two records share an id, nor use one of `taken`. */
export function uniqueIds<T extends { id: string }>(records: readonly T[], taken: ReadonlySet<string> = new Set()): T[] {
  const used = new Set(taken);
  return records.map((r) => {
    let id = r.id;
    for (let n = 2; used.has(id); n++) id = `${r.id}-${n}`;
    used.add(id);
    return id === r.id ? r : { ...r, id };
  });
}
