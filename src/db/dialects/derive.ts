/**
 * Postgres and MySQL tables derived from the one SQLite schema (docs/architecture.md §8).
 * Every column, primary key, unique constraint, index and foreign key is read
 * from `getTableConfig()` and rebuilt with the other dialect's builders, so the
 * three never drift; `test/tooling/schema-parity.test.ts` proves it.
 */
import { getTableColumns, getTableName, is } from "drizzle-orm";
import * as my from "drizzle-orm/mysql-core";
import * as pg from "drizzle-orm/pg-core";
import { SQL } from "drizzle-orm/sql";
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { type Tables, tables } from "../schema";
import { comparedBytewise } from "../schema/columns";

export type DerivedDialect = "postgres" | "mysql";

/** What a table needs from a dialect's builders; both dialects implement it below. */
interface DialectBuilders {
  table: (
    name: string,
    columns: Record<string, unknown>,
    extra: (cols: any) => unknown[],
  ) => unknown;
  column: (column: SQLiteColumn) => any;
  index: (name: string) => { on: (...cols: any[]) => unknown };
  uniqueIndex: (name: string) => { on: (...cols: any[]) => unknown };
  primaryKey: (config: { name: string; columns: any[] }) => unknown;
  foreignKey: (config: { name: string; columns: any[]; foreignColumns: any[] }) => any;
}

/** The SQLite column kinds the schema uses; anything else is a schema error. */
type ColumnKind = "varchar" | "text" | "json" | "integer" | "boolean" | "timestamp" | "real";

export function columnKind(column: SQLiteColumn): ColumnKind {
  switch (column.columnType) {
    case "SQLiteText":
      return (column as unknown as { length?: number }).length ? "varchar" : "text";
    case "SQLiteTextJson":
      return "json";
    case "SQLiteInteger":
      return "integer";
    case "SQLiteBoolean":
      return "boolean";
    case "SQLiteTimestamp":
      if ((column as unknown as { mode: string }).mode !== "timestamp_ms") break;
      return "timestamp";
    case "SQLiteReal":
      return "real";
  }
  throw new Error(`Unsupported column ${column.name} (${column.columnType}) in the schema`);
}

/** The text columns' declared length (keys, uniques, indexes and enums all have one). */
const lengthOf = (column: SQLiteColumn) => (column as unknown as { length: number }).length;

/** MariaDB stores JSON as text, so parse strings coming back; MySQL already parses. */
const mysqlJson = my.customType<{ data: unknown; driverData: string }>({
  dataType: () => "json",
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) => (typeof value === "string" ? JSON.parse(value) : value),
});

/**
 * MySQL's varchar compared byte for byte (`bytewiseText`): utf8mb4_bin, as
 * MySQL and MariaDB both name it; their default collations hold distinct text
 * equal. Only its SQL type differs from the varchar it extends, so queries,
 * inserts from JSON and value checks see a string column of its length.
 */
class MySqlBytewiseVarChar extends my.MySqlVarChar<any> {
  override getSQLType() {
    return `${super.getSQLType()} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`;
  }
}
class MySqlBytewiseVarCharBuilder extends my.MySqlVarCharBuilder<any> {
  build(table: my.MySqlTable) {
    return new MySqlBytewiseVarChar(table, this.config as any);
  }
}
// The builder's constructor is internal to Drizzle: (name, config), as `my.varchar` calls it.
const mysqlBytewiseVarchar = (name: string, length: number) =>
  new (MySqlBytewiseVarCharBuilder as any)(name, { length });

const postgres: DialectBuilders = {
  table: (name, columns, extra) => pg.pgTable(name, columns as any, extra as any),
  column(c) {
    const enumValues = c.enumValues as [string, ...string[]] | undefined;
    switch (columnKind(c)) {
      case "varchar":
        return pg.varchar(c.name, { length: lengthOf(c), enum: enumValues });
      case "text":
        return pg.text(c.name);
      case "json":
        return pg.jsonb(c.name);
      case "integer":
        return pg.integer(c.name);
      case "boolean":
        return pg.boolean(c.name);
      case "timestamp":
        return pg.timestamp(c.name, { precision: 3, withTimezone: true, mode: "date" });
      case "real":
        return pg.doublePrecision(c.name);
    }
  },
  index: (name) => pg.index(name),
  uniqueIndex: (name) => pg.uniqueIndex(name),
  primaryKey: (config) => pg.primaryKey(config as any),
  foreignKey: (config) => pg.foreignKey(config as any),
};

