import fs from "node:fs";
import path from "node:path";
import type { SqliteSnapshot } from "./d1-safety";
import { readJournal, readSnapshot } from "./drizzle-journal";
import { repoRelative } from "./repo";

export interface D1MigrationFile {
  /** Repository-relative path. */
  file: string;
  sql: string;
  /** The schema the migration starts from: the snapshot of the migration before it. */
  schemaBefore: SqliteSnapshot;
}

const EMPTY_SCHEMA: SqliteSnapshot = { tables: {} };

/**
 * Every D1 migration in the order wrangler applies them (by file name), including any written
 * by hand outside drizzle-kit's journal, each with the schema it starts from.
 */
export function readD1MigrationFiles(migrationsDir: string): D1MigrationFile[] {
  const journal = readJournal(migrationsDir);
  return fs
    .readdirSync(migrationsDir)
    .filter((name) => name.endsWith(".sql"))
    .sort()
    .map((name) => {
      const earlier = journal.filter(({ tag }) => `${tag}.sql` < name).at(-1);
      const file = path.join(migrationsDir, name);
      return {
        file: repoRelative(file),
        sql: fs.readFileSync(file, "utf8"),
        schemaBefore: earlier
          ? readSnapshot<SqliteSnapshot>(migrationsDir, earlier.tag)
          : EMPTY_SCHEMA,
      };
    });
}

/** The schema after the last migration: what the next migration will start from. */
export function latestD1Schema(migrationsDir: string): SqliteSnapshot {
  const last = readJournal(migrationsDir).at(-1);
  return last ? readSnapshot<SqliteSnapshot>(migrationsDir, last.tag) : EMPTY_SCHEMA;
}
