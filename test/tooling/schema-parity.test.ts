/**
 * The Postgres and MySQL tables (as drizzle-kit reads them) agree with the one
 * SQLite schema: same tables, columns, keys, indexes and foreign keys (docs/architecture.md §8).
 */
import { getTableColumns, getTableName, type Table } from "drizzle-orm";
import { getTableConfig as mysqlConfig } from "drizzle-orm/mysql-core";
import { getTableConfig as pgConfig } from "drizzle-orm/pg-core";
import { type SQLiteColumn, getTableConfig as sqliteConfig } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { columnKind } from "../../src/db/dialects/derive";
import { tables } from "../../src/db/schema";
import { comparedBytewise } from "../../src/db/schema/columns";
import * as mysqlTables from "../../src/db/schema/mysql";
import * as postgresTables from "../../src/db/schema/postgres";

type AnyConfig = ReturnType<typeof sqliteConfig>;
const configOf = {
  sqlite: (table: Table) => sqliteConfig(table as never) as AnyConfig,
  postgres: (table: Table) => pgConfig(table as never) as unknown as AnyConfig,
  mysql: (table: Table) => mysqlConfig(table as never) as unknown as AnyConfig,
};

/**
 * The SQL type each dialect must use for a column of the SQLite schema. Text
 * compared byte for byte is so already on SQLite and Postgres; MySQL's needs
 * a binary collation.
 */
function expectedType(column: SQLiteColumn, dialect: "postgres" | "mysql"): string {
  const length = (column as unknown as { length?: number }).length;
  if (comparedBytewise(column) && dialect === "mysql") {
    return `varchar(${length}) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`;
  }
  const types = {
    varchar: { postgres: `varchar(${length})`, mysql: `varchar(${length})` },
    text: { postgres: "text", mysql: "text" },
    json: { postgres: "jsonb", mysql: "json" },
    integer: { postgres: "integer", mysql: "int" },
    boolean: { postgres: "boolean", mysql: "boolean" },
    timestamp: { postgres: "timestamp (3) with time zone", mysql: "datetime(3)" },
    real: { postgres: "double precision", mysql: "double" },
  } as const;
  return types[columnKind(column)][dialect];
}

/** A dialect-neutral description of a table's structure. */
function describeTable(config: AnyConfig) {
  const names = (columns: { name: string }[]) => columns.map((c) => c.name);
  return {
    name: config.name,
    columns: config.columns.map((c) => ({
      name: c.name,
      notNull: c.notNull,
      primary: c.primary,
      unique: c.isUnique ? c.uniqueName : null,
      default: c.default ?? null,
      enumValues: c.enumValues ?? null,
      generatesValue: Boolean(c.defaultFn),
      updatesValue: Boolean(c.onUpdateFn),
    })),
    primaryKeys: config.primaryKeys.map((pk) => ({
      name: pk.getName(),
      columns: names(pk.columns),
    })),
    indexes: config.indexes
      .map((ix) => ({
        name: ix.config.name,
        unique: ix.config.unique,
        columns: names(ix.config.columns as { name: string }[]),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const ref = fk.reference();
        return {
          name: fk.getName(),
          columns: names(ref.columns),
          foreignTable: getTableName(ref.foreignTable),
          foreignColumns: names(ref.foreignColumns),
          onDelete: fk.onDelete,
          onUpdate: fk.onUpdate ?? "no action",
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

const derived = { postgres: postgresTables, mysql: mysqlTables } as const;

describe.each(["postgres", "mysql"] as const)("%s tables", (dialect) => {
  it("export exactly the tables of the schema", () => {
    expect(Object.keys(derived[dialect]).sort()).toEqual(Object.keys(tables).sort());
  });

  describe.each(Object.keys(tables))("%s", (name) => {
    const source = tables[name as keyof typeof tables] as Table;
    const target = derived[dialect][name as keyof (typeof derived)[typeof dialect]] as Table;

    it("has the same columns, keys, indexes and foreign keys", () => {
      expect(describeTable(configOf[dialect](target))).toEqual(
        describeTable(configOf.sqlite(source)),
      );
    });

    it("maps every column to the dialect's type", () => {
      const targetColumns = getTableColumns(target);
      for (const [key, column] of Object.entries(getTableColumns(source))) {
        const sqlType = (targetColumns[key] as unknown as { getSQLType(): string }).getSQLType();
        expect(`${column.name} ${sqlType}`).toBe(
          `${column.name} ${expectedType(column as SQLiteColumn, dialect)}`,
        );
      }
    });

    it("declares ON DELETE on every foreign key", () => {
      for (const fk of configOf[dialect](target).foreignKeys) {
        expect(fk.onDelete, fk.getName()).toBeDefined();
      }
    });
  });
});

describe("text compared byte for byte", () => {
  it("is the search index's token, a binary collation on MySQL and the default elsewhere", () => {
    const columns = (table: Table) =>
      Object.fromEntries(
        Object.values(getTableColumns(table)).map((c) => [
          c.name,
          (c as unknown as { getSQLType(): string }).getSQLType(),
        ]),
      );
    expect(comparedBytewise(tables.searchTerms.token)).toBe(true);
    expect(comparedBytewise(tables.searchTerms.kind)).toBe(false);
    expect(columns(mysqlTables.searchTerms).token).toBe(
      "varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
    );
    expect(columns(postgresTables.searchTerms).token).toBe("varchar(32)");
    expect(columns(tables.searchTerms).token).toBe("text(32)");
  });
});
