/** A failure of `pnpm ingest` the user can act on: its message is printed as is, with exit code 1. */
export class IngestError extends Error {
  override name = 'IngestError';
}
