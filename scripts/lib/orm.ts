import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type { Schema } from "../../src/db/schema";

/**
 * How the scripts type a Drizzle database, whatever runs underneath: like the
 * app's queries, against the SQLite schema. On Postgres/MySQL the same builder
 * calls run on that dialect's client with the derived tables (docs/architecture.md §8).
 */
export type ScriptOrm = BaseSQLiteDatabase<"async", unknown, Schema>;
