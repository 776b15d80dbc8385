/**
 * The guard against D1 migrations that lose data (docs/architecture.md §11): every committed
 * migration, applied in order on a real local D1 inside workerd to a database holding rows in
 * every table, keeps every row and every value of the columns it keeps. A new migration in
 * migrations/ is covered by the next `npm test`. The same guard, given drizzle-kit's rebuild of
 * `resources` (test/fixtures/migrations), names the posts and authors it deletes through
 * `ON DELETE CASCADE`, and passes the version that copies them aside and back.
 */
import { applyD1Migrations, type D1Migration, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  type LiveTable,
  parentsFirst,
  quoteName,
  readLiveTables,
} from "../fixtures/d1-live-schema";
import { insertSampleRows, ROWS_PER_TABLE, type Row } from "../fixtures/d1-sample-rows";

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

/**
 * Applies `migrations` one by one to an empty database, putting sample rows in every table
 * before each; returns what each migration lost of the rows before it.
 */
async function lossesAcross(db: D1Database, migrations: D1Migration[]): Promise<string[]> {
  await emptyDatabase(db);
  const found: string[] = [];
  for (const [index, migration] of migrations.entries()) {
    const tables = await readLiveTables(db);
    const inserted = await insertSampleRows(db, tables);
    const before = await takeCensus(db);
    for (const table of tables) {
      expect(before.get(table.name)?.size, table.name).toBeGreaterThanOrEqual(ROWS_PER_TABLE);
      for (const row of inserted.get(table.name)!) {
        expect(before.get(table.name)!.has(rowKey(table, row)), table.name).toBe(true);
      }
    }
    await applyD1Migrations(db, migrations.slice(0, index + 1));
    const lost = losses(before, await takeCensus(db));
    found.push(...lost.map((loss) => `${migration.name}: ${loss}`));
  }
  return found;
}

function fixture(name: string): D1Migration {
  const migration = env.TEST_FIXTURE_MIGRATIONS.find((m) => m.name === name);
  if (!migration) throw new Error(`No fixture migration ${name}`);
  return migration;
}

describe.skipIf(env.TEST_DIALECT !== "d1")("D1 migrations over data in every table", () => {
  it("lose no row and no value of a kept column", async () => {
    expect(await lossesAcross(env.DB, env.TEST_MIGRATIONS)).toEqual([]);
  });

  it.for([
    { pragma: "PRAGMA foreign_keys=OFF", name: "rebuild-resources.sql" },
    { pragma: "PRAGMA defer_foreign_keys=ON", name: "rebuild-resources-deferred.sql" },
  ])("refuse drizzle-kit's rebuild of resources, even with $pragma", async ({ name }) => {
    const found = await lossesAcross(env.DB, [...env.TEST_MIGRATIONS, fixture(name)]);
    const lostTables = new Set(found.map((loss) => loss.split(" ")[1]!.replace(/:$/, "")));
    expect(found.every((loss) => loss.startsWith(`${name}: `))).toBe(true);
    expect([...lostTables].sort()).toEqual(["posts", "resource_authors"]);
    for (const table of ["posts", "resource_authors"]) {
      expect(found).toContainEqual(
        expect.stringMatching(`^${name}: ${table}: \\d+ rows before, 0 after$`),
      );
    }
  });

  it("accept the rebuild that copies posts and authors aside and puts them back", async () => {
    const keeping = fixture("rebuild-resources-keeping-children.sql");
    expect(await lossesAcross(env.DB, [...env.TEST_MIGRATIONS, keeping])).toEqual([]);
  });
});
