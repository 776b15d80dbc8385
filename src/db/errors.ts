/**
 * Recognises constraint violations from D1, node-postgres and mysql2, so the
 * HTTP layer can answer 409/422 instead of leaking a raw database message.
 * Drizzle wraps driver errors; the original is found along `cause`.
 */
import { getTableConfig } from "drizzle-orm/sqlite-core";
import { tables } from "./schema";

export type ConstraintViolation =
  /** `columns`: the columns whose values collided, when the database says (else empty). */
  | { kind: "unique"; columns: string[] }
  | { kind: "foreign_key"; missingReference: boolean }
  | { kind: "not_null" }
  | { kind: "check" }
  | { kind: "too_long" }
  /** A concurrent write won: deadlock or serialization failure; retrying may succeed. */
  | { kind: "contention" };

function* causes(error: unknown): Generator<DriverError> {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    yield e as DriverError;
    e = (e as DriverError).cause;
  }
}

interface DriverError {
  message?: string;
  /** The failed statement, on Drizzle's wrapper. */
  query?: string;
  code?: string;
  errno?: number;
  /** Postgres: the violated constraint's name, and `Key (a, b)=(…) already exists.` */
  constraint?: string;
  detail?: string;
  cause?: unknown;
}

/**
 * Unique constraints and indexes by name, with their columns. Every dialect's
 * tables are derived from the SQLite definitions, names included, so Postgres
 * and MySQL, which name the constraint rather than its columns, are read here.
 */
const UNIQUE_KEYS = new Map<string, string[]>(
  Object.values(tables).flatMap((table) => {
    const config = getTableConfig(table);
    return [
      ...config.columns
        .filter((column) => column.isUnique)
        .map((column) => [
          column.uniqueName ?? `${config.name}_${column.name}_unique`,
          [column.name],
        ]),
      ...config.indexes
        .filter((index) => index.config.unique)
        .map((index) => [
          index.config.name,
          index.config.columns
            .map((column) => ("name" in column ? column.name : ""))
            .filter(Boolean),
        ]),
      ...config.primaryKeys.map((key) => [key.getName(), key.columns.map((column) => column.name)]),
    ] as [string, string[]][];
  }),
);

/** The primary key's columns of the table a statement writes, for MySQL's `for key 'PRIMARY'`. */
function primaryKeyOf(query: string): string[] {
  const table = /^\s*(?:insert\s+(?:ignore\s+)?into|update)\s+[`"]?(\w+)/i.exec(query)?.[1];
  const config = Object.values(tables)
    .map((t) => getTableConfig(t))
    .find((c) => c.name === table);
  if (!config) return [];
  const composite = config.primaryKeys[0];
  if (composite) return composite.columns.map((column) => column.name);
  return config.columns.filter((column) => column.primary).map((column) => column.name);
}

/** Postgres: the constraint's columns, else those its `detail` names. */
function postgresUniqueColumns(e: DriverError): string[] {
  const known = e.constraint ? UNIQUE_KEYS.get(e.constraint) : undefined;
  if (known) return known;
  const listed = /^Key \(([^)]*)\)=/.exec(e.detail ?? "")?.[1];
  return listed ? listed.split(",").map((column) => column.trim().replace(/^"|"$/g, "")) : [];
}

/** MySQL/MariaDB: `Duplicate entry '…' for key '[table.]name'`. */
function mysqlUniqueColumns(e: DriverError, query: string): string[] {
  const key = /for key '(?:[^']*\.)?([^'.]+)'\s*$/.exec(e.message ?? "")?.[1];
  if (!key) return [];
  return key === "PRIMARY" ? primaryKeyOf(query) : (UNIQUE_KEYS.get(key) ?? []);
}

/** SQLite: `UNIQUE constraint failed: table.a, table.b` or `…: index 'name'`. */
function sqliteUniqueColumns(message: string): string[] {
  const failed = /constraint failed: ([^:]+?)(?::|$)/i.exec(message)?.[1] ?? "";
  const index = /^index '([^']+)'/.exec(failed)?.[1];
  if (index) return UNIQUE_KEYS.get(index) ?? [];
  return failed
    .split(",")
    .map((qualified) => qualified.trim().split(".").pop() ?? "")
    .filter((column) => /^\w+$/.test(column));
}

const POSTGRES: Record<string, (e: DriverError) => ConstraintViolation> = {
  "23505": (e) => ({ kind: "unique", columns: postgresUniqueColumns(e) }),
  "23503": (e) => ({
    kind: "foreign_key",
    missingReference: !/still referenced|update or delete/i.test(e.message ?? ""),
  }),
  "23502": () => ({ kind: "not_null" }),
  "23514": () => ({ kind: "check" }),
  "22001": () => ({ kind: "too_long" }),
  // Text Postgres cannot hold, which D1 and MySQL store: NUL (U+0000) in text, or as \u0000 in jsonb.
  "22021": () => ({ kind: "check" }),
  "22P05": () => ({ kind: "check" }),
  "40001": () => ({ kind: "contention" }),
  "40P01": () => ({ kind: "contention" }),
};

const MYSQL: Record<number, (e: DriverError, query: string) => ConstraintViolation> = {
  1062: (e, query) => ({ kind: "unique", columns: mysqlUniqueColumns(e, query) }),
  1451: () => ({ kind: "foreign_key", missingReference: false }),
  1452: () => ({ kind: "foreign_key", missingReference: true }),
  1048: () => ({ kind: "not_null" }),
  1364: () => ({ kind: "not_null" }),
  3819: () => ({ kind: "check" }),
  4025: () => ({ kind: "check" }),
  1406: () => ({ kind: "too_long" }),
  1213: () => ({ kind: "contention" }),
  1205: () => ({ kind: "contention" }),
};

const SQLITE: [RegExp, (query: string, message: string) => ConstraintViolation][] = [
  [
    /UNIQUE constraint failed|PRIMARY KEY constraint failed/i,
    (_, message) => ({ kind: "unique", columns: sqliteUniqueColumns(message) }),
  ],
  // SQLite does not say which side of the key failed: a delete still has children,
  // an insert or update names a row that is missing.
  [
    /FOREIGN KEY constraint failed/i,
    (query) => ({ kind: "foreign_key", missingReference: !/^\s*delete\b/i.test(query) }),
  ],
  [/NOT NULL constraint failed/i, () => ({ kind: "not_null" })],
  [/CHECK constraint failed/i, () => ({ kind: "check" })],
  [/SQLITE_BUSY|database is locked/i, () => ({ kind: "contention" })],
];

export function constraintViolation(error: unknown): ConstraintViolation | undefined {
  let query = "";
  for (const e of causes(error)) {
    if (typeof e.query === "string") query = e.query;
    if (typeof e.code === "string" && POSTGRES[e.code]) return POSTGRES[e.code]!(e);
    if (typeof e.errno === "number" && MYSQL[e.errno]) return MYSQL[e.errno]!(e, query);
    const match = SQLITE.find(([pattern]) => pattern.test(e.message ?? ""));
    if (match) return match[1](query, e.message ?? "");
  }
  return undefined;
}
