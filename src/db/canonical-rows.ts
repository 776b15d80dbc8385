/**
 * The one canonical form of a row, used by db:transfer, db:verify, db:export
 * and db:import alike, and by the worker's transfer endpoints that stream rows
 * out of and into a deployed Hearth: every table and column is read from the Drizzle schema
 * (getTableConfig), never from a hand list. A canonical row maps each SQL
 * column name to a JSON value: timestamps as epoch milliseconds, booleans as
 * booleans, JSON columns as the parsed value, NULL as null. Whatever database
 * a row comes from, the same data gives the same canonical row, the same
 * NDJSON line and the same digest.
 */
import { getTableColumns } from "drizzle-orm";
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { columnKind } from "./dialects/derive";
import { type Tables, tables } from "./schema";

export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };
export type CanonicalRow = Record<string, JsonValue>;
export type TableKey = keyof Tables;

export interface ColumnShape {
  /** The property Drizzle names it by. */
  key: string;
  /** The SQL column name: the key of the canonical row. */
  name: string;
  kind: ReturnType<typeof columnKind>;
  column: SQLiteColumn;
}

export interface TableShape {
  key: TableKey;
  name: string;
  columns: ColumnShape[];
  /** The single-column primary key the keyset pages follow. */
  primaryKey: ColumnShape;
  /** Columns referencing this same table: written after every row exists. */
  selfReferences: ColumnShape[];
}

function shapeOf(key: TableKey, table: SQLiteTable): TableShape {
  const config = getTableConfig(table);
  const columns = Object.entries(getTableColumns(table)).map(([property, column]) => ({
    key: property,
    name: column.name,
    kind: columnKind(column as SQLiteColumn),
    column: column as SQLiteColumn,
  }));
  const keyColumns = [
    ...columns.filter((c) => c.column.primary),
    ...config.primaryKeys.flatMap((pk) =>
      pk.columns.map((pc) => columns.find((c) => c.name === pc.name)!),
    ),
  ];
  if (keyColumns.length !== 1) {
    throw new Error(`Table ${config.name} needs a single-column primary key to be transferred`);
  }
  const selfReferences = config.foreignKeys
    .map((fk) => fk.reference())
    .filter((ref) => getTableConfig(ref.foreignTable).name === config.name)
    .flatMap((ref) => ref.columns.map((rc) => columns.find((c) => c.name === rc.name)!));
  return { key, name: config.name, columns, primaryKey: keyColumns[0]!, selfReferences };
}

/**
 * Tables whose rows are no data of the platform's: idempotency keys are the
 * stored answers of one deployment's recent requests, meaningless to another
 * and gone within a day; the search index is derived from the objects and
 * written with them wherever they are written (`writeRows`).
 */
const NOT_TRANSFERRED: ReadonlySet<TableKey> = new Set(["idempotencyKeys", "searchTerms"]);

/**
 * Every table transferred (all but `NOT_TRANSFERRED`) in foreign-key order: a table comes after the tables it
 * references (references to itself are written in a second pass).
 */
export function tablesInDependencyOrder(): TableShape[] {
  const entries = (Object.entries(tables) as [TableKey, SQLiteTable][]).filter(
    ([key]) => !NOT_TRANSFERRED.has(key),
  );
  const byName = new Map(entries.map(([key, table]) => [getTableConfig(table).name, key]));
  const dependencies = new Map(
    entries.map(([key, table]) => {
      const config = getTableConfig(table);
      const names = config.foreignKeys
        .map((fk) => getTableConfig(fk.reference().foreignTable).name)
        .filter((name) => name !== config.name);
      return [key, names.map((name) => byName.get(name)!)];
    }),
  );
  const ordered: TableKey[] = [];
  const visiting = new Set<TableKey>();
  const visit = (key: TableKey) => {
    if (ordered.includes(key)) return;
    if (visiting.has(key)) throw new Error(`Foreign keys form a cycle through ${key}`);
    visiting.add(key);
    for (const dependency of dependencies.get(key)!) visit(dependency);
    visiting.delete(key);
    ordered.push(key);
  };
  // Sorted first, so the order is the same on every run and machine.
  for (const [key] of [...entries].sort(([a], [b]) => a.localeCompare(b))) visit(key);
  return ordered.map((key) => shapeOf(key, tables[key] as SQLiteTable));
}

/** A row as Drizzle returns it (Date, boolean, parsed JSON) in canonical form. */
export function canonicalRow(shape: TableShape, row: Record<string, unknown>): CanonicalRow {
  const canonical: CanonicalRow = {};
  for (const { key, name, kind } of shape.columns) {
    const value = row[key];
    if (value === null || value === undefined) canonical[name] = null;
    else if (kind === "timestamp") canonical[name] = (value as Date).getTime();
    else canonical[name] = value as JsonValue;
  }
  return canonical;
}

/** A canonical row as Drizzle inserts it: keyed by property, timestamps as Date. */
export function drizzleValues(shape: TableShape, row: CanonicalRow): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const { key, name, kind } of shape.columns) {
    const value = row[name] ?? null;
    values[key] = kind === "timestamp" && value !== null ? new Date(value as number) : value;
  }
  return values;
}

/** JSON with object keys sorted: Postgres jsonb and MySQL json reorder keys. */
function sortedJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson(value[k]!)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** One line: the column values in schema order. The digest and the NDJSON files both use it. */
export function canonicalLine(shape: TableShape, row: CanonicalRow): string {
  return `{${shape.columns
    .map(({ name }) => `${JSON.stringify(name)}:${sortedJson(row[name] ?? null)}`)
    .join(",")}}`;
}

/** The primary key of a canonical row, as a string for messages and maps. */
export function rowId(shape: TableShape, row: CanonicalRow): string {
  return String(row[shape.primaryKey.name]);
}

let shapesByName: Map<string, TableShape> | undefined;

/** The table whose SQL name is `name`, in canonical terms; undefined for any other name. */
export function tableShape(name: string): TableShape | undefined {
  shapesByName ??= new Map(tablesInDependencyOrder().map((shape) => [shape.name, shape]));
  return shapesByName.get(name);
}
