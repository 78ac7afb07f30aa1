/** How large an answer may be before it is streamed in chunks rather than held as bytes. */
export interface RouteLimits {
  /** Answers listing more records than this are streamed (see PREPARED_LIMIT). */
  preparedLimit: number;
}
