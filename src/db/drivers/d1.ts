/**
 * Wraps the request's D1 session so every round trip is counted and its `meta`
 * (rows read/written) lands in the request's QueryMetrics.
 *
 * D1 returns `meta` from `all()`/`run()`/`batch()` but not from `raw()`, which
 * Drizzle uses for every select with fields. So `raw()` is served from `all()`:
 * reads are wrapped in `SELECT * FROM (…)`, where SQLite renames duplicate
 * column names (`id`, `id:1`) so joined rows keep every column in order.
 * Writes with RETURNING name one table's columns and need no wrapping. Batches
 * get the same treatment, since Drizzle maps batch results from objects too.
 */
import type { QueryMetrics } from "../metrics";

const READ_STATEMENT = /^\s*(select|with)\b/i;
const INTEGER_KEY = /^(0|[1-9]\d*)$/;

type Meta = { rows_read?: number; rows_written?: number };

class InstrumentedStatement {
  constructor(
    private readonly database: D1DatabaseSession,
    private readonly metrics: QueryMetrics,
    readonly inner: D1PreparedStatement,
    private readonly sql: string,
    private readonly params: unknown[] = [],
  ) {}

  bind(...values: unknown[]): InstrumentedStatement {
    return new InstrumentedStatement(
      this.database,
      this.metrics,
      this.inner.bind(...values),
      this.sql,
      values,
    );
  }

  private async measured<T extends { meta?: Meta }>(run: () => Promise<T>): Promise<T> {
    const result = await this.metrics.track(run);
    this.metrics.addRows(result.meta);
    return result;
  }

  all<T>() {
    return this.measured(() => this.inner.all<T>());
  }

  run<T>() {
    return this.measured(() => this.inner.run<T>());
  }

  async first<T>(column?: string): Promise<T | null> {
    const { results } = await this.all<Record<string, unknown>>();
    const row = results[0];
    if (!row) return null;
    return (column === undefined ? row : row[column]) as T;
  }

  /** The statement to run when rows are wanted in column order (see above). */
  withUniqueColumns(): D1PreparedStatement {
    if (!READ_STATEMENT.test(this.sql)) return this.inner;
    return this.database.prepare(`select * from (${this.sql})`).bind(...this.params);
  }

  async raw<T = unknown[]>(): Promise<T[]> {
    const statement = this.withUniqueColumns();
    const { results } = await this.measured(() => statement.all<Record<string, unknown>>());
    // Objects put integer-like keys ("0", "1") first, losing column order: for
    // such a rare select, ask again in D1's array form (no row counts for it).
    const first = results[0];
    if (first && Object.keys(first).some((key) => INTEGER_KEY.test(key))) {
      return this.metrics.track(() => this.inner.raw<T>());
    }
    return results.map((row) => Object.values(row) as T);
  }
}

/**
 * Typed as a D1Database because that is what Drizzle accepts; Drizzle's D1
 * driver only calls `prepare` and `batch`, which a session has too.
 */
export function instrumentD1(database: D1DatabaseSession, metrics: QueryMetrics): D1Database {
  const instrumented = {
    prepare: (sql: string) =>
      new InstrumentedStatement(database, metrics, database.prepare(sql), sql),
    async batch(statements: InstrumentedStatement[]) {
      const results = await metrics.track(() =>
        database.batch(statements.map((statement) => statement.withUniqueColumns())),
      );
      for (const result of results) metrics.addRows(result.meta);
      return results;
    },
  };
  return instrumented as unknown as D1Database;
}
