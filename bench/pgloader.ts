/**
 * pgloader (https://pgloader.io, Debian package `pgloader`) as the yardstick
 * for db:transfer: it loads the very SQLite file wrangler keeps for local D1
 * into Postgres, in one of two ways.
 *
 * - "own schema": pgloader creates the tables from the SQLite declarations.
 *   Its output is not a Hearth database: millisecond timestamps stay bigint,
 *   booleans stay integers, JSON stays text, NOT NULL and lengths are lost.
 * - "Hearth schema": into a database migrated by Hearth, data only, with a
 *   cast per timestamp column (bench/epoch-ms.lisp); 0/1 load into booleans
 *   and JSON text into jsonb as they are. Hearth's db:verify then compares it
 *   with the source, as after a db:transfer.
 */
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { copyFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { tablesInDependencyOrder } from "../src/db/canonical-rows";

const run = promisify(execFile);

export const PGLOADER_INSTALL = "apt-get install -y pgloader";
const TRANSFORMS = path.join(import.meta.dirname, "epoch-ms.lisp");

/** pgloader's version line, or undefined when it is not installed. */
export async function pgloaderVersion(): Promise<string | undefined> {
  try {
    const { stdout } = await run("pgloader", ["--version"]);
    return stdout.split("\n", 1)[0]!.trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** The SQLite file behind local D1 in a wrangler persist directory. */
export function d1SqliteFile(persistTo: string): string {
  const directory = path.join(persistTo, "v3", "d1", "miniflare-D1DatabaseObject");
  const files = readdirSync(directory).filter(
    (file) => file.endsWith(".sqlite") && file !== "metadata.sqlite",
  );
  if (files.length !== 1) {
    throw new Error(`Expected one D1 database file in ${directory}, found ${files.length}`);
  }
  return path.join(directory, files[0]!);
}

export type PgloaderSchema = "own" | "hearth";

/** The load command: Hearth's tables only (not D1's bookkeeping tables). */
function loadCommand(sqliteFile: string, url: string, schema: PgloaderSchema): string {
  const target = url.replace(/^postgres:\/\//, "postgresql://");
  const options =
    schema === "own"
      ? "create tables, create indexes, foreign keys"
      : "data only, create no tables, create no indexes, reset no sequences";
  // SQLite's text(36) is no Postgres type: pgloader's own tables get plain text.
  const casts =
    schema === "own"
      ? ["type text to text drop typemod"]
      : tablesInDependencyOrder().flatMap((shape) =>
          shape.columns
            .filter((column) => column.kind === "timestamp")
            .map(
              (column) =>
                `column ${shape.name}.${column.name} to timestamptz drop typemod using epoch-ms-to-timestamptz`,
            ),
        );
  return [
    "LOAD DATABASE",
    `  FROM sqlite://${sqliteFile}`,
    `  INTO ${target}`,
    `  WITH ${options}`,
    `  CAST ${casts.join(",\n       ")}`,
    "  EXCLUDING TABLE NAMES LIKE '_cf_%', 'd1_migrations', 'sqlite_sequence';",
    "",
  ].join("\n");
}

export interface PgloaderRun {
  seconds: number;
  /** pgloader's summary table, as it printed it. */
  summary: string;
}

/** Runs pgloader once, timed from start to exit (its own start-up included). */
export async function runPgloader(
  sqliteFile: string,
  url: string,
  schema: PgloaderSchema,
  workDir: string,
): Promise<PgloaderRun> {
  const commandFile = path.join(workDir, `pgloader-${schema}.load`);
  await writeFile(commandFile, loadCommand(sqliteFile, url, schema));
  // pgloader compiles the file and writes the result beside it: a copy keeps that out of bench/.
  const transforms = path.join(workDir, path.basename(TRANSFORMS));
  await copyFile(TRANSFORMS, transforms);
  const started = performance.now();
  const { stdout, stderr } = await run("pgloader", ["--load-lisp-file", transforms, commandFile], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${stdout}${stderr}`;
  // pgloader logs a failed row or batch as ERROR and still exits 0.
  const errors = output.split("\n").filter((line) => / (ERROR|FATAL) /.test(line));
  if (errors.length > 0) throw new Error(`pgloader reported errors: ${errors.join("; ")}`);
  const lines = output.trimEnd().split("\n");
  const summary = lines.slice(lines.findIndex((line) => line.includes("table name"))).join("\n");
  return { seconds, summary };
}
