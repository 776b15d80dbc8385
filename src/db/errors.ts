/**
 * Recognises constraint violations from D1, node-postgres and mysql2, so the
 * HTTP layer can answer 409/422 instead of leaking a raw database message.
 * Drizzle wraps driver errors; the original is found along `cause`.
 */
export type ConstraintViolation =
  | { kind: "unique" }
  | { kind: "foreign_key"; missingReference: boolean }
  | { kind: "not_null" }
  | { kind: "check" }
  | { kind: "too_long" }
  /** A concurrent write won: deadlock or serialization failure; retrying may succeed. */
  | { kind: "contention" };

interface DriverError {
  message?: string;
  /** The failed statement, on Drizzle's wrapper. */
  query?: string;
  code?: string;
  errno?: number;
  cause?: unknown;
}

function* causes(error: unknown): Generator<DriverError> {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    yield e as DriverError;
    e = (e as DriverError).cause;
  }
}

const POSTGRES: Record<string, (e: DriverError) => ConstraintViolation> = {
  "23505": () => ({ kind: "unique" }),
  "23503": (e) => ({
    kind: "foreign_key",
    missingReference: !/still referenced|update or delete/i.test(e.message ?? ""),
  }),
  "23502": () => ({ kind: "not_null" }),
  "23514": () => ({ kind: "check" }),
  "22001": () => ({ kind: "too_long" }),
  "40001": () => ({ kind: "contention" }),
  "40P01": () => ({ kind: "contention" }),
};

const MYSQL: Record<number, ConstraintViolation> = {
  1062: { kind: "unique" },
  1451: { kind: "foreign_key", missingReference: false },
  1452: { kind: "foreign_key", missingReference: true },
  1048: { kind: "not_null" },
  1364: { kind: "not_null" },
  3819: { kind: "check" },
  4025: { kind: "check" },
  1406: { kind: "too_long" },
  1213: { kind: "contention" },
  1205: { kind: "contention" },
};

const SQLITE: [RegExp, (query: string) => ConstraintViolation][] = [
  [/UNIQUE constraint failed|PRIMARY KEY constraint failed/i, () => ({ kind: "unique" })],
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
    if (typeof e.errno === "number" && MYSQL[e.errno]) return MYSQL[e.errno];
    const match = SQLITE.find(([pattern]) => pattern.test(e.message ?? ""));
    if (match) return match[1](query);
  }
  return undefined;
}
