/**
 * Where a script reads and writes: the database the worker will use. That is
 * the Postgres/MySQL database in DATABASE_URL — the shell's, else the one in
 * .dev.vars (or .env), as `wrangler dev` gives it to the worker — and local D1
 * otherwise; --local and --remote choose D1 explicitly. Whatever the target,
 * scripts get one Drizzle database and one way to write atomically, and say
 * which database it is.
 */
import path from "node:path";
import type { Tables } from "../../src/db/schema";
import { tables as sqliteTables } from "../../src/db/schema";
import { errorChain, UsageError } from "./cli";
import { localVar } from "./local-vars";
import type { ScriptOrm } from "./orm";
import { projectRoot } from "./paths";
import { openUrlDatabase, redactUrl } from "./url-database";
import { type D1Location, d1LocationFlags, describeD1, openWranglerD1 } from "./wrangler-d1";

export type DatabaseTarget =
  | { kind: "d1"; location: D1Location }
  | { kind: "url"; url: string; source: DatabaseUrlSource };

/** Where a DATABASE_URL came from: "the shell", or a file such as ".dev.vars". */
export type DatabaseUrlSource = "the shell" | string;

/** The flags every database script accepts (for node:util parseArgs). */
export const TARGET_OPTIONS = {
  local: { type: "boolean" },
  remote: { type: "boolean" },
  env: { type: "string" },
  "persist-to": { type: "string" },
} as const;

export const TARGET_USAGE = `Target (default: the database \`npm run dev\` uses):
  DATABASE_URL=<url>    postgres://, postgresql:// or mysql:// — from the shell, else
                        from .dev.vars (or .env); local D1 when neither sets it
  --local               local D1 (as \`npm run dev\` uses without DATABASE_URL)
  --remote              remote D1 (wrangler login; --env defaults to production)
  --env <name>          wrangler environment (also picks .dev.vars.<name>)
  --persist-to <dir>    local state directory (default .wrangler/state)`;

interface TargetFlags {
  local?: boolean;
  remote?: boolean;
  env?: string;
  "persist-to"?: string;
}

/** DATABASE_URL as the worker under `wrangler dev` gets it: the shell's, else the local files'. */
export function configuredDatabaseUrl(
  env?: string,
  shell: Record<string, string | undefined> = process.env,
  root = projectRoot,
): { url: string; source: DatabaseUrlSource } | undefined {
  if (shell.DATABASE_URL) return { url: shell.DATABASE_URL, source: "the shell" };
  const local = localVar("DATABASE_URL", env, root);
  return local?.value ? { url: local.value, source: local.file } : undefined;
}

/** An explicit --local/--remote wins over DATABASE_URL, so a stray variable never redirects it. */
export function targetFromFlags(
  flags: TargetFlags,
  shell: Record<string, string | undefined> = process.env,
  root = projectRoot,
): DatabaseTarget {
  if (flags.local && flags.remote) throw new UsageError("Pass --local or --remote, not both");
  if (flags["persist-to"] && flags.remote) {
    throw new UsageError("--persist-to applies to local D1 only");
  }
  if (flags.remote) {
    return { kind: "d1", location: { remote: true, env: flags.env ?? "production" } };
  }
  const configured = flags.local ? undefined : configuredDatabaseUrl(flags.env, shell, root);
  if (configured) {
    if (flags["persist-to"]) {
      throw new UsageError(
        `--persist-to applies to local D1, not to DATABASE_URL (from ${configured.source}); add --local for D1`,
      );
    }
    return { kind: "url", ...configured };
  }
  // Absolute, so wrangler (run from the project root) and the demo key file agree on it.
  const persistTo = flags["persist-to"] && path.resolve(flags["persist-to"]);
  return { kind: "d1", location: { remote: false, env: flags.env, persistTo } };
}

/** What a target is, for messages: the database and why it was chosen. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "d1") return describeD1(target.location);
  return `${redactUrl(target.url)} (DATABASE_URL from ${target.source})`;
}

/** Anything Drizzle executes: a query builder or prepared statement. */
export type Executable = PromiseLike<unknown>;

export interface ScriptDatabase {
  dialect: "d1" | "postgres" | "mysql";
  orm: ScriptOrm;
  tables: Tables;
  description: string;
  /** All-or-nothing writes: one D1 batch (one wrangler file run), or one transaction. */
  atomic(build: (orm: ScriptOrm) => Executable[]): Promise<void>;
  close(): Promise<void>;
}

export async function openTarget(target: DatabaseTarget): Promise<ScriptDatabase> {
  if (target.kind === "d1") {
    const orm = openWranglerD1(target.location);
    return {
      dialect: "d1",
      orm: orm as unknown as ScriptOrm,
      tables: sqliteTables,
      description: describeTarget(target),
      async atomic(build) {
        const statements = build(orm as unknown as ScriptOrm);
        if (statements.length > 0) await orm.batch(statements as never);
      },
      close: async () => {},
    };
  }
  const database = await openUrlDatabase(target.url);
  return {
    ...database,
    description: `${database.dialect} ${describeTarget(target)}`,
    async atomic(build) {
      await database.orm.transaction(async (tx) => {
        for (const statement of build(tx as unknown as ScriptOrm)) await statement;
      });
    },
  };
}

/** How each database says a table is missing. */
const MISSING_TABLE = /no such table|relation "[^"]+" does not exist|Table '[^']+' doesn't exist/;

function migrateCommand(target: DatabaseTarget): string {
  if (target.kind === "url") return "npm run db:migrate:url";
  if (target.location.remote) return "npm run db:migrate:remote";
  const flags = d1LocationFlags(target.location).slice(1).join(" ");
  return flags
    ? `npx wrangler d1 migrations apply DB --local ${flags}`
    : "npm run db:migrate:local";
}

/** Runs `use` on the target, closing it after; a missing table says which migrations to apply. */
export async function withTarget<T>(
  target: DatabaseTarget,
  use: (database: ScriptDatabase) => Promise<T>,
): Promise<T> {
  const database = await openTarget(target);
  try {
    return await use(database);
  } catch (error) {
    if (!errorChain(error).some((message) => MISSING_TABLE.test(message))) throw error;
    const advice = `${database.description} has no Hearth schema yet: run ${migrateCommand(target)}`;
    throw new Error(advice, { cause: error });
  } finally {
    await database.close();
  }
}
