/**
 * The sides of a transfer: three implementations of one interface. Local D1
 * (this checkout's, read from Node through wrangler's getPlatformProxy, written
 * in D1 batches) and Postgres or MySQL by URL (written in transactions) share
 * the row code of src/db/row-transfer.ts, which the worker's transfer
 * endpoints use too; a deployed Hearth is reached through those endpoints
 * (remote.ts). Reads are keyset pages over the primary key; writes are atomic
 * batches within each database's limits.
 */
import path from "node:path";
import type { CanonicalRow, TableShape } from "../../../src/db/canonical-rows";
import { tablesInDependencyOrder } from "../../../src/db/canonical-rows";
import {
  appliedMigrations,
  linkSelfReferences,
  readPages,
  rowCount,
  writeRows,
} from "../../../src/db/row-transfer";
import { openLocalD1, openUrlDatabase, type ScriptDatabase } from "../database";
import { defaultLocalState, displayPath } from "../paths";
import { migrateUrl, redactUrl } from "../url-database";
import { applyD1Migrations } from "../wrangler-d1";

export type DatabaseSpec =
  | { kind: "local"; persistTo: string }
  | { kind: "url"; url: string }
  /** A deployed Hearth: its origin and an API key with the admin scope. */
  | { kind: "remote"; origin: string; key: string };

export function describeSpec(spec: DatabaseSpec): string {
  switch (spec.kind) {
    case "local":
      return `local D1 (${displayPath(spec.persistTo)})`;
    case "url":
      return `${spec.url.split(":")[0]} ${redactUrl(spec.url)}`;
    case "remote":
      return `deployed Hearth ${spec.origin}`;
  }
}

/** What a transfer, a verification, an export or an import does with a database. */
export interface TransferSide {
  readonly spec: DatabaseSpec;
  readonly description: string;
  readonly dialect: ScriptDatabase["dialect"];
  rowCount(shape: TableShape): Promise<number>;
  /** Pages of canonical rows in primary-key order, starting after `after`. */
  readPages(shape: TableShape, pageSize: number, after?: string): AsyncGenerator<CanonicalRow[]>;
  /**
   * Writes one page of rows all-or-nothing (self-references left null). With
   * `ignoreDuplicates` (a resumed transfer) rows already there are skipped.
   */
  writePage(shape: TableShape, page: CanonicalRow[], ignoreDuplicates: boolean): Promise<void>;
  /** Sets the self-referencing columns of rows already written (idempotent). */
  linkSelfReferences(shape: TableShape, page: CanonicalRow[]): Promise<void>;
  /** The migrations applied, by tag, in order; undefined without a Hearth schema. */
  appliedMigrations(): Promise<string[] | undefined>;
  /** Applies the pending migrations, or says how (a deployed Hearth cannot). */
  applyMigrations(): Promise<void>;
  /** How to bring this database to the source's migrations, as advice. */
  readonly migrateAdvice: string;
  /** The tables that hold rows, as "name (n rows)". */
  nonEmptyTables(): Promise<string[]>;
  close(): Promise<void>;
}

/** A database the tool reaches directly, with Drizzle. */
abstract class DrizzleSide implements TransferSide {
  readonly description: string;
  readonly dialect: ScriptDatabase["dialect"];
  readonly migrateAdvice = "Pass --migrate to apply the target's migrations";

  constructor(
    readonly spec: DatabaseSpec,
    /** The database itself, for callers that query it (tests). */
    readonly store: ScriptDatabase,
  ) {
    this.description = describeSpec(spec);
    this.dialect = store.dialect;
  }

  rowCount(shape: TableShape) {
    return rowCount(this.store, shape);
  }

  readPages(shape: TableShape, pageSize: number, after?: string) {
    return readPages(this.store, shape, pageSize, after);
  }

  writePage(shape: TableShape, page: CanonicalRow[], ignoreDuplicates: boolean) {
    return writeRows(this.store, shape, page, ignoreDuplicates);
  }

  linkSelfReferences(shape: TableShape, page: CanonicalRow[]) {
    return linkSelfReferences(this.store, shape, page);
  }

  appliedMigrations() {
    return appliedMigrations(this.store);
  }

  abstract applyMigrations(): Promise<void>;

  async nonEmptyTables(): Promise<string[]> {
    const found: string[] = [];
    for (const shape of tablesInDependencyOrder()) {
      const rows = await this.rowCount(shape);
      if (rows > 0) found.push(`${shape.name} (${rows})`);
    }
    return found;
  }

  close() {
    return this.store.close();
  }
}

class LocalD1Side extends DrizzleSide {
  declare readonly spec: Extract<DatabaseSpec, { kind: "local" }>;

  static async open(spec: Extract<DatabaseSpec, { kind: "local" }>): Promise<LocalD1Side> {
    return new LocalD1Side(spec, await openLocalD1(describeSpec(spec), spec));
  }

  applyMigrations() {
    return applyD1Migrations({ remote: false, persistTo: this.spec.persistTo });
  }
}

class UrlSide extends DrizzleSide {
  declare readonly spec: Extract<DatabaseSpec, { kind: "url" }>;

  static async open(spec: Extract<DatabaseSpec, { kind: "url" }>): Promise<UrlSide> {
    return new UrlSide(spec, openUrlDatabase(spec.url, describeSpec(spec)));
  }

  async applyMigrations() {
    await migrateUrl(this.spec.url);
  }
}

/** Local D1 and URL databases: the sides that tests and scripts can also query directly. */
export type DirectSide = DrizzleSide;

export async function openDatabase(spec: DatabaseSpec): Promise<TransferSide> {
  switch (spec.kind) {
    case "local":
      return LocalD1Side.open(spec);
    case "url":
      return UrlSide.open(spec);
    case "remote": {
      const { RemoteSide } = await import("./remote");
      return RemoteSide.open(spec);
    }
  }
}

/** A local D1 or URL database, opened for direct queries (tests, tools). */
export async function openDirect(
  spec: Exclude<DatabaseSpec, { kind: "remote" }>,
): Promise<DirectSide> {
  return spec.kind === "local" ? LocalD1Side.open(spec) : UrlSide.open(spec);
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * `local`, `local:<persist-to directory>`, a postgres:// / mysql:// URL, or a
 * deployed Hearth: https://…, or http:// on this machine (wrangler dev, for
 * testing). `key` is the admin key for a deployed Hearth.
 */
export function parseDatabaseSpec(text: string, key?: string): DatabaseSpec | undefined {
  if (text === "local") return { kind: "local", persistTo: defaultLocalState };
  if (text.startsWith("local:")) return { kind: "local", persistTo: path.resolve(text.slice(6)) };
  if (/^(postgres|postgresql|mysql):\/\//i.test(text)) return { kind: "url", url: text };
  if (!/^https?:\/\//i.test(text) || key === undefined) return undefined;
  const url = new URL(text);
  if (url.protocol === "http:" && !LOOPBACK.has(url.hostname)) return undefined;
  return { kind: "remote", origin: url.origin, key };
}
