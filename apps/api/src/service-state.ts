import { type DataIssue, formatDataIssue, plural } from '@bd/core';

/** The last reload this process refused: the data folder then holds data that is not served. */
export interface RefusedReload {
  /** When it was refused (ISO 8601). */
  at: string;
  /** Why, in one line: the first problem found, or the records the data lost. */
  reason: string;
  /** The data version still served. */
  keptVersion: string;
}

/**
 * What one server process says of itself beside its data, read by `/api/health` and `/api/ready` at each request:
 * whether it is stopping (draining its connections after SIGTERM) and the last reload it refused, if the data
 * folder has not been read successfully since. One object per process, shared by every app a reload makes.
 */
export interface ServiceState {
  draining: boolean;
  refusedReload: RefusedReload | undefined;
  /** The dashboard's release this process serves, fixed when it started (see web-build.ts). */
  readonly dashboardRelease: string | null;
}

export function serviceState(dashboardRelease: string | null = null): ServiceState {
  return { draining: false, refusedReload: undefined, dashboardRelease };
}

/** The one-line reason of a reload refused for problems in the data: how many, and the first. */
export function reasonOfIssues(issues: readonly DataIssue[]): string {
  const first = issues[0];
  const count = plural('en', issues.length, { one: '1 problem', other: `${issues.length} problems` });
  return first ? `the data is not valid (${count}); first: ${formatDataIssue(first)}` : 'the data is not valid';
}
