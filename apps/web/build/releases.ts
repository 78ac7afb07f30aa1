/** A finished release's folder name: its UTC build time and a few random letters (release.ts names them so). */
const RELEASE = /^\d{8}T\d{6}Z-[0-9a-f]{6}$/;

/**
 * The releases to remove from the folder holding `names`: every finished release but the newest `keep` and the
 * current one. Half-built releases and anything else in the folder are not releases and are left alone.
 */
export function releasesToRemove(names: readonly string[], current: string | undefined, keep: number): string[] {
  const releases = names.filter((name) => RELEASE.test(name) && name !== current).sort();
  return releases.slice(0, Math.max(0, releases.length - keep));
}
