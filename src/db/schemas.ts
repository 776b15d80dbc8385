/**
 * The table set (and relations) each dialect queries with. Derived tables are
 * built once per isolate on first use: immutable definitions, not clients.
 */
import type { DatabaseDialect } from "../config";
import { type DerivedDialect, deriveTables } from "./dialects/derive";
import { type Schema, schema, type Tables, tables } from "./schema";
import { defineRelations } from "./schema/relations";

const derived = new Map<DerivedDialect, { tables: Tables; schema: Schema }>();

export function schemaFor(dialect: DatabaseDialect): { tables: Tables; schema: Schema } {
  if (dialect === "d1") return { tables, schema };
  let entry = derived.get(dialect);
  if (!entry) {
    const dialectTables = deriveTables(dialect);
    entry = {
      tables: dialectTables,
      schema: { ...dialectTables, ...defineRelations(dialectTables) },
    };
    derived.set(dialect, entry);
  }
  return entry;
}
