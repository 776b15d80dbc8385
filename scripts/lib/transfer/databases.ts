/**
 * The databases a transfer reads and writes, through the worker's Database:
 * local D1 (this checkout's, through wrangler's getPlatformProxy, written in
 * D1 batches), and Postgres or MySQL by URL (written in transactions). Reads are keyset pages
 * over the primary key; writes are atomic chunks that respect each database's
 * limits on one statement.
 */
import fs from "node:fs";
import path from "node:path";
import { asc, count, eq, getTableColumns, gt, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { errorChain } from "../cli";
import { openLocalD1, openUrlDatabase, queryRows, type ScriptDatabase } from "../database";
import { defaultLocalState, displayPath } from "../paths";
import { migrateUrl, migrationsFolder, redactUrl } from "../url-database";
import { applyD1Migrations } from "../wrangler-d1";
import { type CanonicalRow, canonicalRow, drizzleValues, type TableShape } from "./rows";

/** Rows per insert stay modest, even where the parameter limit would allow thousands. */
const MAX_ROWS_PER_STATEMENT = 500;

export type DatabaseSpec = { kind: "local"; persistTo: string } | { kind: "url"; url: string };

export function describeSpec(spec: DatabaseSpec): string {
  return spec.kind === "local"
    ? `local D1 (${displayPath(spec.persistTo)})`
    : `${spec.url.split(":")[0]} ${redactUrl(spec.url)}`;
}

export interface TransferDatabase extends ScriptDatabase {
  spec: DatabaseSpec;
}

export async function openDatabase(spec: DatabaseSpec): Promise<TransferDatabase> {
  const description = describeSpec(spec);
  const database =
    spec.kind === "local"
      ? await openLocalD1(description, { persistTo: spec.persistTo })
      : openUrlDatabase(spec.url, description);
  return Object.assign(database, { spec });
}

/** `local`, `local:<persist-to directory>`, or a postgres:// / mysql:// URL. */
export function parseDatabaseSpec(text: string): DatabaseSpec | undefined {
  if (text === "local") return { kind: "local", persistTo: defaultLocalState };
  if (text.startsWith("local:")) return { kind: "local", persistTo: path.resolve(text.slice(6)) };
  if (/^(postgres|postgresql|mysql):\/\//i.test(text)) return { kind: "url", url: text };
  return undefined;
}

function tableOf(db: ScriptDatabase, shape: TableShape): SQLiteTable {
  return db.t[shape.key] as SQLiteTable;
}

function columnOf(db: ScriptDatabase, shape: TableShape, key: string): SQLiteColumn {
  return getTableColumns(tableOf(db, shape))[key] as SQLiteColumn;
}

export async function rowCount(db: ScriptDatabase, shape: TableShape): Promise<number> {
  const [row] = await db.orm.select({ n: count() }).from(tableOf(db, shape));
  return Number(row!.n);
}

/** Pages of canonical rows in primary-key order, starting after `after`. */
export async function* readPages(
  db: ScriptDatabase,
  shape: TableShape,
  pageSize: number,
  after?: string,
): AsyncGenerator<CanonicalRow[]> {
  const key = columnOf(db, shape, shape.primaryKey.key);
  let cursor = after;
  for (;;) {
    const rows = await db.orm
      .select()
      .from(tableOf(db, shape))
      .where(cursor === undefined ? undefined : gt(key, cursor))
      .orderBy(asc(key))
      .limit(pageSize);
    if (rows.length === 0) return;
    const page = rows.map((row) => canonicalRow(shape, row as Record<string, unknown>));
    yield page;
    if (rows.length < pageSize) return;
    cursor = String(page.at(-1)![shape.primaryKey.name]);
  }
}

/** A value the target cannot hold fails before anything is written, naming the row. */
function checkHolds(db: TransferDatabase, shape: TableShape, rows: Record<string, unknown>[]) {
  for (const row of rows) {
    for (const { key, name, kind } of shape.columns) {
      const value = row[key];
      if (value === null || kind === "json" || db.holds(columnOf(db, shape, key), value)) continue;
      const id = String(row[shape.primaryKey.key]);
      throw new Error(
        `${shape.name} ${id}: ${name} = ${JSON.stringify(value)} does not fit ${db.dialect}'s column`,
      );
    }
  }
}

/**
 * Writes one page of rows all-or-nothing. Self-references are left null here
 * and set by linkSelfReferences once every row of the table exists. With
 * `ignoreDuplicates` (a resumed transfer) rows already there are skipped.
 */
export async function writePage(
  db: TransferDatabase,
  shape: TableShape,
  page: CanonicalRow[],
  ignoreDuplicates: boolean,
): Promise<void> {
  const rows = page.map((row) => {
    const values = drizzleValues(shape, row);
    for (const column of shape.selfReferences) values[column.key] = null;
    return values;
  });
  checkHolds(db, shape, rows);
  const table = tableOf(db, shape);
  await db.atomic((orm) =>
    db.insertChunks(orm, table, rows, { ignoreDuplicates, maxRows: MAX_ROWS_PER_STATEMENT }),
  );
}

/** Sets the self-referencing columns of rows that have them (idempotent). */
export async function linkSelfReferences(
  db: TransferDatabase,
  shape: TableShape,
  page: CanonicalRow[],
): Promise<void> {
  if (shape.selfReferences.length === 0) return;
  const table = tableOf(db, shape);
  const key = columnOf(db, shape, shape.primaryKey.key);
  const linked = page.filter((row) => shape.selfReferences.some((c) => row[c.name] !== null));
  if (linked.length === 0) return;
  await db.atomic((orm) =>
    linked.map((row) => {
      // Every column, not only the references: Drizzle would otherwise stamp
      // `updated_at` (an $onUpdateFn) with the time of the copy.
      const { [shape.primaryKey.key]: _key, ...set } = drizzleValues(shape, row);
      return orm
        .update(table)
        .set(set as never)
        .where(eq(key, row[shape.primaryKey.name] as string));
    }),
  );
}

/** The migrations each database recorded, by tag (`0002_identities_…`), in order. */
export async function appliedMigrations(db: TransferDatabase): Promise<string[] | undefined> {
  try {
    if (db.dialect === "d1") {
      const rows = await queryRows<{ name: string }>(
        db,
        sql`select name from d1_migrations order by id`,
      );
      return rows.map((row) => row.name.replace(/\.sql$/, ""));
    }
    const table =
      db.dialect === "postgres"
        ? sql`drizzle.__drizzle_migrations`
        : sql.raw("`__drizzle_migrations`");
    const rows = await queryRows<{ created_at: unknown }>(
      db,
      sql`select created_at from ${table} order by created_at`,
    );
    const journal = JSON.parse(
      fs.readFileSync(path.join(migrationsFolder(db.dialect), "meta", "_journal.json"), "utf8"),
    ) as { entries: { tag: string; when: number }[] };
    return rows.map(({ created_at }) => {
      const entry = journal.entries.find((e) => e.when === Number(created_at));
      return entry?.tag ?? `unknown migration of ${new Date(Number(created_at)).toISOString()}`;
    });
  } catch (error) {
    // Drizzle wraps the driver's error: the database's reason is a cause.
    const missing = /no such table|does not exist|doesn't exist/;
    if (errorChain(error).some((message) => missing.test(message))) return undefined;
    throw error;
  }
}

/** Applies the database's pending migrations (as db:migrate:local / db:migrate:url do). */
export async function applyMigrations(spec: DatabaseSpec): Promise<void> {
  if (spec.kind === "local") await applyD1Migrations({ remote: false, persistTo: spec.persistTo });
  else await migrateUrl(spec.url);
}
