/**
 * Moving and comparing Hearth data: db:transfer, db:verify, db:export and
 * db:import are this module over two endpoints, each a database or a dump
 * directory. Tables go in foreign-key order, rows in primary-key order, in
 * pages written all-or-nothing; a checkpoint after each page lets an
 * interrupted transfer resume.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  type CanonicalRow,
  rowId,
  type TableShape,
  tablesInDependencyOrder,
} from "../../../src/db/canonical-rows";
import { readJournal } from "../../db/drizzle-journal";
import { projectRoot } from "../paths";
import type { TransferSide } from "./databases";
import { rowHash, TableDigest } from "./digest";
import {
  type Manifest,
  readFilePages,
  readManifest,
  tableFile,
  tableWriter,
  writeManifest,
} from "./files";
import { TransferProgress } from "./progress";

/** Rows read (and written all-or-nothing) at a time. */
export const PAGE_SIZE = 1000;

export type Endpoint =
  | { kind: "database"; db: TransferSide; description: string }
  | { kind: "dump"; directory: string; manifest: Manifest; description: string };

/** Where a table's copy stands: the last key and the count of rows written. */
interface Checkpoint {
  after?: string;
  rows: number;
  done: boolean;
}

interface State {
  from: string;
  to: string;
  tables: Record<string, Checkpoint>;
}

function pages(endpoint: Endpoint, shape: TableShape, from?: Checkpoint, pageSize = PAGE_SIZE) {
  return endpoint.kind === "database"
    ? endpoint.db.readPages(shape, pageSize, from?.after)
    : readFilePages(endpoint.directory, shape, pageSize, from?.rows ?? 0);
}

async function countRows(endpoint: Endpoint, shape: TableShape): Promise<number> {
  return endpoint.kind === "database"
    ? endpoint.db.rowCount(shape)
    : (endpoint.manifest.tables[shape.name]?.rows ?? 0);
}

async function migrationsOf(endpoint: Endpoint): Promise<string[] | undefined> {
  return endpoint.kind === "database"
    ? endpoint.db.appliedMigrations()
    : endpoint.manifest.migrations;
}

export function openDump(directory: string): Endpoint {
  const manifest = readManifest(directory);
  return { kind: "dump", directory, manifest, description: `dump ${directory}` };
}

export const databaseEndpoint = (db: TransferSide): Endpoint => ({
  kind: "database",
  db,
  description: db.description,
});

/**
 * The names (tags without their number) of the migrations every dialect has.
 * Each dialect numbers its own sequence, and a migration only some dialects
 * have (MySQL's bytewise collation of search tokens) changes how that server
 * compares values, not which rows and columns a transfer carries.
 */
const SHARED_MIGRATIONS: ReadonlySet<string> = (() => {
  const [first, ...others] = ["", "postgres", "mysql"].map(
    (dialect) =>
      new Set(
        readJournal(path.join(projectRoot, "migrations", dialect)).map((entry) =>
          migrationName(entry.tag),
        ),
      ),
  );
  return new Set([...first!].filter((name) => others.every((names) => names.has(name))));
})();

function migrationName(tag: string): string {
  return tag.replace(/^\d+_/, "");
}

/** A database's migrations as a transfer compares them: the shared ones, by name. */
const schemaHistory = (tags: string[]) =>
  tags.map(migrationName).filter((name) => SHARED_MIGRATIONS.has(name));

/** What the target lacks (or has beyond the source), in words; undefined when they match. */
export function migrationMismatch(
  sourceTags: string[],
  targetTags: string[] | undefined,
  targetName: string,
): string | undefined {
  if (targetTags === undefined) return `${targetName} has no Hearth schema`;
  const source = schemaHistory(sourceTags);
  const target = schemaHistory(targetTags);
  if (source.length === target.length && source.every((tag, i) => target[i] === tag)) return;
  const missing = source.filter((tag) => !target.includes(tag));
  const extra = target.filter((tag) => !source.includes(tag));
  const parts = [
    ...(missing.length > 0 ? [`the target lacks ${missing.join(", ")}`] : []),
    ...(extra.length > 0 ? [`the source lacks ${extra.join(", ")}`] : []),
  ];
  return `Source and target migrations differ: ${parts.join("; ")}`;
}

/**
 * The migrations must match before a row moves: the same schema on both sides.
 * `migrate` first applies the target's pending migrations.
 */