const mysql: DialectBuilders = {
  table: (name, columns, extra) => my.mysqlTable(name, columns as any, extra as any),
  column(c) {
    const enumValues = c.enumValues as [string, ...string[]] | undefined;
    switch (columnKind(c)) {
      case "varchar":
        return comparedBytewise(c)
          ? mysqlBytewiseVarchar(c.name, lengthOf(c))
          : my.varchar(c.name, { length: lengthOf(c), enum: enumValues });
      case "text":
        return my.text(c.name);
      case "json":
        return mysqlJson(c.name);
      case "integer":
        return my.int(c.name);
      case "boolean":
        return my.boolean(c.name);
      case "timestamp":
        return my.datetime(c.name, { fsp: 3, mode: "date" });
      case "real":
        return my.double(c.name);
    }
  },
  index: (name) => my.index(name),
  uniqueIndex: (name) => my.uniqueIndex(name),
  primaryKey: (config) => my.primaryKey(config as any),
  foreignKey: (config) => my.foreignKey(config as any),
};

const builders: Record<DerivedDialect, DialectBuilders> = { postgres, mysql };

function deriveColumn(b: DialectBuilders, column: SQLiteColumn) {
  let builder = b.column(column);
  if (column.primary) builder = builder.primaryKey();
  if (column.notNull && !column.primary) builder = builder.notNull();
  if (column.isUnique) builder = builder.unique(column.uniqueName);
  if (column.hasDefault && column.default !== undefined) {
    if (is(column.default, SQL)) throw new Error(`SQL default on ${column.name} is not derivable`);
    builder = builder.default(column.default);
  }
  if (column.defaultFn) builder = builder.$defaultFn(column.defaultFn);
  if (column.onUpdateFn) builder = builder.$onUpdateFn(column.onUpdateFn);
  return builder;
}

/** Builds one dialect's copy of every table; foreign keys resolve lazily within the set. */
export function deriveTables(dialect: DerivedDialect): Tables {
  const b = builders[dialect];
  const derived = new Map<string, Record<string, unknown>>();

  const keyOf = (table: SQLiteTable, column: SQLiteColumn) => {
    const key = Object.entries(getTableColumns(table)).find(([, c]) => c === column)?.[0];
    if (!key) throw new Error(`Cannot resolve column ${column.name}`);
    return key;
  };
  // Columns of another (already derived) table, for foreign keys.
  const foreignColumnOf = (table: SQLiteTable, column: SQLiteColumn) => {
    const target = derived.get(getTableName(table));
    if (!target) throw new Error(`Table ${getTableName(table)} is not derived yet`);
    return target[keyOf(table, column)];
  };

  const result: Record<string, unknown> = {};
  for (const [exportName, table] of Object.entries(tables) as [string, SQLiteTable][]) {
    const config = getTableConfig(table);
    const columns = Object.fromEntries(
      Object.entries(getTableColumns(table)).map(([key, column]) => [key, deriveColumn(b, column)]),
    );
    // `own` holds the columns Drizzle hands to the extra-config callback (index builders need those).
    const extra = (own: Record<string, unknown>) => {
      const columnOf = (column: SQLiteColumn) => own[keyOf(table, column)];
      return [
        ...config.indexes.map((ix) => {
          const builder = ix.config.unique
            ? b.uniqueIndex(ix.config.name)
            : b.index(ix.config.name);
          return builder.on(...ix.config.columns.map((c) => columnOf(c as SQLiteColumn)));
        }),
        ...config.primaryKeys.map((pk) =>
          b.primaryKey({ name: pk.getName(), columns: pk.columns.map(columnOf) }),
        ),
        ...config.foreignKeys.map((fk) => {
          const ref = fk.reference();
          let builder = b.foreignKey({
            name: fk.getName(),
            columns: ref.columns.map(columnOf),
            foreignColumns: ref.foreignColumns.map((c) => foreignColumnOf(ref.foreignTable, c)),
          });
          if (fk.onDelete) builder = builder.onDelete(fk.onDelete);
          if (fk.onUpdate) builder = builder.onUpdate(fk.onUpdate);
          return builder;
        }),
      ];
    };
    const built = b.table(config.name, columns, extra) as Record<string, unknown>;
    derived.set(config.name, built);
    result[exportName] = built;
  }
  return result as unknown as Tables;
}
