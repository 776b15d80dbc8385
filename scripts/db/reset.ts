/**
 * npm run db:reset [-- --env <name>] [--persist-to <dir>]
 * Starts local D1 over: deletes its state, applies every migration, writes the
 * demo data and mints a new demo admin API key, which `npm run dev` then shows.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { parseFlags } from "../lib/args";
import { runMain } from "../lib/cli";
import { saveDemoKey } from "../lib/demo-key";
import { defaultLocalState, displayPath } from "../lib/paths";
import { seed } from "../lib/seed";
import {
  configuredDatabaseUrl,
  type DatabaseTarget,
  describeTarget,
  withTarget,
} from "../lib/target";
import { applyD1Migrations } from "../lib/wrangler-d1";

const USAGE = `Usage: npm run db:reset [-- --env <name>] [--persist-to <dir>]

Deletes the local D1 database (every table and row in .wrangler/state, or the
--persist-to directory), applies every migration, writes the demo data and
mints a new demo admin API key. Stop \`npm run dev\` first. Only local D1 is
ever reset: a DATABASE_URL database is never touched.`;

const OPTIONS = { env: { type: "string" }, "persist-to": { type: "string" } } as const;

runMain(async () => {
  const flags = parseFlags(process.argv.slice(2), OPTIONS, USAGE);
  const persistTo = flags["persist-to"] && path.resolve(flags["persist-to"]);
  const target: DatabaseTarget = {
    kind: "d1",
    location: { remote: false, env: flags.env, persistTo },
  };
  // Where wrangler keeps local D1 databases (v3 is its state layout).
  const d1State = path.join(persistTo ?? defaultLocalState, "v3", "d1");
  console.log(`Resetting ${describeTarget(target)}: deleting ${displayPath(d1State)}…`);
  await rm(d1State, { recursive: true, force: true });
  await applyD1Migrations(target.location);
  const outcome = await withTarget(target, seed);
  if (outcome.adminKey !== "minted") throw new Error("The demo admin key survived the reset");
  const file = await saveDemoKey(outcome.minted.key, target);
  console.log(
    `\nLocal D1 holds the demo data again. Demo admin API key (saved to ${displayPath(file!)}):`,
  );
  console.log(`  Authorization: Bearer ${outcome.minted.key}`);
  const configured = configuredDatabaseUrl(flags.env);
  if (configured) {
    console.log(
      `\nNote: npm run dev uses DATABASE_URL (from ${configured.source}), not local D1; it was left alone.`,
    );
  }
});