export async function ensureMigrationsMatch(
  source: Endpoint,
  target: TransferSide,
  migrate: boolean,
): Promise<void> {
  if (migrate) await target.applyMigrations();
  const sourceTags = await migrationsOf(source);
  if (!sourceTags)
    throw new Error(`${source.description} has no Hearth schema (no migrations applied)`);
  const mismatch = migrationMismatch(
    sourceTags,
    await target.appliedMigrations(),
    target.description,
  );
  if (!mismatch) return;
  // The advice first: the lists of migrations can be long.
  const advice =
    migrate && target.spec.kind !== "remote"
      ? "Migrate the source to the same version first"
      : target.migrateAdvice;
  throw new Error(`${advice}. ${mismatch}`);
}

export function defaultStatePath(from: string, to: string): string {
  const key = createHash("sha256").update(`${from}\n${to}`).digest("hex").slice(0, 16);
  return path.join(projectRoot, ".wrangler", "transfer", `${key}.json`);
}

function loadState(file: string, from: string, to: string): State {
  if (!fs.existsSync(file)) return { from, to, tables: {} };
  return JSON.parse(fs.readFileSync(file, "utf8")) as State;
}

function saveState(file: string, state: State) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(state));
  fs.renameSync(temporary, file);
}

export interface TransferOptions {
  resume: boolean;
  statePath: string;
  pageSize?: number;
  /** For tests: stop (throw) after writing this many pages in total. */
  stopAfterPages?: number;
}

/**
 * Copies every table of `source` into `target`. The target must be empty
 * unless resuming; a resumed run starts each table after its checkpoint and
 * inserts ignoring rows already there, so a page written just before an
 * interruption (and not yet checkpointed) is not duplicated.
 */
export async function transfer(
  source: Endpoint,
  target: TransferSide,
  options: TransferOptions,
): Promise<{ rows: number; seconds: number }> {
  if (!options.resume) {
    const filled = await target.nonEmptyTables();
    if (filled.length > 0) {
      throw new Error(
        `${target.description} already holds rows: ${filled.join(", ")}. Transfer into an empty database, or pass --resume to continue an interrupted transfer`,
      );
    }
    fs.rmSync(options.statePath, { force: true });
  }
  const state = loadState(options.statePath, source.description, target.description);
  const shapes = tablesInDependencyOrder();
  const progress = new TransferProgress(shapes.length);
  let pagesWritten = 0;
  for (const shape of shapes) {
    const checkpoint = state.tables[shape.name] ?? { rows: 0, done: false };
    state.tables[shape.name] = checkpoint;
    if (checkpoint.done) continue;
    progress.startTable(shape.name, await countRows(source, shape), checkpoint.rows);
    for await (const page of pages(
      source,
      shape,
      checkpoint.rows > 0 ? checkpoint : undefined,
      options.pageSize,
    )) {
      if (options.stopAfterPages !== undefined && pagesWritten >= options.stopAfterPages) {
        throw new Error(`Stopped after ${pagesWritten} pages, as asked`);
      }
      await target.writePage(shape, page, options.resume);
      pagesWritten += 1;
      checkpoint.after = rowId(shape, page.at(-1)!);
      checkpoint.rows += page.length;
      saveState(options.statePath, state);
      progress.add(page.length);
    }
    if (shape.selfReferences.length > 0) {
      for await (const page of pages(source, shape)) await target.linkSelfReferences(shape, page);
    }
    checkpoint.done = true;
    saveState(options.statePath, state);
    progress.endTable();
  }
  // Finished: nothing left to resume.
  fs.rmSync(options.statePath, { force: true });
  return { rows: progress.totalRows, seconds: progress.seconds };
}

/** Writes every table of `source` into a new dump directory, with its manifest. */
export async function exportDump(source: TransferSide, directory: string) {
  if (fs.existsSync(directory) && fs.readdirSync(directory).length > 0) {
    throw new Error(`${directory} is not empty: export into a new directory`);
  }
  fs.mkdirSync(directory, { recursive: true });
  const migrations = (await source.appliedMigrations()) ?? [];
  const shapes = tablesInDependencyOrder();
  const progress = new TransferProgress(shapes.length);
  const tables: Manifest["tables"] = {};
  for (const shape of shapes) {
    progress.startTable(shape.name, await source.rowCount(shape));
    const writer = tableWriter(directory, shape);
    const digest = new TableDigest();
    for await (const page of source.readPages(shape, PAGE_SIZE)) {
      for (const row of page) digest.add(shape, row);
      await writer.write(page);
      progress.add(page.length);
    }
    await writer.end();
    tables[shape.name] = { file: tableFile(shape), rows: digest.rows, digest: digest.hex };
    progress.endTable();
  }
  writeManifest(directory, {
    createdAt: new Date().toISOString(),
    source: source.description,
    migration: migrations.at(-1) ?? null,
    migrations,
    tables,
  });
  return { rows: progress.totalRows, seconds: progress.seconds };
}

