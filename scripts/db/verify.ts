/**
 * npm run db:verify -- --from <a> --to <b>
 * Compares two Hearth databases (or a dump) table by table: row counts and an
 * order-independent digest of every row's canonical form.
 */
import { parseFlags } from "../lib/args";
import { runMain } from "../lib/cli";
import {
  closeEndpoint,
  KEY_OPTIONS,
  keyFor,
  openEndpoint,
  SIDE_USAGE,
  verifyAndReport,
} from "../lib/transfer/cli";
import type { Endpoint } from "../lib/transfer/engine";

const USAGE = `Usage: npm run db:verify -- --from <database|dump> --to <database|dump>

For every table, counts the rows and digests them (SHA-256 of each row's
canonical form, summed, so row order does not matter) on both sides, and
prints a table. Exits 1 when any table differs, naming it and the ids of the
rows that differ.

Either side may also be a directory written by db:export.

${SIDE_USAGE}`;

const OPTIONS = { from: { type: "string" }, to: { type: "string" }, ...KEY_OPTIONS } as const;

runMain(async () => {
  const flags = parseFlags(process.argv.slice(2), OPTIONS, USAGE);
  let a: Endpoint | undefined;
  let b: Endpoint | undefined;
  try {
    a = await openEndpoint(flags.from, "--from", USAGE, keyFor("--from", flags, USAGE));
    b = await openEndpoint(flags.to, "--to", USAGE, keyFor("--to", flags, USAGE));
    return await verifyAndReport(a, b);
  } finally {
    await closeEndpoint(a);
    await closeEndpoint(b);
  }
});
