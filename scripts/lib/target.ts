/**
 * Where a script reads and writes: the database the worker will use. That is
 * the Postgres/MySQL database in DATABASE_URL — the shell's, else the one in
 * .dev.vars (or .env), as `wrangler dev` gives it to the worker — and local D1
 * otherwise; --local and --remote choose D1 explicitly. Whatever the target,
 * scripts get the worker's own Database over it (./database.ts), named for messages.
 */
import path from "node:path";
import { dialectOfUrl } from "../../src/config";
import { errorChain } from "../../src/errors";
import { UsageError } from "./cli";
import { openLocalD1, openUrlDatabase, type ScriptDatabase } from "./database";
import { localVar } from "./local-vars";
import { projectRoot } from "./paths";
import { redactUrl } from "./url-database";
import { type D1Location, d1LocationFlags, describeD1, openRemoteD1 } from "./wrangler-d1";

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

export async function openTarget(target: DatabaseTarget): Promise<ScriptDatabase> {
  const description = describeTarget(target);
  if (target.kind === "url") {
    return openUrlDatabase(target.url, `${dialectOfUrl(target.url)} ${description}`);
  }
  const { location } = target;
  return location.remote
    ? openRemoteD1(location.env ?? "production", description)
    : openLocalD1(description, location);
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
