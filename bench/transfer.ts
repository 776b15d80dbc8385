/**
 * npm run bench:transfer -- [--resources <n>] [--postgres <url>] [--mysql <url>]
 * Measures db:transfer on the benchmark world: the world is written to a fresh
 * local D1, then transferred to each empty database given, timing the copy
 * and the verification that follows it.
 */

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseFlags } from "../scripts/lib/args";
import { runMain, UsageError } from "../scripts/lib/cli";
import {
  type DatabaseSpec,
  openDatabase,
  parseDatabaseSpec,
} from "../scripts/lib/transfer/databases";
import {
  compare,
  databaseEndpoint,
  differs,
  ensureMigrationsMatch,
  transfer,
} from "../scripts/lib/transfer/engine";
import { mintApiKey } from "../src/auth/api-keys";
import { benchWorld } from "./dataset";
import { seedBenchDatabase } from "./seed";

const USAGE = `Usage: npm run bench:transfer -- [--resources <n>] [--postgres <url>] [--mysql <url>]

Writes the benchmark world (default 10,000 resources) into a fresh local D1,
then runs db:transfer from it into each database given (each must be empty;
its migrations are applied) and db:verify after it, and prints rows per second.

  --resources <n>       size of the world (default 10000)
  --postgres <url>      an empty Postgres database to transfer into
  --mysql <url>         an empty MySQL database to transfer into`;

const OPTIONS = {
  resources: { type: "string" },
  postgres: { type: "string" },
  mysql: { type: "string" },
} as const;

runMain(async () => {
  const flags = parseFlags(process.argv.slice(2), OPTIONS, USAGE);
  const resources = Number(flags.resources ?? 10_000);
  if (!Number.isSafeInteger(resources) || resources < 1) {
    throw new UsageError("--resources must be a positive integer", USAGE);
  }
  const targets = [flags.postgres, flags.mysql].filter((url): url is string => Boolean(url));
  if (targets.length === 0) throw new UsageError("Give --postgres and/or --mysql", USAGE);

  const work = await mkdtemp(path.join(os.tmpdir(), "hearth-bench-transfer-"));
  try {
    const persistTo = path.join(work, "d1");
    const source: DatabaseSpec = { kind: "local", persistTo };
    console.log(
      `Writing the ${resources.toLocaleString("en-US")}-resource world into ${source.persistTo}…`,
    );
    const world = benchWorld(resources, await mintApiKey());
    await seedBenchDatabase({ kind: "d1", persistTo }, world.rows, path.join(work, "sql"));

    const results: string[] = [];
    for (const url of targets) {
      const from = await openDatabase(source);
      const to = await openDatabase(parseDatabaseSpec(url)!);
      try {
        await ensureMigrationsMatch(databaseEndpoint(from), to, true);
        const moved = await transfer(databaseEndpoint(from), to, {
          resume: false,
          statePath: path.join(work, `state-${results.length}.json`),
        });
        const started = Date.now();
        const comparison = await compare(databaseEndpoint(from), databaseEndpoint(to));
        const verifySeconds = (Date.now() - started) / 1000;
        if (comparison.some(differs))
          throw new Error(`${to.description} differs after the transfer`);
        results.push(
          `local D1 → ${to.dialect}: ${moved.rows.toLocaleString("en-US")} rows in ${moved.seconds.toFixed(1)} s = ${Math.round(moved.rows / moved.seconds).toLocaleString("en-US")} rows/s; verify ${verifySeconds.toFixed(1)} s`,
        );
      } finally {
        await from.close();
        await to.close();
      }
    }
    console.log(`\n${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}`);
    for (const line of results) console.log(line);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
