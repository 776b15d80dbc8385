/**
 * npm run db:status — which migrations each database has applied and which
 * are pending, side by side in one table. D1 records what `wrangler d1
 * migrations apply` applied in `d1_migrations` (by file name); Postgres and
 * MySQL record what Drizzle's migrator applied in `__drizzle_migrations`, which
 * applies a migration when it is newer than the newest one recorded — so that
 * is what "applied" means here too.
 */
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { dialectOfUrl } from "../../src/config";
import { queryRows } from "../../src/db/database";
import { parseFlags } from "../lib/args";
import { runMain, UsageError } from "../lib/cli";
import { openLocalD1, openUrlDatabase, type ScriptDatabase } from "../lib/database";
import { projectRoot } from "../lib/paths";
import { configuredDatabaseUrl } from "../lib/target";
import { parseDatabaseSpec } from "../lib/transfer/databases";
import { RemoteSide } from "../lib/transfer/remote";
import { migrationsFolder, redactUrl } from "../lib/url-database";
import { wranglerJson } from "../lib/wrangler";
import { type D1Location, d1LocationFlags, describeD1 } from "../lib/wrangler-d1";
import { readJournal } from "./drizzle-journal";

const USAGE = `Usage: npm run db:status [-- options]

Lists every migration and, for each database, whether it is applied or pending.
Always shows the database the worker will use (DATABASE_URL from the shell,
else from .dev.vars or .env, else local D1), plus any given:

  --local               local D1
  --remote              remote D1 (through wrangler: needs \`wrangler login\`)
  --url <url>           a postgres://, postgresql:// or mysql:// database (repeatable)
  --deployed <url>      a deployed Hearth (https://…), through its admin-only
                        /v1/transfer endpoint; needs --key <admin key>
  --env <name>          wrangler environment for D1 (--remote defaults to production)
  --persist-to <dir>    local D1 state directory (default .wrangler/state)

Exits 0; the table says what is pending (apply it with db:migrate:local,
db:migrate:remote or db:migrate:url).`;

type Target =
  | { kind: "d1"; location: D1Location }
  | { kind: "url"; url: string }
  | { kind: "remote"; origin: string; key: string };

interface Column {
  name: string;
  /** The repository's migrations for this database's dialect. */
  migrations: string[];
  /** Those it has applied. */
  applied: Set<string>;
}

const D1_FOLDER = path.join(projectRoot, "migrations");

/** D1 migrations as wrangler applies them: every .sql file in migrations/, by name. */
function d1Migrations(): string[] {
  return fs
    .readdirSync(D1_FOLDER)
    .filter((name) => name.endsWith(".sql"))
    .sort()
    .map((name) => name.slice(0, -".sql".length));
}

/** A dialect's migrations as Drizzle's migrator reads them: the journal, with their times. */
const urlMigrations = (dialect: "postgres" | "mysql") => readJournal(migrationsFolder(dialect));

/** Runs `use` on `database`, closing it after. */
async function using<T>(database: ScriptDatabase, use: (db: ScriptDatabase) => Promise<T>) {
  try {
    return await use(database);
  } finally {
    await database.close();
  }
}

async function d1Applied(location: D1Location): Promise<Set<string>> {
  const tableQuery =
    "select name from sqlite_master where type = 'table' and name = 'd1_migrations'";
  const listQuery = "select name from d1_migrations";
  let names: string[];
  if (location.remote) {
    // Remote D1 has no binding outside Cloudflare: ask wrangler.
    const query = async (statement: string) => {
      const [output] = await wranglerJson<{ results?: { name: string }[] }[]>([
        "d1",
        "execute",
        "DB",
        ...d1LocationFlags(location),
        "--command",
        statement,
      ]);
      return (output?.results ?? []).map((row) => row.name);
    };
    names = (await query(tableQuery)).length > 0 ? await query(listQuery) : [];
  } else {
    const rows = await using(await openLocalD1(describeD1(location), location), async (db) => {
      const recorded = await queryRows(db, sql.raw(tableQuery));
      return recorded.length > 0 ? queryRows<{ name: string }>(db, sql.raw(listQuery)) : [];
    });
    names = rows.map((row) => row.name);
  }
  return new Set(names.map((name) => name.replace(/\.sql$/, "")));
}

