import { integer, type SQLiteColumn, text } from "drizzle-orm/sqlite-core";
import { uuidv7 } from "../ids";

/** Length of a UUID string: the size of every id and reference column. */
export const ID_LENGTH = 36;

export const id = () =>
  text("id", { length: ID_LENGTH })
    .primaryKey()
    .$defaultFn(() => uuidv7());

/** A reference to another row: a foreign key or the id half of a polymorphic pair. */
export const ref = (name: string) => text(name, { length: ID_LENGTH });

/** The configuration a column builder and the column it builds share (Drizzle keeps one object). */
const configOf = (column: object) => (column as unknown as { config: object }).config;

/** Configurations of the columns made by `bytewiseText`. */
const bytewiseColumns = new WeakSet<object>();

/**
 * Text compared byte for byte on every database, so that distinct values are
 * distinct keys: SQLite (BINARY) and Postgres (a deterministic collation)
 * compare text so already; the derived MySQL column gets a binary collation
 * (docs/architecture.md §8), where the default ones hold case, accents and
 * every character beyond the Basic Multilingual Plane equal.
 */
export function bytewiseText(name: string, length: number) {
  const column = text(name, { length });
  bytewiseColumns.add(configOf(column));
  return column;
}

/** Whether `column` was declared with `bytewiseText`. */
export const comparedBytewise = (column: SQLiteColumn): boolean =>
  bytewiseColumns.has(configOf(column));

/** Millisecond timestamps; Date in JavaScript, ISO 8601 in JSON. */
export const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });

export const timestamps = {
  createdAt: timestamp("created_at")
    .notNull()
    .$defaultFn(() => new Date()),
  updatedAt: timestamp("updated_at")
    .notNull()
    .$defaultFn(() => new Date())
    .$onUpdateFn(() => new Date()),
};

/** A text column holding JSON; jsonb on Postgres, json on MySQL. */
export const json = <T>(name: string) => text(name, { mode: "json" }).$type<T>();

export const bool = (name: string) => integer(name, { mode: "boolean" });

export const LISTING_STATUSES = ["LISTED", "UNLISTED"] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const status = () =>
  text("status", { length: 16, enum: LISTING_STATUSES }).notNull().default("LISTED");
