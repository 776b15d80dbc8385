/**
 * Postgres and MySQL databases reached by URL from Node, for the scripts and
 * the test setup: a Drizzle database over the tables derived from the SQLite
 * schema (one pg `Client` or one mysql2 connection, closed by `close()`), and
 * the committed migrations applied with Drizzle's own migrator, which records
 * what it applied and skips it next time.
 */
import path from "node:path";
import { drizzle as drizzleMysql, type MySql2Database } from "drizzle-orm/mysql2";
import { migrate as migrateMysql } from "drizzle-orm/mysql2/migrator";
import { drizzle as drizzlePostgres, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import { createConnection } from "mysql2/promise";
import pg from "pg";
import { dialectOfUrl } from "../../src/config";
import type { Tables } from "../../src/db/schema";
import { schemaFor } from "../../src/db/schemas";
import type { ScriptOrm } from "./orm";
import { projectRoot } from "./paths";

export type UrlDialect = "postgres" | "mysql";

export interface UrlDatabase {
  dialect: UrlDialect;
  orm: ScriptOrm;
  tables: Tables;
  close(): Promise<void>;
}

/** Throws a clear error for anything but postgres://, postgresql:// and mysql://. */
export async function openUrlDatabase(url: string): Promise<UrlDatabase> {
  const dialect = dialectOfUrl(url);
  const { tables, schema } = schemaFor(dialect);
  if (dialect === "postgres") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const orm = drizzlePostgres(client, { schema }) as unknown as ScriptOrm;
    return { dialect, orm, tables, close: () => client.end() };
  }
  const connection = await createConnection({ uri: url });
  // "planetscale" mode: relational queries without LATERAL joins, which MariaDB lacks.
  const orm = drizzleMysql(connection, { schema, mode: "planetscale" }) as unknown as ScriptOrm;
  return { dialect, orm, tables, close: () => connection.end() };
}

export async function withUrlDatabase<T>(
  url: string,
  use: (database: UrlDatabase) => Promise<T>,
): Promise<T> {
  const database = await openUrlDatabase(url);
  try {
    return await use(database);
  } finally {
    await database.close();
  }
}

/** Where drizzle-kit writes the dialect's migrations. */
export function migrationsFolder(dialect: UrlDialect): string {
  return path.join(projectRoot, "migrations", dialect);
}

/** Applies the dialect's pending migrations to the database at `url`. */
export function migrateUrl(url: string): Promise<UrlDialect> {
  return withUrlDatabase(url, async ({ dialect, orm }) => {
    const config = { migrationsFolder: migrationsFolder(dialect) };
    if (dialect === "postgres") await migratePostgres(orm as unknown as NodePgDatabase, config);
    else await migrateMysql(orm as unknown as MySql2Database, config);
    return dialect;
  });
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<unparseable URL>";
  }
}
