/**
 * D1 through the wrangler CLI: where a D1 database is (local state or remote),
 * migrations, and remote D1 as the worker's Database. Remote D1 has no binding
 * outside Cloudflare, so there `wrangler d1 execute --remote` (with the user's
 * wrangler login) runs each statement: a query as `--command` with its values
 * inlined, a batch written to one .sql file and run as `--file`, which D1
 * applies all-or-nothing. Local D1 has the real binding (./database.ts).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import { Database, type Orm } from "../../src/db/database";
import { QueryMetrics } from "../../src/db/metrics";
import { schema, tables } from "../../src/db/schema";
import { described, type ScriptDatabase } from "./database";
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

/** A statement with its values inlined, for a file `wrangler d1 execute --file` runs. */
export function inlineStatement(sql: string, params: unknown[]): string {
  const statement = inlineSqliteParams(sql, params);
  const bytes = Buffer.byteLength(statement);
  if (bytes >= MAX_STATEMENT_BYTES) {
    throw new Error(
      `A statement of ${bytes} bytes exceeds D1's 100 KB limit; insert fewer rows at once`,
    );
  }
  return statement;
}

/**
 * Remote D1 of the wrangler environment `env`, as the worker's Database. Reads
 * run one at a time: a batch runs as a file, which reports no rows.
 */
export function openRemoteD1(env: string, description: string): ScriptDatabase {
  const execute = (args: string[]) =>
    wranglerJson<ExecuteOutput>(["d1", "execute", "DB", "--remote", "--env", env, ...args]);

  const orm = drizzle(
    async (sql, params, method) => {
      // Rows come back as objects; a subquery makes SQLite rename duplicate
      // column names (`id`, `id:1`), so joined rows keep every column, in order.
      const statement = inlineStatement(
        READ_STATEMENT.test(sql) ? `select * from (${sql})` : sql,
        params,
      );
      const [output] = await execute(["--command", statement]);
      const rows = (output?.results ?? []).map((row) => Object.values(row));
      // `get` wants the row itself, undefined when there is none.
      return { rows: method === "get" ? (rows[0] as unknown[]) : rows };
    },
    async (queries) => {
      if (queries.some((query) => READ_STATEMENT.test(query.sql))) {
        throw new Error("Remote D1 runs reads one at a time: a batch reports no rows");
      }
      const script = queries.map((q) => `${inlineStatement(q.sql, q.params)};\n`).join("");
      const directory = await mkdtemp(path.join(os.tmpdir(), "hearth-d1-"));
      try {
        const file = path.join(directory, "batch.sql");
        await writeFile(file, script);
        // --yes: remote imports ask for confirmation; running the script is the consent.
        await execute(["--file", file, "--yes"]);
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
      return queries.map(() => ({ rows: [] }));
    },
    { schema },
  );
  const database = new Database(
    "d1",
    orm as unknown as Orm,
    tables,
    new QueryMetrics(),
    async () => {},
    () => "batch",
  );
  return described(database, description);
}