export interface TableComparison {
  table: string;
  rows: [number, number];
  digests: [string, string];
  /** Ids of rows that differ (present on one side only, or different), when any. */
  differingIds: string[];
}

async function digestOf(endpoint: Endpoint, shape: TableShape): Promise<TableDigest> {
  const digest = new TableDigest();
  for await (const page of pages(endpoint, shape)) for (const row of page) digest.add(shape, row);
  if (endpoint.kind === "dump") checkAgainstManifest(endpoint, shape, digest);
  return digest;
}

/** A dump's file must still hold what its manifest recorded: no line lost or changed. */
function checkAgainstManifest(
  dump: Extract<Endpoint, { kind: "dump" }>,
  shape: TableShape,
  digest: TableDigest,
) {
  const recorded = dump.manifest.tables[shape.name] ?? { rows: 0, digest: new TableDigest().hex };
  if (recorded.rows === digest.rows && recorded.digest === digest.hex) return;
  throw new Error(
    `${path.join(dump.directory, tableFile(shape))} does not match its manifest (${digest.rows} rows, ${recorded.rows} recorded; digest ${digest.hex === recorded.digest ? "equal" : "differs"}): the dump is damaged`,
  );
}

/** Checks every file of a dump against its manifest before anything is loaded from it. */
export async function checkDump(dump: Endpoint): Promise<void> {
  if (dump.kind !== "dump") return;
  for (const shape of tablesInDependencyOrder()) await digestOf(dump, shape);
}

async function rowHashes(endpoint: Endpoint, shape: TableShape): Promise<Map<string, bigint>> {
  const hashes = new Map<string, bigint>();
  for await (const page of pages(endpoint, shape)) {
    for (const row of page as CanonicalRow[]) hashes.set(rowId(shape, row), rowHash(shape, row));
  }
  return hashes;
}

const MAX_IDS = 10;

/** Row counts and digests of every table on both sides; differing ids where they differ. */
export async function compare(a: Endpoint, b: Endpoint): Promise<TableComparison[]> {
  const results: TableComparison[] = [];
  for (const shape of tablesInDependencyOrder()) {
    const [left, right] = [await digestOf(a, shape), await digestOf(b, shape)];
    const comparison: TableComparison = {
      table: shape.name,
      rows: [left.rows, right.rows],
      digests: [left.hex, right.hex],
      differingIds: [],
    };
    if (left.hex !== right.hex || left.rows !== right.rows) {
      // A second pass, only for a table that differs: which rows.
      const [ours, theirs] = [await rowHashes(a, shape), await rowHashes(b, shape)];
      for (const id of new Set([...ours.keys(), ...theirs.keys()])) {
        if (ours.get(id) !== theirs.get(id)) comparison.differingIds.push(id);
      }
    }
    results.push(comparison);
  }
  return results;
}

export const differs = (c: TableComparison) =>
  c.rows[0] !== c.rows[1] || c.digests[0] !== c.digests[1];

/** The comparison as a table for the terminal. */
export function formatComparison(results: TableComparison[], names: [string, string]): string {
  const width = Math.max(5, ...results.map((r) => r.table.length));
  const header = `${"table".padEnd(width)}  ${"rows (from)".padStart(12)}  ${"rows (to)".padStart(12)}  digest (from)     result`;
  const lines = results.map((r) => {
    const result = differs(r)
      ? `DIFFERS${r.differingIds.length > 0 ? `: ${r.differingIds.slice(0, MAX_IDS).join(", ")}${r.differingIds.length > MAX_IDS ? ` and ${r.differingIds.length - MAX_IDS} more` : ""}` : ""}`
      : "ok";
    return `${r.table.padEnd(width)}  ${String(r.rows[0]).padStart(12)}  ${String(r.rows[1]).padStart(12)}  ${r.digests[0].slice(0, 16)}  ${result}`;
  });
  return [`from: ${names[0]}`, `to:   ${names[1]}`, header, ...lines].join("\n");
}
