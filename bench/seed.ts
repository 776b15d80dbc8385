/**
 * Writes a benchmark world into its database: a fresh local D1 state
 * directory (SQL files run by `wrangler d1 execute --local --file`, the way a
 * user imports data), or the Postgres/MySQL database at DATABASE_URL through
 * the worker's Database, emptied first — which the benchmark refuses unless
 * every user in it is one of its own. Local D1 is not written through its
 * binding here: with 100 bound parameters a statement carries a handful of
 * rows, each statement is a call through wrangler's proxy, and a 10k-resource
 * world (64k rows) broke the proxy's connection where files take half a minute.
 *
 * The search index (about 70 rows per resource) is written as the worker
 * writes it when an object is created: `indexInsertsFor` on each chunk of
 * users, workspaces and resources, in the same file or transaction as the
 * chunk — `insert … select` from one JSON literal per 60 KB of index rows,
 * a thousand rows a statement, made a chunk at a time so they are never all
 * in memory (7 million rows at 100k resources).
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { getTableName, type Query, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import { openUrlDatabase } from "../scripts/lib/database";
import { migrateUrl, redactUrl } from "../scripts/lib/url-database";
import { runWranglerQuietly } from "../scripts/lib/wrangler";
import { inlineStatement } from "../scripts/lib/wrangler-d1";
import { Database, type Orm } from "../src/db/database";
import { QueryMetrics } from "../src/db/metrics";
import { schema, tables as sqliteTables } from "../src/db/schema";
import { indexInsertsFor } from "../src/db/search/search-index";
import type { BenchRows } from "./dataset";

/** Where a benchmark world lives. */
export type BenchDatabase = { kind: "d1"; persistTo: string } | { kind: "url"; url: string };

/** A file run stays well under memory limits at this size. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
const D1_ROWS_PER_STATEMENT = 100;
/** Under the 65,535 bound parameters Postgres and MySQL accept, for the widest table. */
const SERVER_ROWS_PER_STATEMENT = 2000;

const BENCH_EMAIL = "%@bench.hearth.local";

function chunked<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Creates the state directory from scratch: migrations, then the rows as SQL files. */
async function seedLocalD1(persistTo: string, rows: BenchRows, workDir: string) {
  await rm(persistTo, { recursive: true, force: true });
  const flags = ["--local", "--persist-to", persistTo];
  await runWranglerQuietly(["d1", "migrations", "apply", "DB", ...flags]);

  // Drizzle only builds the statements here; wrangler runs them.
  const orm = drizzle(() => Promise.reject(new Error("Statements are run from files")), { schema });
  const db = new Database(
    "d1",
    orm as unknown as Orm,
    sqliteTables,
    new QueryMetrics(),
    async () => {},
    () => "batch",
  );
  const files: string[] = [];
  let script = "";
  const flush = async () => {
    if (!script) return;
    const file = path.join(workDir, `seed-${files.length}.sql`);
    await writeFile(file, script);
    files.push(file);
    script = "";
  };
  for (const [name, tableRows] of Object.entries(rows)) {
    const table = sqliteTables[name as keyof typeof sqliteTables] as SQLiteTable;
    for (const chunk of chunked(tableRows as object[], D1_ROWS_PER_STATEMENT)) {
      const statements = [
        orm.insert(table).values(chunk as never),
        ...indexInsertsFor(db, db.orm, table, chunk),
      ] as unknown as { toSQL(): Query }[];
      for (const statement of statements) {
        const query = statement.toSQL();
        script += `${inlineStatement(query.sql, query.params)};\n`;
      }
      if (script.length >= MAX_FILE_BYTES) await flush();
    }
  }
  await flush();
  for (const file of files) {
    await runWranglerQuietly(["d1", "execute", "DB", ...flags, "--file", file, "--yes"]);
  }
}

/** Empties the database at `url` (only if it holds nothing but benchmark data), then fills it. */
async function seedUrl(url: string, rows: BenchRows) {
  await migrateUrl(url);
  const db = openUrlDatabase(url, redactUrl(url));
  try {
    const { dialect, orm, t: tables } = db;
    const [foreign] = (await orm
      .select({ count: sql<number>`count(*)` })
      .from(tables.users)
      .where(sql`${tables.users.email} not like ${BENCH_EMAIL}`)) as { count: number }[];
    if (Number(foreign?.count) > 0) {
      throw new Error(
        "DATABASE_URL holds users the benchmark did not create: point it at a database of its own, as the benchmark empties it",
      );
    }
    const names = Object.values(tables).map((table) => getTableName(table));
    // Both the Postgres and the MySQL Drizzle clients run raw SQL with execute().
    const execute = (statement: string) =>
      (orm as unknown as { execute(query: SQL): Promise<unknown> }).execute(sql.raw(statement));
    if (dialect === "postgres") {
      await execute(`truncate table ${names.map((name) => `"${name}"`).join(", ")} cascade`);
    } else {
      await execute("set foreign_key_checks = 0");
      for (const name of names) await execute(`truncate table \`${name}\``);
      await execute("set foreign_key_checks = 1");
    }
    for (const [name, tableRows] of Object.entries(rows)) {
      const table = tables[name as keyof typeof tables] as SQLiteTable;
      for (const chunk of chunked(tableRows as object[], SERVER_ROWS_PER_STATEMENT)) {
        await db.atomic((orm) => [
          orm.insert(table).values(chunk as never),
          ...indexInsertsFor(db, orm, table, chunk),
        ]);
      }
    }
    // Fresh statistics, as a database in use has: planned against the empty
    // tables' statistics, the first minutes of queries would be measured badly.
    if (dialect === "postgres") await execute("analyze");
    else await execute(`analyze table ${names.map((name) => `\`${name}\``).join(", ")}`);
  } finally {
    await db.close();
  }
}

export async function seedBenchDatabase(
  database: BenchDatabase,
  rows: BenchRows,
  workDir: string,
): Promise<void> {
  await mkdir(workDir, { recursive: true });
  if (database.kind === "d1") await seedLocalD1(database.persistTo, rows, workDir);
  else await seedUrl(database.url, rows);
}
