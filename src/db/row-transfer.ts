/**
 * Reading and writing canonical rows (canonical-rows.ts) table by table: the
 * one definition db:transfer's local and URL sides and the worker's transfer
 * endpoints (a deployed Hearth's side) share. Reads are keyset pages over the
 * primary key; a batch of rows is written all-or-nothing in statements that
 * respect each database's limits on one statement (docs/architecture.md §10).
 */
import { asc, count, eq, getTableColumns, gt, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import mysqlJournal from "../../migrations/mysql/meta/_journal.json";
import postgresJournal from "../../migrations/postgres/meta/_journal.json";
import type { DatabaseDialect } from "../config";
import { errorChain } from "../errors";
import { type CanonicalRow, canonicalRow, drizzleValues, type TableShape } from "./canonical-rows";
import { columnHolds, type Database, queryRows } from "./database";
import { type Plan, planOf } from "./plan";
import { indexInsertsFor } from "./search/search-index";

/** Rows per insert stay modest, even where the parameter limit would allow thousands. */
const MAX_ROWS_PER_STATEMENT = 500;

/** A value the target's column cannot hold: nothing of its batch was written. */
export class UnfitValue extends Error {
  constructor(
    readonly table: string,
    readonly row: string,
    readonly column: string,
    readonly value: unknown,
    dialect: DatabaseDialect,
  ) {
    super(`${table} ${row}: ${column} = ${JSON.stringify(value)} does not fit ${dialect}'s column`);
    this.name = "UnfitValue";
  }
}

function tableOf(store: Database, shape: TableShape): SQLiteTable {
  return store.t[shape.key] as SQLiteTable;
}

function columnOf(store: Database, shape: TableShape, key: string): SQLiteColumn {
  return getTableColumns(tableOf(store, shape))[key] as SQLiteColumn;
}

/** A table's row count, as a plan: several tables' counts are read in one round trip. */
export const countRows = (store: Database, shape: TableShape): Plan<number> =>
  planOf(store.orm.select({ n: count() }).from(tableOf(store, shape)), ([row]) => Number(row!.n));

export async function rowCount(store: Database, shape: TableShape): Promise<number> {
  const [n] = await store.load(countRows(store, shape));
  return n;
}

/** Whether `after` can be a position in the table's primary key on this database. */
export function holdsKey(store: Database, shape: TableShape, after: string): boolean {
  return columnHolds(store.dialect, columnOf(store, shape, shape.primaryKey.key), after);
}

/** Up to `limit` canonical rows in primary-key order, strictly after `after`. */
export async function readPage(
  store: Database,
  shape: TableShape,
  limit: number,
  after?: string,
): Promise<CanonicalRow[]> {
  const key = columnOf(store, shape, shape.primaryKey.key);
  const rows = await store.orm
    .select()
    .from(tableOf(store, shape))
    .where(after === undefined ? undefined : gt(key, after))
    .orderBy(asc(key))
    .limit(limit);
  return rows.map((row) => canonicalRow(shape, row as Record<string, unknown>));
}

/** Every page of a table, in primary-key order, starting after `after`. */
export async function* readPages(
  store: Database,
  shape: TableShape,
  pageSize: number,
  after?: string,
): AsyncGenerator<CanonicalRow[]> {
  let cursor = after;
  for (;;) {
    const page = await readPage(store, shape, pageSize, cursor);
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    cursor = String(page.at(-1)![shape.primaryKey.name]);
  }
}

/** A value the target cannot hold fails before anything is written, naming the row. */
function checkHolds(store: Database, shape: TableShape, rows: Record<string, unknown>[]) {
  for (const row of rows) {
    for (const { key, name, kind } of shape.columns) {
      const value = row[key];
      if (value === null && !columnOf(store, shape, key).notNull) continue;
      if (kind === "json" && value !== null) continue;
      if (columnHolds(store.dialect, columnOf(store, shape, key), value)) continue;
      const shown = value instanceof Date ? value.getTime() : value;
      throw new UnfitValue(
        shape.name,
        String(row[shape.primaryKey.key]),
        name,
        shown,
        store.dialect,
      );
    }
  }
}

/**
 * Writes rows all-or-nothing. Self-references are left null here and set by
 * linkSelfReferences once every row of the table exists. With
 * `ignoreDuplicates` (a resumed transfer) rows already there are skipped.
 */
export async function writeRows(
  store: Database,
  shape: TableShape,
  page: CanonicalRow[],
  ignoreDuplicates: boolean,
): Promise<void> {
  const rows = page.map((row) => {
    const values = drizzleValues(shape, row);
    for (const column of shape.selfReferences) values[column.key] = null;
    return values;
  });
  checkHolds(store, shape, rows);
  const table = tableOf(store, shape);
  // The search index is never transferred: it is written from the rows, in the same write.
  await store.atomic((orm) => [
    ...store.insertChunks(orm, table, rows, {
      ignoreDuplicates,
      maxRows: MAX_ROWS_PER_STATEMENT,
    }),
    ...indexInsertsFor(store, orm, table, rows, { ignoreDuplicates }),
  ]);
}

/** Sets the self-referencing columns of rows that have them (idempotent), all-or-nothing. */
export async function linkSelfReferences(
  store: Database,
  shape: TableShape,
  page: CanonicalRow[],
): Promise<void> {
  if (shape.selfReferences.length === 0) return;
  const table = tableOf(store, shape);
  const key = columnOf(store, shape, shape.primaryKey.key);
  const linked = page.filter((row) => shape.selfReferences.some((c) => row[c.name] != null));
  if (linked.length === 0) return;
  checkHolds(
    store,
    shape,
    linked.map((row) => drizzleValues(shape, row)),
  );
  await store.atomic((orm) =>
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

const JOURNALS = { postgres: postgresJournal, mysql: mysqlJournal };

/**
 * The migrations a database recorded, by tag (`0002_identities_…`), in order;
 * undefined when it has none (no Hearth schema). D1 records file names in
 * `d1_migrations`; Drizzle's migrator records each migration's journal time.
 */
export async function appliedMigrations(store: Database): Promise<string[] | undefined> {
  try {
    if (store.dialect === "d1") {
      const rows = await store.orm.all<{ name: string }>(
        sql`select name from d1_migrations order by id`,
      );
      return rows.map((row) => row.name.replace(/\.sql$/, ""));
    }
    const table =
      store.dialect === "postgres"
        ? sql`drizzle.__drizzle_migrations`
        : sql.raw("`__drizzle_migrations`");
    const rows = await queryRows<{ created_at: unknown }>(
      store,
      sql`select created_at from ${table} order by created_at`,
    );
    const { entries } = JOURNALS[store.dialect];
    return rows.map(({ created_at }) => {
      const entry = entries.find((e) => e.when === Number(created_at));
      return entry?.tag ?? `unknown migration of ${new Date(Number(created_at)).toISOString()}`;
    });
  } catch (error) {
    // Drivers' reasons are causes of Drizzle's errors.
    const missing = /no such table|does not exist|doesn't exist/;
    if (errorChain(error).some((message) => missing.test(message))) return undefined;
    throw error;
  }
}
