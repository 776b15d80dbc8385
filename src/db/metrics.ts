/**
 * Per-request database metrics for the `Server-Timing` header: round trips,
 * time spent waiting on the database, and rows read/written where the driver
 * reports them (D1 does, in each result's `meta`).
 */
export class QueryMetrics {
  /** Round trips. */
  queries = 0;
  /**
   * Groups of statements issued together: each is one round trip when the
   * driver batches, as many as it has statements when it sends them in turn.
   */
  batches = 0;
  rowsRead = 0;
  rowsWritten = 0;
  durationMs = 0;
  /** False until a driver reported row counts: Postgres and MySQL never do. */
  reportsRows = false;

  /** Times one round trip to the database: a batch of its own unless it `continuesBatch`. */
  async track<T>(roundTrip: () => Promise<T>, continuesBatch = false): Promise<T> {
    const started = performance.now();
    this.queries += 1;
    if (!continuesBatch) this.batches += 1;
    try {
      return await roundTrip();
    } finally {
      this.durationMs += performance.now() - started;
    }
  }

  addRows(meta: { rows_read?: number; rows_written?: number } | undefined): void {
    if (!meta) return;
    this.reportsRows = true;
    this.rowsRead += meta.rows_read ?? 0;
    this.rowsWritten += meta.rows_written ?? 0;
  }

  /**
   * `db;dur=…;desc="queries=… rows_read=… rows_written=…"`, with `batches=…`
   * when statements issued together took more than one round trip each
   * (sequential sending): what batching would have cost.
   */
  toServerTiming(): string {
    const batches = this.batches < this.queries ? ` batches=${this.batches}` : "";
    const rows = this.reportsRows
      ? ` rows_read=${this.rowsRead} rows_written=${this.rowsWritten}`
      : "";
    return `db;dur=${this.durationMs.toFixed(1)};desc="queries=${this.queries}${batches}${rows}"`;
  }
}
