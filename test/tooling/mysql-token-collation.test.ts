/**
 * Migration 0007 on MySQL/MariaDB (TEST_MYSQL_URL; skipped, and said so, when
 * unset): a database migrated up to the search index (0005), holding index
 * rows, gets a binary collation on `search_terms.token`. Before it, the
 * default collation holds distinct letters beyond the Basic Multilingual
 * Plane equal (one object cannot hold both tokens); after it the rows are
 * all kept, the tokens are distinct, and a token lookup still walks the
 * primary key. Starts the database over, as the worker suites' global setup
 * does, and leaves it fully migrated.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/mysql2";
import { migrate } from "drizzle-orm/mysql2/migrator";
import mysql from "mysql2/promise";
import { afterAll, describe, expect, it } from "vitest";
import { migrateUrl, migrationsFolder } from "../../scripts/lib/url-database";
import { emptyMysql } from "../support/server-database";

const url = process.env.TEST_MYSQL_URL;
if (!url) console.log("Skipping the MySQL token collation migration: TEST_MYSQL_URL is unset.");

const folder = mkdtempSync(path.join(os.tmpdir(), "hearth-collation-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The migrations up to and including `lastTag`, as a folder Drizzle's migrator reads. */
function migrationsUpTo(lastTag: string): string {
  cpSync(migrationsFolder("mysql"), folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
  expect(last, lastTag).toBeGreaterThanOrEqual(0);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

const OBJECT = "0190a5d0-0000-7000-8000-000000000001";
const OTHER = "0190a5d0-0000-7000-8000-000000000002";

describe.skipIf(!url)("search_terms.token on MySQL", { timeout: 120_000 }, () => {
  it("is compared byte for byte after migration 0007 (search_token_bytewise), every index row kept", async () => {
    await emptyMysql(url!);
    const connection = await mysql.createConnection({ uri: url!, charset: "utf8mb4" });
    try {
      await migrate(drizzle(connection), { migrationsFolder: migrationsUpTo("0005_search_index") });
      const insert = (token: string, objectId: string) =>
        connection.query(
          "insert into search_terms (kind, token, object_id, word_weight, prefix_weight) values ('resource', ?, ?, 3, 3)",
          [token, objectId],
        );
      const objectsWith = async (token: string) =>
        (
          (await connection.query(
            "select object_id from search_terms where kind = 'resource' and token = ? order by object_id",
            [token],
          )) as unknown as [{ object_id: string }[]]
        )[0].map((row) => row.object_id);

      // Under the default collation 𐀀 (U+10000) and 𐎍 (U+1038D) are one key.
      await insert("𐀀", OBJECT);
      await insert("𐎍", OTHER);
      await insert("café", OBJECT);
      await expect(insert("𐎍", OBJECT)).rejects.toThrow(/Duplicate entry/);
      expect(await objectsWith("𐀀")).toEqual([OBJECT, OTHER]);

      await migrateUrl(url!);

      const [columns] = (await connection.query(
        "select collation_name from information_schema.columns where table_schema = database() and table_name = 'search_terms' and column_name = 'token'",
      )) as unknown as [{ collation_name: string }[]];
      expect(columns).toEqual([{ collation_name: "utf8mb4_bin" }]);
      const [rows] = (await connection.query(
        "select token, object_id from search_terms order by object_id, token",
      )) as unknown as [{ token: string; object_id: string }[]];
      expect(rows).toEqual([
        { token: "café", object_id: OBJECT },
        { token: "𐀀", object_id: OBJECT },
        { token: "𐎍", object_id: OTHER },
      ]);
      await insert("𐎍", OBJECT);
      expect(await objectsWith("𐀀")).toEqual([OBJECT]);
      expect(await objectsWith("𐎍")).toEqual([OBJECT, OTHER]);
      // Tokens are folded before they are written: other forms are other tokens.
      expect(await objectsWith("CAFÉ")).toEqual([]);
      expect(await objectsWith("cafe")).toEqual([]);
      expect(await objectsWith("café")).toEqual([OBJECT]);

      // A search's lookup (kind, token) still reads the primary key's posting list.
      const [plan] = (await connection.query(
        "explain select object_id from search_terms where kind = 'resource' and token = ? order by object_id desc limit 20",
        ["𐎍"],
      )) as unknown as [{ key: string | null; type: string }[]];
      expect(plan.map(({ key, type }) => ({ key, type }))).toEqual([
        { key: "PRIMARY", type: "ref" },
      ]);
    } finally {
      await connection.end();
    }
  });
});
