/**
 * npm run db:transfer -- --from <database> --to <database>
 * Copies every row of one Hearth database into another (any direction
 * between local D1, Postgres and MySQL), then verifies both sides match.
 */
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
  databaseEndpoint,
  defaultStatePath,
  ensureMigrationsMatch,
  PAGE_SIZE,
  transfer,
} from "../lib/transfer/engine";

const USAGE = `Usage: npm run db:transfer -- --from <database> --to <database> [options]

Copies every table, in foreign-key order and in chunks each written
all-or-nothing, converting every value through the schema. Source and target
must be at the same migration; the target must hold no rows. Ends by running
db:verify between the two.

  --from <database>     where the rows come from
  --to <database>       where they go (must be empty unless --resume)
  --migrate             apply the target's pending migrations first (a deployed
                        Hearth cannot: the command to run is printed instead)
  --resume              continue an interrupted transfer from its checkpoints
                        (no row is written twice)
  --state <file>        where checkpoints are kept (default: .wrangler/transfer/)
  --page-size <rows>    rows read and written per all-or-nothing chunk (default 1000;
                        a deployed Hearth writes a page in batches under its body limit)

${SIDE_USAGE}`;

const OPTIONS = {
  from: { type: "string" },
  to: { type: "string" },
  migrate: { type: "boolean" },
  resume: { type: "boolean" },
  state: { type: "string" },
  "page-size": { type: "string" },
  ...KEY_OPTIONS,
  // For tests of --resume: fail after writing this many pages.
  "stop-after-pages": { type: "string" },
} as const;

runMain(async () => {
  const flags = parseFlags(process.argv.slice(2), OPTIONS, USAGE);
  const from = databaseSpec(flags.from, "--from", USAGE, keyFor("--from", flags, USAGE));
  const to = databaseSpec(flags.to, "--to", USAGE, keyFor("--to", flags, USAGE));
  if (describeSpec(from) === describeSpec(to)) {
    throw new UsageError("--from and --to name the same database", USAGE);
  }
  const stopAfterPages = flags["stop-after-pages"];
  const pageSize = Number(flags["page-size"] ?? PAGE_SIZE);
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) {
    throw new UsageError(
      `--page-size must be a positive integer (got "${flags["page-size"]}")`,
      USAGE,
    );
  }
  return withDatabase(from, (source) =>
    withDatabase(to, async (target) => {
      const sourceEndpoint = databaseEndpoint(source);
      await ensureMigrationsMatch(sourceEndpoint, target, Boolean(flags.migrate));
      console.log(`Transferring ${source.description} → ${target.description}…`);
      const { rows, seconds } = await transfer(sourceEndpoint, target, {
        resume: Boolean(flags.resume),
        statePath: flags.state ?? defaultStatePath(describeSpec(from), describeSpec(to)),
        pageSize,
        stopAfterPages: stopAfterPages === undefined ? undefined : Number(stopAfterPages),
      });
      console.log(
        `Transferred ${rows.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001)).toLocaleString("en-US")} rows/s).`,
      );
      return verifyAndReport(sourceEndpoint, databaseEndpoint(target));
    }),
  );
});
