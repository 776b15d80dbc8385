/**
 * npm run bench:transfer -- [--resources <n>] [--postgres <url>] [--mysql <url>]
 *                           [--pgloader <url>] [--pgloader-hearth <url>] [--d1 <dir>]
 *
 * Measures db:transfer on the benchmark world next to pgloader: the world is
 * written to a local D1, then, on that same data, db:transfer copies it into
 * each empty database given (db:verify timed after it), and pgloader loads
 * the SQLite file wrangler keeps for that local D1 into Postgres, into a
 * schema of its own and into Hearth's (see bench/pgloader.ts). Writes
 * bench/results/<date>-transfer.{json,md}.
 */

import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { parseFlags } from "../scripts/lib/args";
import { runMain, UsageError } from "../scripts/lib/cli";
import { openUrlDatabase } from "../scripts/lib/database";
import { displayPath, projectRoot } from "../scripts/lib/paths";
import {
  openDatabase,
  parseDatabaseSpec,
  type TransferSide,
} from "../scripts/lib/transfer/databases";
import {
  compare,
  databaseEndpoint,
  differs,
  ensureMigrationsMatch,
  transfer,
} from "../scripts/lib/transfer/engine";
import { migrateUrl, redactUrl } from "../scripts/lib/url-database";
import { mintApiKey } from "../src/auth/api-keys";
import { dialectOfUrl } from "../src/config";
import { tablesInDependencyOrder } from "../src/db/canonical-rows";
import { type Database, queryRows } from "../src/db/database";
import { benchWorld } from "./dataset";
import {
  d1SqliteFile,
  PGLOADER_INSTALL,
  type PgloaderSchema,
  pgloaderVersion,
  runPgloader,
} from "./pgloader";
import { machine } from "./report";
import { seedBenchDatabase } from "./seed";

const USAGE = `Usage: npm run bench:transfer -- [options]

Writes the benchmark world into a local D1, then times on that same data:
db:transfer into each database given, with db:verify after it, and pgloader
loading the local D1's SQLite file into Postgres. Every database given must
be empty. Writes bench/results/<date>-transfer.{json,md}.

  --resources <n>           size of the world (default 100000)
  --postgres <url>          db:transfer into this Postgres database (migrations applied first)
  --mysql <url>             db:transfer into this MySQL database (migrations applied first)
  --pgloader <url>          pgloader into this Postgres database, creating its own tables
  --pgloader-hearth <url>   pgloader into this Postgres database migrated by Hearth, data only
  --d1 <dir>                keep the local D1 in <dir>, and re-use the world already there
                            (default: a temporary directory, removed at the end)`;

const OPTIONS = {
  resources: { type: "string" },
  postgres: { type: "string" },
  mysql: { type: "string" },
  pgloader: { type: "string" },
  "pgloader-hearth": { type: "string" },
  d1: { type: "string" },
} as const;

const RESULTS_DIR = path.join(projectRoot, "bench", "results");

interface Measurement {
  tool: "db:transfer" | "pgloader";
  target: "postgres" | "mysql";
  /** Into Hearth's migrated schema, or tables pgloader created from the SQLite types. */
  schema: "hearth" | "pgloader's own";
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** db:verify against the source, when the target is a Hearth database. */
  verifySeconds: number | null;
  /** What the check after the load found. */
  check: string;
}

const number = (n: number) => n.toLocaleString("en-US");
const loadAverage = () => os.loadavg().map((load) => Math.round(load * 100) / 100);

function postgresUrl(flag: string, url: string | undefined): string | undefined {
  if (url !== undefined && dialectOfUrl(url) !== "postgres") {
    throw new UsageError(`--${flag} takes a postgres:// URL`, USAGE);
  }
  return url;
}

/** Runs `use` on the Postgres or MySQL database at `url`, then disconnects. */
async function withServer<T>(url: string, use: (db: Database) => Promise<T>): Promise<T> {
  const db = openUrlDatabase(url, redactUrl(url));
  try {
    return await use(db);
  } finally {
    await db.close();
  }
}

/** The server's version string, for the record. */
function serverVersion(url: string): Promise<string> {
  return withServer(url, async (db) => {
    const [row] = await queryRows<{ version: string }>(db, sql.raw("select version() as version"));
    return row!.version;
  });
}

/** pgloader creates its own tables: the database must hold none. */
async function ensureNoTables(url: string) {
  const [row] = await withServer(url, (db) =>
    queryRows<{ n: string }>(
      db,
      sql.raw(
        "select count(*) as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')",
      ),
    ),
  );
  if (Number(row!.n) > 0) {
    throw new Error(`${redactUrl(url)} holds tables: give pgloader an empty database`);
  }
}

