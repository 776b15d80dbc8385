/**
 * Where a script reads and writes: local D1 (the default), remote D1, or the
 * Postgres/MySQL database in DATABASE_URL. Whatever the target, scripts get
 * one Drizzle database and one way to write atomically.
 */
import path from "node:path";
import type { Tables } from "../../src/db/schema";
import { tables as sqliteTables } from "../../src/db/schema";
import { errorChain, UsageError } from "./cli";
import type { ScriptOrm } from "./orm";
import { openUrlDatabase, redactUrl } from "./url-database";
import { type D1Location, d1LocationFlags, describeD1, openWranglerD1 } from "./wrangler-d1";

export type DatabaseTarget = { kind: "d1"; location: D1Location } | { kind: "url"; url: string };

/** The flags every database script accepts (for node:util parseArgs). */
export const TARGET_OPTIONS = {
  local: { type: "boolean" },
  remote: { type: "boolean" },
  env: { type: "string" },
  "persist-to": { type: "string" },
} as const;

export const TARGET_USAGE = `Target (default: local D1):
  --local               local D1, as used by \`npm run dev\`
  --remote              remote D1 (wrangler login; --env defaults to production)
  --env <name>          wrangler environment
  --persist-to <dir>    local state directory (default .wrangler/state)
  DATABASE_URL=<url>    postgres://, postgresql:// or mysql:// (when neither --local nor --remote)`;

interface TargetFlags {
  local?: boolean;
  remote?: boolean;
  env?: string;
  "persist-to"?: string;
}

/** An explicit --local/--remote wins over DATABASE_URL, so a stray variable never redirects it. */
export function targetFromFlags(
  flags: TargetFlags,
  databaseUrl = process.env.DATABASE_URL,
): DatabaseTarget {
  if (flags.local && flags.remote) throw new UsageError("Pass --local or --remote, not both");
  if (flags["persist-to"] && flags.remote) {
    throw new UsageError("--persist-to applies to local D1 only");
  }
  if (flags.remote) {
    return { kind: "d1", location: { remote: true, env: flags.env ?? "production" } };
  }
  if (!flags.local && databaseUrl) {
    if (flags.env || flags["persist-to"]) {
      throw new UsageError("--env and --persist-to apply to D1, not to DATABASE_URL");
    }
    return { kind: "url", url: databaseUrl };
  }
  // Absolute, so wrangler (run from the project root) and the demo key file agree on it.
  const persistTo = flags["persist-to"] && path.resolve(flags["persist-to"]);
  return { kind: "d1", location: { remote: false, env: flags.env, persistTo } };
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

async function openTarget(target: DatabaseTarget): Promise<ScriptDatabase> {
  if (target.kind === "d1") {
    const orm = openWranglerD1(target.location);
    return {
      dialect: "d1",
      orm: orm as unknown as ScriptOrm,
      tables: sqliteTables,
      description: describeD1(target.location),
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
    description: `${database.dialect} ${redactUrl(target.url)}`,
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
