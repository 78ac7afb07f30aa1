import type { DataIssue } from '@bd/core';

/** An issue about a whole file: it is missing, unreadable or not the expected shape. */
export function fileIssue(file: string, message: string, record = 'whole file'): DataIssue {
  return { file, record, field: '', message };
}
