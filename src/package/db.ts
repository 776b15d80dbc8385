/**
 * `@hearth-data/hearth/db`: the database Hearth's worker opens for each
 * request, for another worker (or script) on the same database. The bindings
 * choose it as they do for Hearth: HYPERDRIVE, else DATABASE_URL, else the D1
 * binding DB; the dialect adapter comes with it, so the same calls behave the
 * same on D1, Postgres and MySQL.
 */
import { type DatabaseBindings, databaseTargetOf } from "../config";
import { type Database, openDatabase as openTarget } from "../db/database";
import type { SessionStart } from "../db/sessions";

export type { DatabaseBindings, DatabaseDialect, DatabaseTarget } from "../config";
export { columnHolds, Database, type Orm } from "../db/database";
export type { Schema, Tables } from "../db/schema";
export type { SessionStart } from "../db/sessions";

/**
 * Opens the database `env` selects. Nothing connects until the first query;
 * on Postgres and MySQL close it when done (`ctx.waitUntil(db.close())` in a
 * worker). On D1 its queries run in one session starting at `session`
 * (default: the primary, which sees every write).
 */
export function openDatabase(env: DatabaseBindings, session?: SessionStart): Database {
  return openTarget(env, databaseTargetOf(env), session);
}
