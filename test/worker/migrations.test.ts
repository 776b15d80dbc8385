/**
 * D1 migrations on a real local D1 inside workerd (docs/architecture.md §11): every migration, applied in
 * order to a database holding data in every table, loses no row; and the hazard `db:check`
 * guards against — a drizzle-kit table rebuild deleting the rows of cascading children —
 * happens for real. (That the analyzer refuses and accepts the same fixtures is asserted in
 * test/tooling/migrations-safety.test.ts.)
 */
import { applyD1Migrations, env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { splitSqlStatements } from "../../scripts/db/sql-statements";
import {
  type LiveTable,
  parentsFirst,
  quoteName,
  readLiveTables,
} from "../fixtures/d1-live-schema";
import { insertSampleRows, ROWS_PER_TABLE, type Row } from "../fixtures/d1-sample-rows";
import rebuildResources from "../fixtures/migrations/rebuild-resources.sql?raw";
import rebuildResourcesDeferred from "../fixtures/migrations/rebuild-resources-deferred.sql?raw";
import rebuildResourcesKeepingChildren from "../fixtures/migrations/rebuild-resources-keeping-children.sql?raw";

/** Every row of every table, by table, each keyed by its primary key (whole row if none). */
type Census = Map<string, Map<string, Row>>;

async function takeCensus(db: D1Database): Promise<Census> {
  const tables = await readLiveTables(db);
  if (tables.length === 0) return new Map();
  const results = await db.batch<Row>(
    tables.map(({ name }) => db.prepare(`SELECT * FROM ${quoteName(name)}`)),
  );
  return new Map(
    tables.map((table, i) => [
      table.name,
      new Map(results[i]!.results.map((row) => [rowKey(table, row), row])),
    ]),
  );
}

function rowKey(table: LiveTable, row: Row): string {
  const key = table.primaryKey.length > 0 ? table.primaryKey.map((column) => row[column]) : row;
  return JSON.stringify(key);
}

/** What `after` lost of `before`: tables, row counts, rows by key, and values of kept columns. */
function losses(before: Census, after: Census): string[] {
  return [...before].flatMap(([table, rowsBefore]) => {
    const rowsAfter = after.get(table);
    if (!rowsAfter) return [`${table}: the table is gone with its ${rowsBefore.size} rows`];
    const found: string[] = [];
    if (rowsAfter.size < rowsBefore.size) {
      found.push(`${table}: ${rowsBefore.size} rows before, ${rowsAfter.size} after`);
    }
    for (const [key, row] of rowsBefore) {
      const now = rowsAfter.get(key);
      if (!now) {
        found.push(`${table} ${key}: the row is gone`);
        continue;
      }
      for (const column of Object.keys(row).filter((name) => name in now)) {
        if (now[column] !== row[column]) {
          found.push(`${table} ${key}: ${column} was ${row[column]}, is ${now[column]}`);
        }
      }
    }
    return found;
  });
}

/** Drops every table, migrations ledger included: the shared setup already migrated this file's database. */
async function emptyDatabase(db: D1Database): Promise<void> {
  const childrenFirst = parentsFirst(await readLiveTables(db)).reverse();
  const names = [...childrenFirst.map(({ name }) => name), "d1_migrations"];
  await db.batch(names.map((name) => db.prepare(`DROP TABLE IF EXISTS ${quoteName(name)}`)));
}

/** Applies SQL the way wrangler applies a migration: all statements in one transaction. */
async function applySqlMigration(db: D1Database, name: string, sql: string): Promise<void> {
  await applyD1Migrations(db, [{ name, queries: splitSqlStatements(sql) }]);
}

async function countRows(db: D1Database, table: string): Promise<number> {
  const row = await db
    .prepare(`SELECT count(*) AS n FROM ${quoteName(table)}`)
    .first<{ n: number }>();
  return row!.n;
}

describe.skipIf(env.TEST_DIALECT !== "d1")("D1 migrations", () => {
  it("apply one by one over data in every table without losing a row", async () => {
    const db = env.DB;
    await emptyDatabase(db);
    for (const [index, migration] of env.TEST_MIGRATIONS.entries()) {
      const before = await takeCensus(db);
      await applyD1Migrations(db, env.TEST_MIGRATIONS.slice(0, index + 1));
      expect(losses(before, await takeCensus(db)), `rows lost by ${migration.name}`).toEqual([]);

      // Data for the next migration to carry, in every table that now exists.
      const tables = await readLiveTables(db);
      const inserted = await insertSampleRows(db, tables);
      const census = await takeCensus(db);
      for (const table of tables) {
        expect(census.get(table.name)?.size, table.name).toBeGreaterThanOrEqual(ROWS_PER_TABLE);
        for (const row of inserted.get(table.name)!) {
          expect(census.get(table.name)!.has(rowKey(table, row)), table.name).toBe(true);
        }
      }
    }
  });
});

describe.skipIf(env.TEST_DIALECT !== "d1")("a drizzle-kit rebuild of resources on D1", () => {
  let postsBefore: number;
  let authorsBefore: number;
  beforeEach(async () => {
    await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
    await insertSampleRows(env.DB, await readLiveTables(env.DB));
    postsBefore = await countRows(env.DB, "posts");
    authorsBefore = await countRows(env.DB, "resource_authors");
    expect(postsBefore).toBeGreaterThan(0);
    expect(authorsBefore).toBeGreaterThan(0);
  });

  it.for([
    {
      pragma: "PRAGMA foreign_keys=OFF",
      name: "9000_rebuild_foreign_keys_off",
      sql: rebuildResources,
    },
    {
      pragma: "PRAGMA defer_foreign_keys=ON",
      name: "9000_rebuild_deferred",
      sql: rebuildResourcesDeferred,
    },
  ])("deletes every post and author, even with $pragma", async ({ name, sql }) => {
    const resourcesBefore = await countRows(env.DB, "resources");
    await applySqlMigration(env.DB, name, sql);
    expect(await countRows(env.DB, "resources")).toBe(resourcesBefore);
    expect(await countRows(env.DB, "posts")).toBe(0);
    expect(await countRows(env.DB, "resource_authors")).toBe(0);
  });

  it("keeps every row when the migration copies the children aside and puts them back", async () => {
    const before = await takeCensus(env.DB);
    await applySqlMigration(
      env.DB,
      "9001_rebuild_resources_keeping_children",
      rebuildResourcesKeepingChildren,
    );
    expect(losses(before, await takeCensus(env.DB))).toEqual([]);
    expect(await countRows(env.DB, "posts")).toBe(postsBefore);
    expect(await countRows(env.DB, "resource_authors")).toBe(authorsBefore);
  });
});
