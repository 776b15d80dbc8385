/**
 * What the data-portability scripts share: naming a side on the command line,
 * opening it, and running db:verify's comparison with its report.
 */
import fs from "node:fs";
import path from "node:path";
import { UsageError } from "../cli";
import { type DatabaseSpec, openDatabase, parseDatabaseSpec, type TransferSide } from "./databases";
import { compare, differs, type Endpoint, formatComparison, openDump } from "./engine";
import { MANIFEST_FILE } from "./files";

export const SIDE_USAGE = `A database is one of:
  local                 this checkout's local D1 (.wrangler/state, as \`npm run dev\` uses it)
  local:<dir>           local D1 kept in another state directory (wrangler --persist-to <dir>)
  postgres://…          a Postgres database (postgresql:// too)
  mysql://…             a MySQL or MariaDB database
  https://…             a deployed Hearth, through its admin-only /v1/transfer
                        endpoints (http://127.0.0.1:<port> or http://localhost:<port>
                        for a local \`wrangler dev\`, for testing)

A deployed Hearth needs an API key with the admin scope:
  --key <key>           the key of the deployed side
  --from-key <key>      the source's key, --to-key <key> the target's, when both
                        sides are deployed Hearths (each has its own keys)
The key's own api_keys row is how the tool gets in, not data: it is neither
copied nor compared.`;

/** The admin-key flags of every data-portability script. */
export const KEY_OPTIONS = {
  key: { type: "string" },
  "from-key": { type: "string" },
  "to-key": { type: "string" },
} as const;

type KeyFlags = { key?: string; "from-key"?: string; "to-key"?: string };

const isDeployed = (text: string | undefined) => text !== undefined && /^https?:\/\//i.test(text);

/**
 * The key for the side named by `flag` (--from or --to): its own --from-key /
 * --to-key, else --key, which is ambiguous when both sides are deployed.
 */
export function keyFor(
  flag: "--from" | "--to",
  flags: KeyFlags & { from?: string; to?: string },
  usage: string,
): string | undefined {
  const own = flag === "--from" ? flags["from-key"] : flags["to-key"];
  if (own !== undefined) return own;
  if (flags.key !== undefined && isDeployed(flags.from) && isDeployed(flags.to)) {
    throw new UsageError("Both sides are deployed Hearths: give --from-key and --to-key", usage);
  }
  return flags.key;
}

export function databaseSpec(
  text: string | undefined,
  flag: string,
  usage: string,
  key?: string,
): DatabaseSpec {
  if (!text) throw new UsageError(`${flag} is required`, usage);
  const spec = parseDatabaseSpec(text, key);
  if (spec) return spec;
  if (isDeployed(text)) {
    if (key === undefined) {
      throw new UsageError(
        `${flag} ${text} is a deployed Hearth: give its admin key with --key`,
        usage,
      );
    }
    throw new UsageError(
      `${flag} ${text}: a deployed Hearth is reached over https:// (http:// only on 127.0.0.1 or localhost)`,
      usage,
    );
  }
  throw new UsageError(
    `${flag} must be local, local:<dir>, postgres://…, mysql://… or https://… (got "${text}")`,
    usage,
  );
}

/** A database, or (where a dump is accepted) a directory db:export wrote. */
export async function openEndpoint(
  text: string | undefined,
  flag: string,
  usage: string,
  key?: string,
): Promise<Endpoint> {
  if (text && fs.existsSync(path.join(text, MANIFEST_FILE))) return openDump(path.resolve(text));
  const db = await openDatabase(databaseSpec(text, flag, usage, key));
  return { kind: "database", db, description: db.description };
}

export async function closeEndpoint(endpoint: Endpoint | undefined): Promise<void> {
  if (endpoint?.kind === "database") await endpoint.db.close();
}

export async function withDatabase<T>(
  spec: DatabaseSpec,
  use: (db: TransferSide) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(spec);
  try {
    return await use(db);
  } finally {
    await db.close();
  }
}

/** Prints the comparison; the exit code is 1 when any table differs. */
export async function verifyAndReport(a: Endpoint, b: Endpoint): Promise<number> {
  console.log("Verifying: row counts and digests of every table on both sides…");
  const results = await compare(a, b);
  console.log(formatComparison(results, [a.description, b.description]));
  const differing = results.filter(differs);
  if (differing.length === 0) {
    console.log(`All ${results.length} tables match.`);
    return 0;
  }
  console.error(`${differing.length} table(s) differ: ${differing.map((r) => r.table).join(", ")}`);
  return 1;
}
