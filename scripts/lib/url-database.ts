/**
 * Postgres and MySQL by URL: the committed migrations applied with Drizzle's
 * own migrator, which records what it applied and skips it next time, over a
 * connection of its own (one pg `Client` or mysql2 connection). Scripts query
 * these databases through the worker's Database (./database.ts).
 */
import path from "node:path";
import { drizzle as drizzleMysql } from "drizzle-orm/mysql2";
import { migrate as migrateMysql } from "drizzle-orm/mysql2/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import { createConnection } from "mysql2/promise";
import pg from "pg";
import { dialectOfUrl } from "../../src/config";
import { projectRoot } from "./paths";

export type UrlDialect = "postgres" | "mysql";

/** Where drizzle-kit writes the dialect's migrations. */
export function migrationsFolder(dialect: UrlDialect): string {
  return path.join(projectRoot, "migrations", dialect);
}

/** Applies the dialect's pending migrations to the database at `url`. */
export async function migrateUrl(url: string): Promise<UrlDialect> {
  const dialect = dialectOfUrl(url);
  const config = { migrationsFolder: migrationsFolder(dialect) };
  if (dialect === "postgres") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await migratePostgres(drizzlePostgres(client), config);
    } finally {
      await client.end();
    }
  } else {
    const connection = await createConnection({ uri: url });
    try {
      await migrateMysql(drizzleMysql(connection), config);
    } finally {
      await connection.end();
    }
  }
  return dialect;
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
