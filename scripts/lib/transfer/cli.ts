/**
 * What the data-portability scripts share: naming a side on the command line,
 * opening it, and running db:verify's comparison with its report.
 */
import fs from "node:fs";
import path from "node:path";
import { UsageError } from "../cli";
import {
  type DatabaseSpec,
  openDatabase,
  parseDatabaseSpec,
  type TransferDatabase,
} from "./databases";
import { compare, differs, type Endpoint, formatComparison, openDump } from "./engine";
import { MANIFEST_FILE } from "./files";

export const SIDE_USAGE = `A database is one of:
  local                 this checkout's local D1 (.wrangler/state, as \`npm run dev\` uses it)
  local:<dir>           local D1 kept in another state directory (wrangler --persist-to <dir>)
  postgres://…          a Postgres database (postgresql:// too)
  mysql://…             a MySQL or MariaDB database
A deployed Hearth (https://…) is not supported yet: export from its database instead.`;

export function databaseSpec(text: string | undefined, flag: string, usage: string): DatabaseSpec {
  if (!text) throw new UsageError(`${flag} is required`, usage);
  const spec = parseDatabaseSpec(text);
  if (spec) return spec;
  if (/^https?:\/\//i.test(text)) {
    throw new UsageError(`${flag} ${text}: a deployed Hearth is not supported yet`, usage);
  }
  throw new UsageError(
    `${flag} must be local, local:<dir>, postgres://… or mysql://… (got "${text}")`,
    usage,
  );
}

/** A database, or (where a dump is accepted) a directory db:export wrote. */
export async function openEndpoint(
  text: string | undefined,
  flag: string,
  usage: string,
): Promise<Endpoint> {
  if (text && fs.existsSync(path.join(text, MANIFEST_FILE))) return openDump(path.resolve(text));
  const db = await openDatabase(databaseSpec(text, flag, usage));
  return { kind: "database", db, description: db.description };
}

export async function closeEndpoint(endpoint: Endpoint | undefined): Promise<void> {
  if (endpoint?.kind === "database") await endpoint.db.close();
}

export async function withDatabase<T>(
  spec: DatabaseSpec,
  use: (db: TransferDatabase) => Promise<T>,
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
