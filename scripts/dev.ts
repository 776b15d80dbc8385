/**
 * npm run dev [-- <wrangler dev arguments>]
 * Prepares local D1 (pending migrations, demo data when it has no users),
 * prints the demo admin API key and the URLs, then runs `wrangler dev` with
 * every argument passed through. Ctrl-C and the exit code pass through too.
 */
import type { ChildProcess } from "node:child_process";
import { constants } from "node:os";
import path from "node:path";
import { passthroughOption } from "./lib/args";
import { runMain } from "./lib/cli";
import { demoKeyPath, readDemoKey, saveDemoKey } from "./lib/demo-key";
import { prepareDocsAssets } from "./lib/docs-assets";
import { displayPath } from "./lib/paths";
import { seedIfEmpty } from "./lib/seed";
import { withTarget } from "./lib/target";
import { spawnWrangler } from "./lib/wrangler";
import { applyD1Migrations, type D1Location, d1LocationFlags } from "./lib/wrangler-d1";
import { DEMO_ADMIN } from "./seed-data";

const DEFAULT_PORT = "8787";
const FORWARDED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Migrations, then demo data into an empty database; the demo key if one is known. */
async function prepareLocalD1(location: D1Location): Promise<string | undefined> {
  await applyD1Migrations(location);
  const outcome = await withTarget({ kind: "d1", location }, seedIfEmpty);
  if (outcome?.adminKey === "minted") {
    console.log("Seeded demo data into the empty local database.");
    await saveDemoKey(outcome.minted.key, location.persistTo);
  }
  return readDemoKey(location.persistTo);
}

function printUrls(port: string) {
  const base = `http://localhost:${port}`;
  console.log("\nHearth is starting:");
  console.log(`  API reference  ${base}/docs`);
  console.log(`  OpenAPI        ${base}/openapi.json`);
  console.log(`  Health         ${base}/v1/health\n`);
}

function printDemoKey(demoKey: string | undefined, location: D1Location) {
  if (demoKey) {
    console.log(`Demo admin API key (${DEMO_ADMIN.email}, scope admin):`);
    console.log(`  Authorization: Bearer ${demoKey}\n`);
    return;
  }
  // Not seeded by this tool, or the key file is gone: the database holds only a hash.
  console.log(
    `No demo API key saved at ${displayPath(demoKeyPath(location.persistTo))}. Mint one:`,
  );
  console.log(
    `  npm run keys:create -- --subject user:${DEMO_ADMIN.id} --scopes admin --name dev ${d1LocationFlags(location).join(" ")}\n`,
  );
}

/** Resolves with the child's exit code (128 + signal number when a signal ended it). */
function exitCodeOf(child: ChildProcess): Promise<number> {
  // A signal sent to this process alone (kill <pid>) is passed on, so wrangler
  // and workerd never outlive it. Ctrl-C already reaches the whole foreground
  // process group; wrangler takes the repeat in its stride.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      for (const forwarded of FORWARDED_SIGNALS) process.off(forwarded, forward);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

runMain(async () => {
  const args = process.argv.slice(2);
  // `wrangler dev --remote` uses remote bindings: there is no local database to prepare.
  const remote = args.includes("--remote");
  const persistTo = passthroughOption(args, "persist-to");
  const location: D1Location = {
    remote: false,
    env: passthroughOption(args, "env"),
    persistTo: persistTo && path.resolve(persistTo),
  };
  prepareDocsAssets();
  const demoKey = remote ? undefined : await prepareLocalD1(location);
  printUrls(passthroughOption(args, "port") ?? DEFAULT_PORT);
  if (!remote) printDemoKey(demoKey, location);
  return exitCodeOf(spawnWrangler(["dev", ...args], "inherit"));
});