/** Rows per table in a database pgloader created: Hearth's table names, its own types. */
async function countPgloaderRows(url: string): Promise<Map<string, number>> {
  return withServer(url, async (db) => {
    const counts = new Map<string, number>();
    for (const shape of tablesInDependencyOrder()) {
      const [row] = await queryRows<{ n: string }>(
        db,
        sql.raw(`select count(*) as n from "${shape.name}"`),
      );
      counts.set(shape.name, Number(row!.n));
    }
    return counts;
  });
}

async function sourceCounts(source: TransferSide): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const shape of tablesInDependencyOrder())
    counts.set(shape.name, await source.rowCount(shape));
  return counts;
}

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

runMain(async () => {
  const flags = parseFlags(process.argv.slice(2), OPTIONS, USAGE);
  const resources = Number(flags.resources ?? 100_000);
  if (!Number.isSafeInteger(resources) || resources < 1) {
    throw new UsageError("--resources must be a positive integer", USAGE);
  }
  const pgloaderTargets = (
    [
      ["own", postgresUrl("pgloader", flags.pgloader)],
      ["hearth", postgresUrl("pgloader-hearth", flags["pgloader-hearth"])],
    ] as [PgloaderSchema, string | undefined][]
  ).filter((entry): entry is [PgloaderSchema, string] => entry[1] !== undefined);
  const transferTargets = [flags.postgres, flags.mysql].filter((url): url is string =>
    Boolean(url),
  );
  if (transferTargets.length + pgloaderTargets.length === 0) {
    throw new UsageError("Give at least one of --postgres, --mysql, --pgloader", USAGE);
  }
  const pgloader = pgloaderTargets.length > 0 ? await pgloaderVersion() : undefined;
  if (pgloaderTargets.length > 0 && !pgloader) {
    throw new Error(
      `pgloader is not installed. On Debian or Ubuntu: ${PGLOADER_INSTALL} (or run without --pgloader and --pgloader-hearth)`,
    );
  }
  // Refused before the minutes of seeding, not after.
  for (const [schema, url] of pgloaderTargets) {
    if (schema === "own") {
      await ensureNoTables(url);
      continue;
    }
    await migrateUrl(url);
    const target = await openDatabase({ kind: "url", url });
    try {
      const filled = await target.nonEmptyTables();
      if (filled.length > 0)
        throw new Error(`${target.description} holds rows: ${filled.join(", ")}`);
    } finally {
      await target.close();
    }
  }

  const work = await mkdtemp(path.join(os.tmpdir(), "hearth-bench-transfer-"));
  try {
    const persistTo = flags.d1 ? path.resolve(flags.d1) : path.join(work, "d1");
    let seedSeconds: number | null = null;
    try {
      d1SqliteFile(persistTo);
      console.log(`Using the world already in ${displayPath(persistTo)}`);
    } catch {
      console.log(
        `Writing the ${number(resources)}-resource world into ${displayPath(persistTo)}…`,
      );
      const started = performance.now();
      const world = benchWorld(resources, await mintApiKey(), await mintApiKey());
      await seedBenchDatabase({ kind: "d1", persistTo }, world.rows, path.join(work, "sql"));
      seedSeconds = Math.round((performance.now() - started) / 100) / 10;
    }
    const sqliteFile = d1SqliteFile(persistTo);
    const sourceSpec = { kind: "local", persistTo } as const;
    const counted = await openDatabase(sourceSpec);
    const counts = await sourceCounts(counted).finally(() => counted.close());
    const worldResources = counts.get("resources") ?? 0;
    const totalRows = sum(counts);
    console.log(
      `The world: ${number(worldResources)} resources, ${number(totalRows)} rows in ${counts.size} tables`,
    );

    const loadBefore = loadAverage();
    const measurements: Measurement[] = [];
    for (const [schema, url] of pgloaderTargets) {
      console.log(
        `\npgloader into ${redactUrl(url)} (${schema === "own" ? "its own tables" : "Hearth's schema, data only"})…`,
      );
      const loaded = await runPgloader(sqliteFile, url, schema, work);
      console.log(loaded.summary);
      let verifySeconds: number | null = null;
      let check: string;
      if (schema === "own") {
        const target = await countPgloaderRows(url);
        const wrong = [...counts].filter(([table, rows]) => target.get(table) !== rows);
        check =
          wrong.length === 0
            ? "row counts match"
            : `row counts differ: ${wrong.map(([t]) => t).join(", ")}`;
      } else {
        const [from, to] = [
          await openDatabase(sourceSpec),
          await openDatabase({ kind: "url", url }),
        ];
        try {
          const started = performance.now();
          const comparison = await compare(databaseEndpoint(from), databaseEndpoint(to));
          verifySeconds = (performance.now() - started) / 1000;
          const different = comparison.filter(differs).map((c) => c.table);
          check =
            different.length === 0
              ? "db:verify: every table matches"
              : `db:verify: ${different.join(", ")} differ`;
        } finally {
          await from.close();
          await to.close();
        }
      }
      console.log(check);
      measurements.push({
        tool: "pgloader",
        target: "postgres",
        schema: schema === "own" ? "pgloader's own" : "hearth",
        rows: totalRows,
        seconds: loaded.seconds,
        rowsPerSecond: totalRows / loaded.seconds,
        verifySeconds,
        check,
      });
    }

    for (const url of transferTargets) {
      console.log(`\ndb:transfer into ${redactUrl(url)}…`);
      const from = await openDatabase(sourceSpec);
      const to = await openDatabase(parseDatabaseSpec(url)!);
      try {
        await ensureMigrationsMatch(databaseEndpoint(from), to, true);
        const moved = await transfer(databaseEndpoint(from), to, {
          resume: false,
          statePath: path.join(work, `state-${measurements.length}.json`),
        });
        const started = performance.now();
        const comparison = await compare(databaseEndpoint(from), databaseEndpoint(to));
        const verifySeconds = (performance.now() - started) / 1000;
        if (comparison.some(differs))
          throw new Error(`${to.description} differs after the transfer`);
        measurements.push({
          tool: "db:transfer",
          target: to.dialect as "postgres" | "mysql",
          schema: "hearth",
          rows: moved.rows,
          seconds: moved.seconds,
          rowsPerSecond: moved.rows / moved.seconds,
          verifySeconds,
          check: "db:verify: every table matches",
        });
      } finally {
        await from.close();
        await to.close();
      }
    }

    const servers: Record<string, string> = {};
    for (const url of [...transferTargets, ...pgloaderTargets.map(([, url]) => url)]) {
      servers[dialectOfUrl(url)] ??= await serverVersion(url);
    }
    const report: TransferReport = {
      date: new Date().toISOString().slice(0, 10),
      machine: machine(),
      load: { before: loadBefore, after: loadAverage() },
      servers,
      pgloader: pgloader ?? null,
      world: { resources: worldResources, rows: totalRows, seedSeconds },
      measurements,
    };
    await mkdir(RESULTS_DIR, { recursive: true });
    const stem = path.join(RESULTS_DIR, `${report.date}-transfer`);
    const markdown = toMarkdown(report);
    await writeFile(`${stem}.json`, `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(`${stem}.md`, markdown);
    console.log(`\n${markdown}`);
    console.log(`Wrote ${displayPath(`${stem}.json`)} and .md`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

interface TransferReport {
  date: string;
  machine: ReturnType<typeof machine>;
  /** os.loadavg() (1, 5, 15 minutes) when the measurements started and ended. */
  load: { before: number[]; after: number[] };
  servers: Record<string, string>;
  pgloader: string | null;
  world: { resources: number; rows: number; seedSeconds: number | null };
  measurements: Measurement[];
}

function toMarkdown(report: TransferReport): string {
  const { machine: m, load, world } = report;
  const rows = report.measurements.map(
    (r) =>
      `| ${r.tool} | ${r.target} | ${r.schema === "hearth" ? "Hearth's (migrated)" : "pgloader's own"} | ${number(r.rows)} | ${r.seconds.toFixed(1)} | ${number(Math.round(r.rowsPerSecond))} | ${r.verifySeconds === null ? "–" : r.verifySeconds.toFixed(1)} | ${r.check} |`,
  );
  return [
    `# Hearth transfer benchmark, ${report.date}`,
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}.`,
    `Load average (1/5/15 min): ${load.before.join(" / ")} at the start, ${load.after.join(" / ")} at the end (the machine was shared).`,
    `Servers: ${Object.entries(report.servers)
      .map(([dialect, version]) => `${dialect} ${version.split(" on ")[0]}`)
      .join("; ")}.${report.pgloader ? ` ${report.pgloader}.` : ""}`,
    `Source: local D1 (wrangler's SQLite file), the benchmark world at ${number(world.resources)} resources = ${number(world.rows)} rows.`,
    "",
    "| Tool | Into | Schema | Rows | Seconds | rows/s | db:verify s | Check |",
    "|---|---|---|---:|---:|---:|---:|---|",
    ...rows,
    "",
    "- db:transfer: reads keyset pages of 1,000 rows through wrangler's local D1, converts every value through the schema (ms → timestamptz/datetime(3), 0/1 → boolean, JSON text → jsonb/json), checks it fits the target, writes each page in one transaction and checkpoints it (resumable). Seconds exclude starting local D1 and migrating the target.",
    "- pgloader, own schema: creates tables from the SQLite declarations (ms timestamps stay bigint, booleans integer, JSON text; NOT NULL and lengths dropped), loads with COPY on several threads, then builds indexes and foreign keys. Not a Hearth database; checked by row counts only. Seconds are the whole pgloader run.",
    "- pgloader, Hearth schema: data only into a database migrated by Hearth, with a cast per timestamp column (bench/epoch-ms.lisp); it drops and re-creates the foreign keys around the load. No check of values before writing (a row Postgres refuses goes to its reject file and the load goes on; this script fails on any ERROR line), no resume, Postgres only.",
    "",
  ].join("\n");
}
