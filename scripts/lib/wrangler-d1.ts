/**
 * The D1 database `DB` as a Drizzle database driven through `wrangler d1
 * execute`: the only way to reach local D1 state (or remote D1 with the
 * user's wrangler login) from Node. A query runs as `--command` with its
 * values inlined; a batch is written to one .sql file and runs as `--file`,
 * which D1 applies all-or-nothing.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { drizzle, type SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import { schema } from "../../src/db/schema";
import { inlineSqliteParams } from "./sql-literal";
import { runWrangler, wranglerJson } from "./wrangler";

export interface D1Location {
  remote: boolean;
  /** A wrangler environment (`--env`). */
  env?: string;
  /** Local state directory (`--persist-to`); wrangler's default is .wrangler/state. */
  persistTo?: string;
}

/** D1 refuses statements over 100 KB (docs/architecture.md §10). */
const MAX_STATEMENT_BYTES = 100_000;

const READ_STATEMENT = /^\s*(select|with)\b/i;

type ExecuteOutput = { results?: Record<string, unknown>[] }[];

export function d1LocationFlags(location: D1Location): string[] {
  return [
    location.remote ? "--remote" : "--local",
    ...(location.env ? ["--env", location.env] : []),
    ...(location.persistTo ? ["--persist-to", location.persistTo] : []),
  ];
}

export function describeD1(location: D1Location): string {
  const where = location.remote ? "remote" : `local (${location.persistTo ?? ".wrangler/state"})`;
  return `${where} D1${location.env ? ` [env ${location.env}]` : ""}`;
}

/** Applies pending migrations from ./migrations; output goes to the terminal. */
export function applyD1Migrations(location: D1Location): Promise<void> {
  return runWrangler(["d1", "migrations", "apply", "DB", ...d1LocationFlags(location)]);
}

function inlined(sql: string, params: unknown[]): string {
  const statement = inlineSqliteParams(sql, params);
  const bytes = Buffer.byteLength(statement);
  if (bytes >= MAX_STATEMENT_BYTES) {
    throw new Error(
      `A statement of ${bytes} bytes exceeds D1's 100 KB limit; insert fewer rows at once`,
    );
  }
  return statement;
}

export function openWranglerD1(location: D1Location): SqliteRemoteDatabase<typeof schema> {
  const execute = (args: string[]) =>
    wranglerJson<ExecuteOutput>(["d1", "execute", "DB", ...d1LocationFlags(location), ...args]);

  return drizzle(
    async (sql, params, method) => {
      // Rows come back as objects; a subquery makes SQLite rename duplicate
      // column names (`id`, `id:1`), so joined rows keep every column, in order.
      const statement = inlined(READ_STATEMENT.test(sql) ? `select * from (${sql})` : sql, params);
      const [output] = await execute(["--command", statement]);
      const rows = (output?.results ?? []).map((row) => Object.values(row));
      // `get` wants the row itself, undefined when there is none.
      return { rows: method === "get" ? (rows[0] as unknown[]) : rows };
    },
    async (queries) => {
      const script = queries.map((q) => `${inlined(q.sql, q.params)};\n`).join("");
      const directory = await mkdtemp(path.join(os.tmpdir(), "hearth-d1-"));
      try {
        const file = path.join(directory, "batch.sql");
        await writeFile(file, script);
        // --yes: remote imports ask for confirmation; running the script is the consent.
        await execute(["--file", file, "--yes"]);
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
      // Batches are the write path: a file run reports no rows per statement.
      return queries.map(() => ({ rows: [] }));
    },
    { schema },
  );
}
