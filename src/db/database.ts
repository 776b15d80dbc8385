/**
 * The per-request database: a Drizzle client over the dialect in use, the
 * dialect's tables, and the small adapter that owns every difference between
 * D1, Postgres and MySQL. Handlers and queries never branch on the dialect.
 *
 * Query code is typed against the SQLite schema; on Postgres/MySQL the same
 * builder calls run on that dialect's Drizzle client with the derived tables.
 */
import {
  and,
  type Column,
  createTableRelationsHelpers,
  type ExtractTablesWithRelations,
  eq,
  extractTablesRelationalConfig,
  getTableColumns,
  inArray,
  is,
  type RelationalSchemaConfig,
  SQL,
  sql,
  type Table,
} from "drizzle-orm";
import { DrizzleD1Database, SQLiteD1Session } from "drizzle-orm/d1";
import { MySqlDialect } from "drizzle-orm/mysql-core";
import { MySql2Database, MySql2Session } from "drizzle-orm/mysql2";
import { NodePgDatabase, NodePgSession } from "drizzle-orm/node-postgres";
import { PgDialect } from "drizzle-orm/pg-core";
import { SQLiteAsyncDialect, type SQLiteColumn, type SQLiteTable } from "drizzle-orm/sqlite-core";
import type { DatabaseBindings, DatabaseDialect, DatabaseTarget } from "../config";
import { conflict, preconditionFailed } from "../errors";
import { refreshCopies } from "./copies";
import type { Batching } from "./drivers/batching";
import { instrumentD1 } from "./drivers/d1";
import { openMysql } from "./drivers/mysql";
import { openPostgres } from "./drivers/postgres";
import { constraintViolation } from "./errors";
import {
  type Change,
  deletedRows,
  type EventAuthor,
  eventImageRefresh,
  eventSelect,
  keyColumnName,
  NO_AUTHOR,
  upsertEventType,
} from "./events";
import { QueryMetrics } from "./metrics";
import { allOf, type Plan, type PlanResult } from "./plan";
import type { Schema, Tables } from "./schema";
import { schemaFor } from "./schemas";
import {
  reindexStatements,
  type SearchKind,
  searchedFields,
  searchKindOf,
} from "./search/search-index";
import type { SessionStart } from "./sessions";

export type Orm = DrizzleD1Database<Schema>;

/** Anything Drizzle can execute: a query builder or prepared statement. */
type Executable = PromiseLike<unknown>;

/** Bound parameters per statement on D1 (docs/architecture.md §10). */
const D1_MAX_PARAMS = 100;
/** D1 refuses statements over 100 KB; rows measured by their values stay under it with room to spare. */
const D1_MAX_BYTES = 90_000;
const utf8 = new TextEncoder();
/** JSON per statement of `insertFromJson`: well under D1's 100 KB per statement. */
const JSON_CHUNK_BYTES = 60_000;
/** Postgres and MySQL accept 65535 parameters per statement. */
const SERVER_MAX_PARAMS = 65_535;
/** An unpaired surrogate: text no database column holds. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/** The schema's integers are 32-bit on Postgres and MySQL (D1's are 64-bit). */
const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
/** Timestamps all three databases hold (MySQL's datetime spans years 1000–9999). */
const TIMESTAMPS = { min: Date.UTC(1000, 0, 1), max: Date.UTC(10000, 0, 1) - 1 };

/**
 * Whether a (non-key) column of `dialect` can hold `value`, given as Drizzle
 * takes it (a Date for timestamps): values from outside, such as a cursor's
 * position or a row being transferred, are checked here rather than refused by
 * the driver.
 */
export function columnHolds(dialect: DatabaseDialect, column: Column, value: unknown): boolean {
  switch (column.dataType) {
    case "string":
      return (
        typeof value === "string" &&
        !LONE_SURROGATE.test(value) &&
        // Postgres text cannot hold NUL.
        !(dialect === "postgres" && value.includes("\u0000"))
      );
    case "number":
      return (
        Number.isSafeInteger(value) &&
        (dialect === "d1" || ((value as number) >= INT32.min && (value as number) <= INT32.max))
      );
    case "boolean":
      return typeof value === "boolean";
    case "date":
      return (
        value instanceof Date &&
        value.getTime() >= TIMESTAMPS.min &&
        value.getTime() <= TIMESTAMPS.max
      );
    default:
      return false;
  }
}

/**
 * Splits rows into groups one multi-row statement each can carry on `dialect`:
 * rows × columns within its bound parameters (D1: 100, so a handful of rows),
 * on D1 also within its 100 KB per statement, and at most `maxRows` rows.
 */
