import { type DataIssue, formatDataIssue } from '@bd/core';

/** The header line and one line per issue, as `pnpm validate` and the server print them. */
export function issuesReport(dataDir: string, issues: readonly DataIssue[]): string {
  const count = `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}`;
  return [`The data in ${dataDir} is not valid (${count}):`, ...issues.map((issue) => `  ${formatDataIssue(issue)}`)].join('\n');
}
