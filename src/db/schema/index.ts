import { is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { defineRelations } from "./relations";
import * as everything from "./tables";

type Exports = typeof everything;
type TableKeys = {
  [K in keyof Exports]: Exports[K] extends SQLiteTable ? K : never;
}[keyof Exports];

/** The tables of the schema (SQLite definitions; other dialects are derived from these). */
export type Tables = Pick<Exports, TableKeys>;

export const tables = Object.fromEntries(
  Object.entries(everything).filter(([, value]) => is(value, SQLiteTable)),
) as Tables;

export const relations = defineRelations(tables);

/** Tables plus relations: what Drizzle's relational query API needs. */
export const schema = { ...tables, ...relations };
export type Schema = typeof schema;

export * from "./tables";
