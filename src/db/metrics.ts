/**
 * Per-request database metrics for the `Server-Timing` header: round trips,
 * time spent waiting on the database, and rows read/written where the driver
 * reports them (D1 does, in each result's `meta`).
 */
export class QueryMetrics {
  queries = 0;
  rowsRead = 0;
  rowsWritten = 0;
  durationMs = 0;
  /** False until a driver reported row counts: Postgres and MySQL never do. */
  reportsRows = false;

  /** Times one round trip to the database. */
  async track<T>(roundTrip: () => Promise<T>): Promise<T> {
    const started = performance.now();
    this.queries += 1;
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

  /** `db;dur=…;desc="queries=… rows_read=… rows_written=…"` */
  toServerTiming(): string {
    const rows = this.reportsRows
      ? ` rows_read=${this.rowsRead} rows_written=${this.rowsWritten}`
      : "";
    return `db;dur=${this.durationMs.toFixed(1)};desc="queries=${this.queries}${rows}"`;
  }
}