export function statementChunks<T extends object>(
  dialect: DatabaseDialect,
  columns: number,
  rows: T[],
  maxRows = Number.POSITIVE_INFINITY,
): T[][] {
  const limit = dialect === "d1" ? D1_MAX_PARAMS : SERVER_MAX_PARAMS;
  const perStatement = Math.max(1, Math.min(maxRows, Math.floor(limit / columns)));
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = dialect === "d1" ? valueBytes(row) : 0;
    if (chunk.length >= perStatement || (chunk.length > 0 && bytes + size > D1_MAX_BYTES)) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(row);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** About how many bytes a row's values take in a statement (SQL expressions not counted). */
function valueBytes(row: object): number {
  let bytes = 0;
  for (const value of Object.values(row)) {
    if (typeof value === "string") bytes += utf8.encode(value).length;
    else if (value !== null && typeof value === "object" && !is(value, SQL)) {
      bytes += utf8.encode(JSON.stringify(value)).length;
    } else bytes += 8;
  }
  return bytes;
}

/**
 * What an `If-Match` asks of a write: that the row be at one of these versions
 * (its `updated_at`), or `*`: that it exist (see src/http/conditional.ts).
 */
export type ExpectedVersions = Date[] | "*";

/** Whether a row's `updated_at` is one of `versions` (none: false, whatever the row). */
export const versionIn = (updatedAt: Column, versions: Date[]): SQL =>
  versions.length === 0 ? sql`1 = 0` : inArray(updatedAt, versions);

/** The condition a write puts in its WHERE for `expected` (none for no `If-Match` or `*`). */
export const versionOf = (
  table: { updatedAt: Column },
  expected: ExpectedVersions | undefined,
): SQL | undefined =>
  expected === undefined || expected === "*" ? undefined : versionIn(table.updatedAt, expected);

/**
 * The `updated_at` a conditional write sets: now, or 1 ms past the latest
 * version it may find, so that the version always moves.
 */
export const nextVersion = (expected: Date[]): Date =>
  new Date(Math.max(Date.now(), ...expected.map((version) => version.getTime() + 1)));

/** The rows of a raw query (such as one about the migrations tables), on whichever database. */
export async function queryRows<Row>(database: Database, query: SQL): Promise<Row[]> {
  if (database.dialect === "d1") return database.orm.all<Row>(query);
  // Drizzle's Postgres client answers { rows }, its MySQL client [rows, fields].
  const orm = database.orm as unknown as { execute(q: SQL): Promise<unknown> };
  const result = (await orm.execute(query)) as { rows: Row[] } | [Row[]];
  return Array.isArray(result) ? result[0] : result.rows;
}

/** The statements that record events (`Database.recordEvents`): `atomic` numbers the writes holding one. */
const eventStatements = new WeakSet<object>();

export class Database {
  readonly metrics: QueryMetrics;

  /** Who the events of this database's writes name (set once the request's caller is known). */
  author: EventAuthor = NO_AUTHOR;

  /** Whether a write that recorded events has committed: the outbox has something new (webhooks). */
  eventsCommitted = false;

  /**
   * Whether an OR of equalities on an outer row's values, inside a correlated
   * subquery, still seeks an index. MariaDB/MySQL cannot: they scan every row
   * matching the other conditions instead (the permission lookup of a 20-row
   * page read 150k rows at 100k resources), so such lookups are split there.
   */
  readonly indexesCorrelatedOr: boolean;

  constructor(
    readonly dialect: DatabaseDialect,
    readonly orm: Orm,
    readonly t: Tables,
    metrics: QueryMetrics,
    private readonly closeConnection: () => Promise<void>,
    private readonly currentBatching: () => Batching,
    private readonly sessionBookmark: () => string | null = () => null,
  ) {
    this.metrics = metrics;
    this.indexesCorrelatedOr = dialect !== "mysql";
  }

  /** Closes the connection, if one was opened (Postgres/MySQL). */
  close(): Promise<void> {
    return this.closeConnection();
  }

  /**
   * The D1 session's bookmark after the queries so far: a later session started
   * from it sees everything this one saw and wrote. Null before the first query,
   * and always on Postgres/MySQL.
   */
  bookmark(): string | null {
    return this.sessionBookmark();
  }

  /**
   * How statements issued together (`read`, `atomic`) reach the database: a
   * D1 `batch()`, pipelined (Postgres), one multi-statement query (MySQL), or
   * one round trip each (DATABASE_BATCHING=sequential, or `auto` after the
   * server refused the batched form).
   */
  batching(): Batching {
    return this.currentBatching();
  }

  /** One round trip that proves the database answers. */
  async ping(): Promise<void> {
    await this.run(sql`select 1`);
  }

  /**
   * Starts a raw statement whose rows are not needed, at once (Drizzle's
   * Postgres `execute` is lazy, its MySQL one is not), on whichever client is in use.
   */
  private run(statement: SQL): Promise<unknown> {
    const orm = this.orm as unknown as Record<"run" | "execute", (q: SQL) => PromiseLike<unknown>>;
    const query = this.dialect === "d1" ? orm.run(statement) : orm.execute(statement);
    return new Promise((resolve, reject) => query.then(resolve, reject));
  }

  /**
   * Several reads in one round trip: one D1 `batch()`; on Postgres and MySQL
   * the statements are issued together and the driver sends them at once (or
   * in turn, when it sends sequentially).
   */
  async read<T extends Executable[]>(
    build: (orm: Orm) => [...T],
  ): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
    const statements = build(this.orm);
    const results =
      this.dialect === "d1" && statements.length > 1
        ? await this.batch(statements)
        : await issueTogether(statements.map(started));
    return results as { [K in keyof T]: Awaited<T[K]> };
  }

  /**
   * Every plan's statements in one round trip (see `read`), each plan reading
   * its own results: how handlers run their checks, pages and includes together.
   */
  async load<const P extends readonly Plan<unknown>[]>(
    ...plans: P
  ): Promise<{ -readonly [K in keyof P]: PlanResult<P[K]> }> {
    const all = allOf(...plans);
    const statements = [...all.statements];
    return all.read(statements.length === 0 ? [] : await this.read(() => statements));
  }

  /**
   * Runs writes all-or-nothing in one round trip: one `batch()` on D1 (its only
   * form of transaction); elsewhere a transaction whose begin, statements and
   * commit are issued together (sent in turn on one connection when the driver
   * sends sequentially: it stops at a failure, so the commit never follows one). `build` must return unstarted Drizzle queries
   * (they run when awaited, as `batch()` requires); results come back in order.
   * A batch holding statements of `recordEvents` is numbered first (§19).
   */
  async atomic(build: (orm: Orm) => Executable[]): Promise<unknown[]> {
    const built = build(this.orm);
    if (built.length === 0) return [];
    // A write that records events takes the next commit number first: on
    // Postgres/MySQL the counter row stays locked until the commit, so numbers
    // follow commit order (docs/architecture.md §19); D1 runs one batch at a time.
    const numbered = built.some((statement) => eventStatements.has(statement));
    const statements = numbered ? [this.nextCommitNumber(this.orm), ...built] : built;
    const skipped = numbered ? 1 : 0;
    if (this.dialect === "d1") {
      const results = await this.batch(statements);
      this.eventsCommitted ||= numbered;
      return results.slice(skipped);
    }
    try {
      const results = await issueTogether([
        () => this.run(sql`start transaction`),
        ...statements.map(started),
        () => this.run(sql`commit`),
      ]);
      this.eventsCommitted ||= numbered;
      return results.slice(1 + skipped, -1);
    } catch (error) {
      // Postgres turned the commit into a rollback already; MySQL stops a
      // multi-statement query at the failure with the transaction still open.
      // The statement's error is the one to report, not a failed rollback's.
      await this.run(sql`rollback`).catch(() => undefined);
      throw error;
    }
  }

  /** Increments the feed's commit counter (making its row on the first write). */
  private nextCommitNumber(orm: Orm): Executable {
    const s = this.t.eventSequence;
    return this.upsertStatement(
      orm,
      s,
      { name: "events", value: 1 },
      { target: [s.name], set: { value: sql`${s.value} + 1` as never } },
    );
  }

  /**
   * The statements recording `change` of the rows of `table` matching `where`
   * (docs/architecture.md §19), to run in the same `atomic` batch as the
   * change: after an insert or update (they read the rows as written), before
   * a delete (as they were, with the rows foreign keys delete along). Tables
   * that are no data (idempotency keys) record nothing.
   */
  recordEvents(orm: Orm, change: Change, table: SQLiteTable, where: SQL, type?: SQL): Executable[] {
    const targets = change === "deleted" ? deletedRows(this.t, table, where) : [{ table, where }];
    return targets.flatMap((target) => {
      const select = eventSelect(this, this.author, target.table, change, target.where, type);
      if (!select) return [];
      const statement = orm.insert(this.t.events).select(select);
      eventStatements.add(statement);
      return [statement];
    });
  }

  /** Gives this write's `updated` event of the row `id` of `table` the row as it is now. */
  private refreshImage(orm: Orm, table: SQLiteTable, where: SQL): Executable {
    const e = this.t.events;
    const refresh = eventImageRefresh(this, table, where);
    return orm
      .update(e)
      .set({ data: refresh.data as never })
      .where(refresh.where);
  }

  /** One D1 `batch()`: every statement in one round trip, all-or-nothing. */
  private async batch(statements: Executable[]): Promise<unknown[]> {
    return [...(await this.orm.batch(statements as unknown as Parameters<Orm["batch"]>[0]))];
  }

  /**
   * Multi-row inserts split by `statementChunks`. With `ignoreDuplicates`, rows
   * whose key exists already are skipped (seeding, resumed copies); on MySQL,
   * which has no DO NOTHING, a no-op update does it and, unlike INSERT IGNORE,
   * still fails on anything else (a broken foreign key, bad data).
   */
  insertChunks<T extends SQLiteTable>(
    orm: Orm,
    table: T,
    rows: T["$inferInsert"][],
    options: { ignoreDuplicates?: boolean; maxRows?: number } = {},
  ): Executable[] {
    const columns = Object.entries(getTableColumns(table));
    const unchanged = Object.fromEntries(columns.map(([name, column]) => [name, sql`${column}`]));
    return statementChunks(this.dialect, columns.length, rows, options.maxRows).map((chunk) => {
      const insert = orm.insert(table).values(chunk);
      if (!options.ignoreDuplicates) return insert;
      if (this.dialect !== "mysql") return insert.onConflictDoNothing();
      // Every column set to itself: with fewer, Drizzle adds `updated_at` (an
      // $onUpdateFn) and stamps the skipped row with the time of the insert.
      return (
        insert as unknown as { onDuplicateKeyUpdate: (c: { set: unknown }) => Executable }
      ).onDuplicateKeyUpdate({ set: unchanged });
    });
  }

  /**
   * Inserts rows as `insertChunks` does (making their keys here, where the
   * table makes them), each chunk followed by its rows' `created` events: for
   * an `atomic` batch.
   */
  insertRecorded<T extends SQLiteTable>(
    orm: Orm,
    table: T,
    rows: T["$inferInsert"][],
  ): Executable[] {
    const key = primaryKeyOf(table);
    const keyed = withKeys(key, rows);
    const columns = Object.keys(getTableColumns(table)).length;
    return statementChunks(this.dialect, columns, keyed).flatMap((chunk) => [
      ...this.insertChunks(orm, table, chunk),
      ...this.recordEvents(
        orm,
        "created",
        table,
        inArray(
          key.column,
          chunk.map((row) => (row as Record<string, unknown>)[key.key]),
        ),
      ),
    ]);
  }

  /**
   * Many small rows of a table of text and integer columns, inserted as
   * `insert … select` from JSON parameters (`jsonRows`): one statement per
   * JSON_CHUNK_BYTES of rows instead of one per 100 values on D1. With
   * `ignoreDuplicates`, rows whose key exists already are skipped.
   */
  insertFromJson<T extends SQLiteTable>(
    orm: Orm,
    table: T,
    rows: T["$inferInsert"][],
    options: { ignoreDuplicates?: boolean } = {},
  ): Executable[] {
    const columns = Object.entries(getTableColumns(table)).map(([key, column]) => {
      if (column.dataType !== "string" && column.dataType !== "number") {
        throw new Error(`insertFromJson takes text and integer columns, not ${column.name}`);
      }
      const type = column.dataType === "string" ? "text" : "integer";
      return { key, name: column.name, type, column };
    });
    const chunks: unknown[][][] = [];
    let chunk: unknown[][] = [];
    let bytes = 0;
    for (const row of rows as Record<string, unknown>[]) {
      const values = columns.map(({ key }) => row[key]);
      const size = utf8.encode(JSON.stringify(values)).length;
      if (chunk.length > 0 && bytes + size > JSON_CHUNK_BYTES) {
        chunks.push(chunk);
        chunk = [];
        bytes = 0;
      }
      chunk.push(values);
      bytes += size;
    }
    if (chunk.length > 0) chunks.push(chunk);
    const source = "json_rows";
    const selected = sql.join(
      columns.map(({ name }) => sql`${sql.identifier(source)}.${sql.identifier(name)}`),
      sql`, `,
    );
    return chunks.map((values) => {
      const from = this.jsonRows(
        values,
        source,
        columns.map(({ name, type }) => [name, type as "text" | "integer"]),
      );
      // SQLite needs a WHERE before an upsert clause, to tell its ON from a join's.
      const insert = orm.insert(table).select(sql`select ${selected} from ${from} where 1 = 1`);
      if (!options.ignoreDuplicates) return insert;
      if (this.dialect !== "mysql") return insert.onConflictDoNothing();
      // A no-op update, naming the table's column (the JSON rows have one of the same name).
      const [first] = columns;
      return (
        insert as unknown as { onDuplicateKeyUpdate: (c: { set: unknown }) => Executable }
      ).onDuplicateKeyUpdate({ set: { [first!.key]: sql`${first!.column}` } });
    });
  }

  /**
   * Inserts rows and returns them as stored, recording their `created` events
   * in the same atomic write. MySQL has no RETURNING, so there the rows are
   * read back by primary key (ids are generated here, to know which).
   */
  async insertReturning<T extends SQLiteTable>(
    table: T,
    rows: T["$inferInsert"][],
  ): Promise<T["$inferSelect"][]> {
    const key = primaryKeyOf(table);
    const keyed = withKeys(key, rows);
    const inserted = inArray(
      key.column,
      keyed.map((row) => (row as Record<string, unknown>)[key.key]),
    );
    const results = await this.atomic((orm) => {
      const insert = orm.insert(table).values(keyed);
      const events = this.recordEvents(orm, "created", table, inserted);
      return this.dialect === "mysql"
        ? [
            insert,
            ...events,
            orm
              .select()
              .from(table as SQLiteTable)
              .where(inserted),
          ]
        : [insert.returning(), ...events];
    });
    return (this.dialect === "mysql" ? results.at(-1) : results[0]) as T["$inferSelect"][];
  }

  /**
   * Updates the rows matching `where` (which the patch must leave matching)
   * and returns them as stored, recording their `updated` events in the same
   * atomic write (read back in it on MySQL, which has no RETURNING).
   * `updated_at` moves only when something is set.
   */
  async updateReturning<T extends SQLiteTable>(
    table: T,
    where: SQL,
    patch: Partial<T["$inferInsert"]>,
  ): Promise<T["$inferSelect"][]> {
    // An empty patch (every field undefined) changes nothing: answer the rows as they are.
    if (Object.values(patch).every((value) => value === undefined)) {
      return (await this.orm
        .select()
        .from(table as SQLiteTable)
        .where(where)) as T["$inferSelect"][];
    }
    const results = await this.atomic((orm) => {
      const update = orm
        .update(table)
        .set(patch as never)
        .where(where);
      const events = this.recordEvents(orm, "updated", table, where);
      const copies = refreshCopies(this.t, orm, table, where, patch);
      return this.dialect === "mysql"
        ? [
            update,
            ...events,
            ...copies,
            orm
              .select()
              .from(table as SQLiteTable)
              .where(where),
          ]
        : [update.returning(), ...events, ...copies];
    });
    return (this.dialect === "mysql" ? results.at(-1) : results[0]) as T["$inferSelect"][];
  }

  /** One row inserted and returned as stored. */
  async insertOne<T extends SQLiteTable>(
    table: T,
    row: T["$inferInsert"],
  ): Promise<T["$inferSelect"]> {
    const [stored] = await this.insertReturning(table, [row]);
    return stored!;
  }

  /**
   * The row `where` selects (one at most) updated and returned as stored;
   * undefined when there is none. With `expected` versions (an `If-Match`'s),
   * the version check is part of the UPDATE's own WHERE, so no concurrent write
   * slips between them: a row at another version is left alone and answers
   * 412. Such a write always moves `updated_at` (at least 1 ms past the version
   * it found), so two writes based on one version never both succeed. `*`
   * asks only that the row exist, as any update does. Its event is recorded
   * under the same check, before the update (so a refused write records
   * nothing), and given the row as written after it.
   */
  async updateOne<T extends SQLiteTable & { updatedAt: Column }>(
    table: T,
    where: SQL,
    patch: Partial<T["$inferInsert"]>,
    expected?: ExpectedVersions,
  ): Promise<T["$inferSelect"] | undefined> {
    if (expected === undefined || expected === "*") {
      const [stored] = await this.updateReturning(table, where, patch);
      return stored;
    }
    const versioned = { ...patch, updatedAt: nextVersion(expected) };
    const current = and(where, versionIn(table.updatedAt, expected))!;
    const { changed, row } = await this.updateWhereStill(table, where, current, versioned);
    if (changed) return row;
    if (row) throw preconditionFailed();
    return undefined;
  }

  /**
   * Updates the row `where` selects only if it also meets `condition`, in one
   * atomic write with its event (recorded under the same condition, before
   * the update, so a refused write records nothing, then given the row as
   * written) and `alongside` (statements of the same write, such as a
   * re-index); answers whether it changed and the row as it now is.
   */
  private async updateWhereStill<T extends SQLiteTable>(
    table: T,
    where: SQL,
    condition: SQL,
    set: Partial<T["$inferInsert"]>,
    alongside: (orm: Orm) => Executable[] = () => [],
  ): Promise<{ changed: boolean; row: T["$inferSelect"] | undefined }> {
    let recorded = 0;
    const results = await this.atomic((orm) => {
      const events = this.recordEvents(orm, "updated", table, condition);
      recorded = events.length;
      return [
        ...events,
        orm
          .update(table)
          .set(set as never)
          .where(condition),
        this.refreshImage(orm, table, where),
        ...refreshCopies(this.t, orm, table, where, set),
        ...alongside(orm),
        orm
          .select()
          .from(table as SQLiteTable)
          .where(where),
      ];
    });
    const [row] = results.at(-1) as T["$inferSelect"][];
    return { changed: this.changedRows(results[recorded]) > 0, row };
  }

  /**
   * `updateOne` of the row with this id. A patch of a searched field
   * (src/db/search) re-indexes the row in the same atomic write; `before`
   * (the row as read before) gives the searched fields the patch keeps.
   */
  updateById<T extends SQLiteTable & { id: Column; updatedAt: Column }>(
    table: T,
    id: string,
    patch: Partial<T["$inferInsert"]>,
    expected?: ExpectedVersions,
    before?: Partial<T["$inferSelect"]>,
  ): Promise<T["$inferSelect"] | undefined> {
    const kind = searchKindOf(this, table);
    const changes = patch as Record<string, unknown>;
    if (kind && searchedFields(kind).some((field) => changes[field] !== undefined)) {
      return this.updateIndexed(table, id, patch, kind, expected, before ?? {});
    }
    return this.updateOne(table, eq(table.id, id), patch, expected);
  }

  /**
   * The `PUT` of a row that may not exist yet, under `If-Match`: only an
   * existing row at an expected version (any, for `*`) is replaced; with no
   * row there is no current version to match, so that is 412 too (RFC 9110
   * §13.1.1), never a create.
   */
  async replaceOne<T extends SQLiteTable & { updatedAt: Column }>(
    table: T,
    where: SQL,
    patch: Partial<T["$inferInsert"]>,
    expected: ExpectedVersions,
  ): Promise<T["$inferSelect"]> {
    const replaced = await this.updateOne(table, where, patch, expected);
    if (!replaced) {
      throw preconditionFailed("There is nothing to replace: If-Match names no current version");
    }
    return replaced;
  }

  /**
   * The `PUT` of a row under `If-None-Match: *`: only a create. The row's
   * unique key decides, inside the insert, so of two such creates one
   * succeeds; the other (or one finding the row there) answers 412.
   */
  async insertNew<T extends SQLiteTable>(
    table: T,
    row: T["$inferInsert"],
  ): Promise<T["$inferSelect"]> {
    try {
      return await this.insertOne(table, row);
    } catch (error) {
      if (constraintViolation(error)?.kind === "unique") {
        throw preconditionFailed("It exists already: If-None-Match: * only creates");
      }
      throw error;
    }
  }

  /**
   * `updateById` of a patch that changes searched fields: the update, on the
   * condition that the fields it keeps still hold `current`'s values, then
   * the re-index of the values it leaves, in one atomic write. A row changed
   * meanwhile (another version: 412; another value of a kept field: 409) is
   * left alone, and so is its index.
   */
  private async updateIndexed<T extends SQLiteTable & { id: Column; updatedAt: Column }>(
    table: T,
    id: string,
    patch: Partial<T["$inferInsert"]>,
    kind: SearchKind,
    expected: ExpectedVersions | undefined,
    current: Partial<T["$inferSelect"]>,
  ): Promise<T["$inferSelect"] | undefined> {
    const changes = patch as Record<string, unknown>;
    const before = current as Record<string, unknown>;
    const columns = table as unknown as Record<string, SQLiteColumn>;
    const values: Record<string, string | null> = {};
    const kept: SQL[] = [];
    for (const field of searchedFields(kind)) {
      if (changes[field] !== undefined) {
        values[field] = changes[field] as string | null;
        continue;
      }
      if (before[field] === undefined) {
        throw new Error(`Re-indexing ${kind} ${id} needs its current ${field}`);
      }
      const value = before[field] as string | null;
      values[field] = value;
      kept.push(
        value === null
          ? sql`${columns[field]} is null`
          : this.equalsExactly(columns[field]!, value),
      );
    }
    const versions = Array.isArray(expected) ? expected : undefined;
    const set = versions ? { ...patch, updatedAt: nextVersion(versions) } : patch;
    const byId = eq(table.id, id);
    const condition = and(byId, versionOf(table, expected), ...kept)!;
    const { changed, row } = await this.updateWhereStill(table, byId, condition, set, (orm) =>
      reindexStatements(this, orm, kind, id, values),
    );
    if (changed) return row;
    if (!row) return undefined;
    if (versions) {
      const version = (row as { updatedAt: Date }).updatedAt.getTime();
      if (!versions.some((e) => e.getTime() === version)) throw preconditionFailed();
    }
    throw conflict("The row changed while this request ran: read it again and retry");
  }

  /** How many rows a write changed, from the driver's result of that write. */
  changedRows(result: unknown): number {
    switch (this.dialect) {
      case "d1":
        return (result as { meta: { changes: number } }).meta.changes;
      case "postgres":
        return (result as { rowCount: number | null }).rowCount ?? 0;
      case "mysql":
        return (result as [{ affectedRows: number }])[0].affectedRows;
    }
  }

  /**
   * Deletes the row `where` selects (one at most); returns how many there were
   * (0 or 1). With `expected` versions the version check is part of the
   * DELETE's own WHERE: a row at another version stays and answers 412.
   */
  async deleteOne(
    table: SQLiteTable & { updatedAt: Column },
    where: SQL,
    expected?: ExpectedVersions,
  ): Promise<number> {
    const version = versionOf(table, expected);
    const deleted = await this.deleteWhere(table, and(where, version)!);
    if (deleted === 0 && version) await this.refuseStale(table, where);
    return deleted;
  }

  /** `deleteOne` of the row with this id. */
  deleteById(
    table: SQLiteTable & { id: Column; updatedAt: Column },
    id: string,
    expected?: ExpectedVersions,
  ): Promise<number> {
    return this.deleteOne(table, eq(table.id, id), expected);
  }

  /**
   * After a conditional write that changed nothing: 412 when the row `where`
   * selects is there (so at another version); nothing when it is gone (the
   * caller answers 404).
   */
  async refuseStale(table: SQLiteTable, where: SQL): Promise<void> {
    const [present] = await this.orm.select({ present: sql`1` }).from(table).where(where).limit(1);
    if (present) throw preconditionFailed();
  }

  /**
   * Deletes the rows matching `where`, recording their `deleted` events (and
   * those of the rows foreign keys delete along) in the same atomic write;
   * returns how many there were.
   */
  async deleteWhere(table: SQLiteTable, where: SQL): Promise<number> {
    const results = await this.atomic((orm) => [
      ...this.recordEvents(orm, "deleted", table, where),
      orm.delete(table).where(where),
    ]);
    return this.changedRows(results.at(-1));
  }

  /**
   * Insert, or update `set` when a row with the same `target` (a unique key)
   * exists, and record the row's event: `created` when the row is the one
   * inserted (its `created_at` is this statement's), else `updated` (nothing
   * with `recordUpdate: false`, for upserts that leave a row as it was). MySQL
   * decides by any unique key, so `target` is informational there. Run the
   * statements in one `atomic` batch; the upsert's result is the first.
   */
  upsert<T extends SQLiteTable & { createdAt: Column }>(
    orm: Orm,
    table: T,
    values: T["$inferInsert"],
    conflict: { target: SQLiteColumn[]; set: Partial<T["$inferInsert"]> },
    options: { recordUpdate?: boolean } = {},
  ): Executable[] {
    const createdAt = new Date();
    const row = { createdAt, ...values } as Record<string, unknown>;
    const columns = Object.entries(getTableColumns(table));
    const sameKey = and(
      ...conflict.target.map((target) => {
        const [property] = columns.find(([, column]) => column === target)!;
        return eq(target, row[property]);
      }),
    )!;
    const inserted = eq(table.createdAt, createdAt);
    return [
      this.upsertStatement(orm, table, row as T["$inferInsert"], conflict),
      ...(options.recordUpdate === false
        ? this.recordEvents(orm, "created", table, and(sameKey, inserted)!)
        : this.recordEvents(orm, "created", table, sameKey, upsertEventType(table, inserted))),
    ];
  }

  /** The upsert statement alone (see `upsert`). */
  private upsertStatement<T extends SQLiteTable>(
    orm: Orm,
    table: T,
    values: T["$inferInsert"],
    conflict: { target: SQLiteColumn[]; set: Partial<T["$inferInsert"]> },
  ): Executable {
    const insert = orm.insert(table).values(values);
    if (this.dialect === "mysql") {
      return (
        insert as unknown as { onDuplicateKeyUpdate: (c: { set: unknown }) => Executable }
      ).onDuplicateKeyUpdate({ set: conflict.set });
    }
    return insert.onConflictDoUpdate({ target: conflict.target, set: conflict.set as never });
  }

  /** Whether a JSON array column holds `value` (a string column or expression). */
  jsonArrayContains(array: SQLiteColumn, value: SQLiteColumn | SQL): SQL {
    switch (this.dialect) {
      case "postgres":
        return sql`${array} @> jsonb_build_array(${value})`;
      case "mysql":
        return sql`json_contains(${array}, json_quote(${value}))`;
      default:
        return sql`exists (select 1 from json_each(${array}) where json_each.value = ${value})`;
    }
  }

  /**
   * Rows given as one bound JSON array of arrays (`[[text, integer, …], …]`),
   * as a FROM item named `name` whose columns are `columns` in order: any
   * number of rows in one statement and one parameter (D1 allows 100
   * parameters and five terms of a UNION).
   */
  jsonRows(rows: unknown[][], name: string, columns: [string, "text" | "integer"][]): SQL {
    const json = JSON.stringify(rows);
    const alias = sql.identifier(name);
    switch (this.dialect) {
      case "postgres": {
        const fields = columns.map(([column, type], i) =>
          type === "text"
            ? sql`${sql.identifier("element")} ->> ${sql.raw(String(i))} as ${sql.identifier(column)}`
            : sql`cast(${sql.identifier("element")} ->> ${sql.raw(String(i))} as integer) as ${sql.identifier(column)}`,
        );
        return sql`(select ${sql.join(fields, sql`, `)} from jsonb_array_elements(cast(${json} as jsonb)) as ${sql.identifier("element")}) as ${alias}`;
      }
      case "mysql": {
        const fields = columns.map(
          ([column, type], i) =>
            sql`${sql.identifier(column)} ${sql.raw(type === "text" ? "varchar(1000)" : "int")} path '$[${sql.raw(String(i))}]'`,
        );
        return sql`json_table(${json}, '$[*]' columns (${sql.join(fields, sql`, `)})) as ${alias}`;
      }
      default: {
        const fields = columns.map(
          ([column], i) =>
            sql`${sql.identifier("value")} ->> ${sql.raw(String(i))} as ${sql.identifier(column)}`,
        );
        return sql`(select ${sql.join(fields, sql`, `)} from json_each(${json})) as ${alias}`;
      }
    }
  }

  /** See `columnHolds`: whether a column of this database can hold `value`. */
  holds(column: Column, value: unknown): boolean {
    return columnHolds(this.dialect, column, value);
  }

  /**
   * A text column equal to `value` byte for byte. MySQL's default collations
   * ignore case, accents and trailing spaces: there the index finds those
   * candidates and a binary comparison decides.
   */
  equalsExactly(column: SQLiteColumn, value: string): SQL {
    if (this.dialect !== "mysql") return eq(column, value);
    return and(eq(column, value), sql`cast(${column} as binary) = cast(${value} as binary)`)!;
  }

  /**
   * Case-insensitive "contains", the term matched literally (`%` and `_`
   * included), on each database as its own LIKE folds case.
   */
  containsText(column: SQLiteColumn | SQL, term: string): SQL {
    const pattern = `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    switch (this.dialect) {
      case "postgres":
        return sql`${column} ilike ${pattern}`;
      case "mysql":
        // MySQL's default collation is case-insensitive and `\` its default LIKE escape.
        return sql`${column} like ${pattern}`;
      default:
        // SQLite's LIKE ignores ASCII case and has no default escape character. D1
        // refuses LIKE patterns over 50 bytes; longer terms are found with instr()
        // over lower() of both sides, which folds ASCII case alike (a third slower
        // over a full scan, so short terms keep LIKE).
        return new TextEncoder().encode(pattern).length <= D1_MAX_LIKE_PATTERN_BYTES
          ? sql`${column} like ${pattern} escape '\\'`
          : sql`instr(lower(${column}), lower(${term})) > 0`;
    }
  }
}

/** The longest LIKE pattern D1 accepts (SQLITE_MAX_LIKE_PATTERN_LENGTH there), in bytes. */
const D1_MAX_LIKE_PATTERN_BYTES = 50;

/** Rows with their key made here where the table makes it (a UUIDv7 id), to know which rows a write made. */
function withKeys<R>(key: ReturnType<typeof primaryKeyOf>, rows: R[]): R[] {
  return rows.map((row) => {
    const values = row as Record<string, unknown>;
    return values[key.key] === undefined && key.column.defaultFn
      ? ({ ...values, [key.key]: key.column.defaultFn() } as R)
      : row;
  });
}

/** The single-column primary key of a table: its property name and column. */
function primaryKeyOf(table: Table) {
  const name = keyColumnName(table);
  const entry = Object.entries(getTableColumns(table)).find(([, column]) => column.name === name)!;
  return { key: entry[0], column: entry[1] };
}

type RelationalSchema = RelationalSchemaConfig<ExtractTablesWithRelations<Schema>>;

const relationalSchemas = new WeakMap<Schema, RelationalSchema>();

/**
 * Drizzle's relational view of a schema (what `orm.query` runs on), derived
 * once per schema. `drizzle(client, { schema })` derives it again for every
 * client, that is for every request (about 150 µs; docs/architecture.md §9). So the clients below are assembled from the
 * classes `drizzle()` itself puts together, around this shared view.
 */
function relationalSchema(schema: Schema): RelationalSchema {
  let relational = relationalSchemas.get(schema);
  if (!relational) {
    const { tables, tableNamesMap } = extractTablesRelationalConfig<
      ExtractTablesWithRelations<Schema>
    >(schema, createTableRelationsHelpers);
    relational = { fullSchema: schema, schema: tables, tableNamesMap };
    relationalSchemas.set(schema, relational);
  }
  return relational;
}

/** Stateless but for a cache of column names: one per isolate, like the schema. */
const dialects = {
  d1: new SQLiteAsyncDialect(),
  postgres: new PgDialect(),
  mysql: new MySqlDialect(),
};

/** A Drizzle client on `client`, as `drizzle(client, { schema })` of the dialect's driver makes it. */
function drizzleClient(dialect: DatabaseDialect, client: unknown, schema: Schema): Orm {
  const relational = relationalSchema(schema);
  const orm = (() => {
    switch (dialect) {
      case "d1": {
        const session = new SQLiteD1Session<Schema, RelationalSchema["schema"]>(
          client as D1Database,
          dialects.d1,
          relational,
        );
        return new DrizzleD1Database<Schema>("async", dialects.d1, session, relational);
      }
      case "postgres": {
        const session = new NodePgSession(client as never, dialects.postgres, relational);
        return new NodePgDatabase<Schema>(dialects.postgres, session, relational);
      }
      case "mysql": {
        // "planetscale" mode: relational queries without LATERAL joins, which MariaDB lacks.
        const mode = "planetscale";
        const session = new MySql2Session(client as never, dialects.mysql, relational, { mode });
        return new MySql2Database<Schema>(dialects.mysql, session, relational, mode);
      }
    }
  })();
  return Object.assign(orm, { $client: client }) as unknown as Orm;
}

/**
 * Builds the request's database from the configured target. On D1 its queries
 * run in one session starting at `session` (by default at the primary, for
 * callers outside a request that want the latest data).
 */
export function openDatabase(
  env: DatabaseBindings,
  target: DatabaseTarget,
  session: SessionStart = "first-primary",
): Database {
  const metrics = new QueryMetrics();
  const { tables, schema } = schemaFor(target.dialect);
  switch (target.dialect) {
    case "d1": {
      if (!env.DB) {
        throw new Error("No database: bind a D1 database as DB, or set DATABASE_URL or HYPERDRIVE");
      }
      const d1Session = env.DB.withSession(session);
      const orm = drizzleClient("d1", instrumentD1(d1Session, metrics), schema);
      return new Database(
        "d1",
        orm,
        tables,
        metrics,
        async () => {},
        () => "batch",
        () => d1Session.getBookmark(),
      );
    }
    case "postgres": {
      const connection = openPostgres(target.url, metrics, target.batching);
      return new Database(
        "postgres",
        drizzleClient("postgres", connection.client, schema),
        tables,
        metrics,
        connection.close,
        connection.batching,
      );
    }
    case "mysql": {
      const connection = openMysql(target.url, metrics, target.batching);
      return new Database(
        "mysql",
        drizzleClient("mysql", connection.client, schema),
        tables,
        metrics,
        connection.close,
        connection.batching,
      );
    }
  }
}

/** Starts a Drizzle query now: builders run when their `then` is called, not when built. */
const started = (statement: Executable) => () => statement.then();

/**
 * Starts every statement in order before awaiting any, so the driver can send
 * them together; fails with the first error in statement order.
 */
async function issueTogether(starts: (() => PromiseLike<unknown>)[]): Promise<unknown[]> {
  const settled = await Promise.allSettled(starts.map((start) => start()));
  const failed = settled.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value);
}
