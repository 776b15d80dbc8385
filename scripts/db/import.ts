/**
 * npm run db:import -- --in <dir> --to <database>
 * Loads a db:export dump into an empty database (of any of the three kinds),
 * then verifies the database against the dump.
 */
import path from "node:path";
import { parseFlags } from "../lib/args";
import { runMain, UsageError } from "../lib/cli";
import {
  databaseSpec,
  KEY_OPTIONS,
  keyFor,
  SIDE_USAGE,
  verifyAndReport,
  withDatabase,
} from "../lib/transfer/cli";
import { describeSpec } from "../lib/transfer/databases";
import {
  checkDump,
  databaseEndpoint,
  defaultStatePath,
  ensureMigrationsMatch,
  openDump,
  transfer,
} from "../lib/transfer/engine";

const USAGE = `Usage: npm run db:import -- --in <dir> --to <database> [options]

Loads a dump written by db:export. The target must be at the dump's migration
and hold no rows; ends by verifying the target against the dump.

  --in <dir>            the dump directory (manifest.json and <table>.ndjson)
  --to <database>       where the rows go
  --migrate             apply the target's pending migrations first (a deployed
                        Hearth cannot: the command to run is printed instead)
  --resume              continue an interrupted import from its checkpoints
  --state <file>        where checkpoints are kept (default: .wrangler/transfer/)

${SIDE_USAGE}`;

const OPTIONS = {
  in: { type: "string" },
  to: { type: "string" },
  migrate: { type: "boolean" },
  resume: { type: "boolean" },
  state: { type: "string" },
  ...KEY_OPTIONS,
} as const;

runMain(async () => {
  const flags = parseFlags(process.argv.slice(2), OPTIONS, USAGE);
  if (!flags.in) throw new UsageError("--in is required", USAGE);
  const directory = path.resolve(flags.in);
  const dump = openDump(directory);
  const to = databaseSpec(flags.to, "--to", USAGE, keyFor("--to", flags, USAGE));
  return withDatabase(to, async (target) => {
    await checkDump(dump);
    await ensureMigrationsMatch(dump, target, Boolean(flags.migrate));
    console.log(`Importing ${dump.description} → ${target.description}…`);
    const { rows, seconds } = await transfer(dump, target, {
      resume: Boolean(flags.resume),
      statePath: flags.state ?? defaultStatePath(directory, describeSpec(to)),
    });
    console.log(`Imported ${rows.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s.`);
    return verifyAndReport(dump, databaseEndpoint(target));
  });
});
