/**
 * SQL helpers for generated predicates. The permission engine names many constants (object and
 * subject types, values, levels); binding each as a parameter would exceed
 * D1's 100 bound parameters per statement, so constants from this code are
 * inlined as literals and only caller data is bound.
 */
import { aliasedTable, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";

const SAFE_LITERAL = /^[a-z_:]+$/i;

/** A string constant written into the SQL text (never for caller-supplied values). */
export function lit(value: string): SQL {
  if (!SAFE_LITERAL.test(value)) throw new Error(`Not a safe SQL literal: ${value}`);
  return sql.raw(`'${value}'`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID written into the SQL text, for long id lists; anything else is refused. */
export function uuidLiteral(value: string): SQL {
  if (!UUID.test(value)) throw new Error(`Not a UUID: ${value}`);
  return sql.raw(`'${value}'`);
}

export const TRUE = sql`1 = 1`;
export const FALSE = sql`1 = 0`;

/** A table under another name, and the `FROM` item that introduces it. */
export function alias<T extends SQLiteTable>(table: T, name: string) {
  return { table: aliasedTable(table, name), from: sql`${table} ${sql.identifier(name)}` };
}
