/**
 * SQL helpers for generated predicates. The permission engine names many constants (object and
 * subject types, values, levels); binding each as a parameter would exceed
 * D1's 100 bound parameters per statement, so constants from this code are
 * inlined as literals and only caller data is bound.
 */
import { aliasedTable, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "./database";

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

/** What rendering a fragment needs from the dialect Drizzle was built with. */
interface SqlRenderer {
  casing: unknown;
  escapeName(name: string): string;
  escapeString(value: string): string;
}

/** Never in SQL text Drizzle renders: marks where a bound value goes. */
const PARAM_MARK = "\u0000";

/**
 * The fragment rendered once into plain SQL text and its bound values, as a
 * fragment that renders again in almost no time. Drizzle renders nested
 * fragments chunk by chunk; for large ones reused across requests (the
 * permission engine's predicates) that is most of a request's CPU. The values
 * stay bound, and placeholders are numbered again where the fragment is used.
 */
export function prerender(db: Database, fragment: SQL): SQL {
  const dialect = (db.orm as unknown as { dialect: SqlRenderer }).dialect;
  const rendered = fragment.toQuery({
    casing: dialect.casing as never,
    escapeName: (name) => dialect.escapeName(name),
    escapeString: (value) => dialect.escapeString(value),
    escapeParam: () => PARAM_MARK,
  });
  const texts = rendered.sql.split(PARAM_MARK);
  return sql.join(
    texts.flatMap((text, index) =>
      index < rendered.params.length
        ? [sql.raw(text), sql`${rendered.params[index]}`]
        : [sql.raw(text)],
    ),
  );
}
