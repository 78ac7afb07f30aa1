import { type DataIssue, formatDataIssue, plural } from '@bd/core';

/** One indented line per issue, as every command lists them under its own header. */
export function issueLines(issues: readonly DataIssue[]): string {
  return issues.map((issue) => `  ${formatDataIssue(issue)}`).join('\n');
}

/** The header line and one line per issue, as `pnpm validate` and the server print them. */
export function issuesReport(dataDir: string, issues: readonly DataIssue[]): string {
  const count = plural('en', issues.length, { one: '1 problem', other: `${issues.length} problems` });
  return `The data in ${dataDir} is not valid (${count}):\n${issueLines(issues)}`;
}
