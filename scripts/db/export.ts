/**
 * npm run db:export -- --from <database> --out <dir>
 * Writes a dump: one NDJSON file per table and a manifest (counts, digests,
 * migrations). Any of the three databases can load it with db:import.
 */
import path from "node:path";
import { parseFlags } from "../lib/args";
import { runMain, UsageError } from "../lib/cli";
import { displayPath } from "../lib/paths";
import { databaseSpec, KEY_OPTIONS, keyFor, SIDE_USAGE, withDatabase } from "../lib/transfer/cli";
import { exportDump } from "../lib/transfer/engine";

const USAGE = `Usage: npm run db:export -- --from <database> --out <dir>

Writes every table of the database to <dir> (which must be new or empty):
<table>.ndjson, one row per line in its canonical form (timestamps as epoch
milliseconds, JSON columns as JSON), and manifest.json with each table's row
count and digest and the migrations applied. Load it with db:import.

${SIDE_USAGE}`;

const OPTIONS = { from: { type: "string" }, out: { type: "string" }, ...KEY_OPTIONS } as const;

runMain(async () => {
  const flags = parseFlags(process.argv.slice(2), OPTIONS, USAGE);
  const from = databaseSpec(flags.from, "--from", USAGE, keyFor("--from", flags, USAGE));
  if (!flags.out) throw new UsageError("--out is required", USAGE);
  const directory = path.resolve(flags.out);
  await withDatabase(from, async (source) => {
    console.log(`Exporting ${source.description} → ${displayPath(directory)}…`);
    const { rows, seconds } = await exportDump(source, directory);
    console.log(`Exported ${rows.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s.`);
  });
});
