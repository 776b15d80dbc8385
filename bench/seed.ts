/**
 * Writes a benchmark world into its database through the worker's Database:
 * a fresh local D1 state directory, or the Postgres/MySQL database at
 * DATABASE_URL, emptied first — which the benchmark refuses unless every user
 * in it is one of its own.
 */
import { rm } from "node:fs/promises";
import { getTableName, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { openLocalD1, openUrlDatabase, type ScriptDatabase } from "../scripts/lib/database";
import { migrateUrl, redactUrl } from "../scripts/lib/url-database";
import { runWranglerQuietly } from "../scripts/lib/wrangler";
import type { BenchRows } from "./dataset";

/** Where a benchmark world lives. */
export type BenchDatabase = { kind: "d1"; persistTo: string } | { kind: "url"; url: string };

/** Rows written per round trip (one D1 batch, or one transaction). */
const ROWS_PER_WRITE = 10_000;
/** Rows per insert on Postgres/MySQL, where the parameter limit would allow more. */
const SERVER_ROWS_PER_STATEMENT = 2000;

const BENCH_EMAIL = "%@bench.hearth.local";

async function insertWorld(db: ScriptDatabase, rows: BenchRows) {
  for (const [name, tableRows] of Object.entries(rows)) {
    const table = db.t[name as keyof typeof db.t] as SQLiteTable;
    for (let i = 0; i < tableRows.length; i += ROWS_PER_WRITE) {
      const slice = (tableRows as object[]).slice(i, i + ROWS_PER_WRITE);
      await db.atomic((orm) =>
        db.insertChunks(orm, table, slice, { maxRows: SERVER_ROWS_PER_STATEMENT }),
      );
    }
  }
}

/** Creates the state directory from scratch: migrations, then the rows. */
async function seedLocalD1(persistTo: string, rows: BenchRows) {
  await rm(persistTo, { recursive: true, force: true });
  const flags = ["--local", "--persist-to", persistTo];
  await runWranglerQuietly(["d1", "migrations", "apply", "DB", ...flags]);
  const db = await openLocalD1(`local D1 (${persistTo})`, { persistTo });
  try {
    await insertWorld(db, rows);
  } finally {
    await db.close();
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
    await insertWorld(db, rows);
    // Fresh statistics, as a database in use has: planned against the empty
    // tables' statistics, the first minutes of queries would be measured badly.
    if (dialect === "postgres") await execute("analyze");
    else await execute(`analyze table ${names.map((name) => `\`${name}\``).join(", ")}`);
  } finally {
    await db.close();
  }
}

export async function seedBenchDatabase(database: BenchDatabase, rows: BenchRows): Promise<void> {
  if (database.kind === "d1") await seedLocalD1(database.persistTo, rows);
  else await seedUrl(database.url, rows);
}
