/**
 * `@hearth-data/hearth/schema/postgres`: the Postgres tables, derived from the
 * SQLite schema as Hearth's migrations create them (docs/architecture.md §8).
 * Typed like the SQLite tables, as Hearth's own queries use them.
 */
export * from "../db/schema/postgres";