/** The newest migration time Drizzle recorded, or undefined when it has applied none. */
async function newestDrizzleMigration(url: string): Promise<number | undefined> {
  const postgres = dialectOfUrl(url) === "postgres";
  return using(openUrlDatabase(url, redactUrl(url)), async (db) => {
    // Postgres plans the whole query, so a missing table must be asked about first.
    const exists = postgres
      ? sql`select to_regclass('drizzle.__drizzle_migrations')::text as found`
      : sql`select table_name as found from information_schema.tables where table_schema = database() and table_name = '__drizzle_migrations'`;
    const [found] = await queryRows<{ found: string | null }>(db, exists);
    if (!found?.found) return undefined;
    const table = postgres ? sql`drizzle.__drizzle_migrations` : sql`__drizzle_migrations`;
    const [row] = await queryRows<{ newest: unknown }>(
      db,
      sql`select max(created_at) as newest from ${table}`,
    );
    return row?.newest == null ? undefined : Number(row.newest);
  });
}

async function urlApplied(url: string): Promise<Set<string>> {
  const newest = await newestDrizzleMigration(url);
  return new Set(
    urlMigrations(dialectOfUrl(url))
      .filter(({ when }) => newest !== undefined && when <= newest)
      .map(({ tag }) => tag),
  );
}

/** A deployed Hearth: the migrations of its dialect, and those its worker reports applied. */
async function remoteColumn(spec: Extract<Target, { kind: "remote" }>): Promise<Column> {
  const side = await RemoteSide.open(spec);
  const applied = new Set((await side.appliedMigrations()) ?? []);
  const migrations =
    side.dialect === "d1" ? d1Migrations() : urlMigrations(side.dialect).map(({ tag }) => tag);
  return { name: side.description, migrations, applied };
}

async function column(target: Target): Promise<Column> {
  if (target.kind === "remote") return remoteColumn(target);
  try {
    if (target.kind === "d1") {
      const applied = await d1Applied(target.location);
      return { name: describeD1(target.location), migrations: d1Migrations(), applied };
    }
    const dialect = dialectOfUrl(target.url);
    return {
      name: `${dialect} ${redactUrl(target.url)}`,
      migrations: urlMigrations(dialect).map(({ tag }) => tag),
      applied: await urlApplied(target.url),
    };
  } catch (error) {
    const name = target.kind === "d1" ? describeD1(target.location) : redactUrl(target.url);
    throw new Error(`Could not read the migrations of ${name}`, { cause: error });
  }
}

function targets(argv: string[]): Target[] {
  const flags = parseFlags(
    argv,
    {
      local: { type: "boolean" },
      remote: { type: "boolean" },
      url: { type: "string", multiple: true },
      env: { type: "string" },
      "persist-to": { type: "string" },
      deployed: { type: "string", multiple: true },
      key: { type: "string" },
    },
    USAGE,
  );
  const persistTo = flags["persist-to"] && path.resolve(flags["persist-to"]);
  const local: Target = { kind: "d1", location: { remote: false, env: flags.env, persistTo } };
  const configured = configuredDatabaseUrl(flags.env);
  const list: Target[] = [configured ? { kind: "url", url: configured.url } : local];
  if (flags.local) list.push(local);
  if (flags.remote) {
    list.push({ kind: "d1", location: { remote: true, env: flags.env ?? "production" } });
  }
  for (const url of flags.url ?? []) {
    try {
      dialectOfUrl(url);
    } catch (error) {
      throw new UsageError((error as Error).message.replace("DATABASE_URL", "--url"), USAGE);
    }
    list.push({ kind: "url", url });
  }
  for (const text of flags.deployed ?? []) {
    const spec = parseDatabaseSpec(text, flags.key);
    if (spec?.kind !== "remote") {
      throw new UsageError(
        `--deployed ${text}: give an https:// address and --key <admin key>`,
        USAGE,
      );
    }
    list.push(spec);
  }
  // The worker's database given again (--local, or its URL) is one column.
  const seen = new Set<string>();
  return list.filter((target) => {
    const key = JSON.stringify(target);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One row per migration (the dialects' migrations share names), one column per database. */
function statusTable(columns: Column[]): string {
  const migrations = [...new Set(columns.flatMap((c) => c.migrations))].sort();
  const cell = (c: Column, name: string) =>
    !c.migrations.includes(name) ? "-" : c.applied.has(name) ? "applied" : "pending";
  const header = ["migration", ...columns.map((_, index) => `[${index + 1}]`)];
  const rows = migrations.map((name) => [name, ...columns.map((c) => cell(c, name))]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((text, i) => text.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  const legend = columns.map((c, index) => {
    const pending = c.migrations.filter((name) => !c.applied.has(name)).length;
    return `[${index + 1}] ${c.name}: ${c.migrations.length - pending} applied, ${pending} pending`;
  });
  return [...legend, "", line(header), ...rows.map(line)].join("\n");
}

runMain(async () => {
  const columns: Column[] = [];
  for (const target of targets(process.argv.slice(2))) columns.push(await column(target));
  console.log(statusTable(columns));
});
