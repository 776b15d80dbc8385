/**
 * npm run dev [-- <wrangler dev arguments>]
 * Prepares the database the worker will use — DATABASE_URL from the shell,
 * else from .dev.vars (or .env), else local D1 — with its pending migrations
 * and demo data when it has no users; prints which database that is, the demo
 * admin API key and the URLs, then runs `wrangler dev` with every argument
 * passed through. Ctrl-C and the exit code pass through too.
 */
import type { ChildProcess } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { passthroughOption } from "./lib/args";
import { runMain } from "./lib/cli";
import { demoKeyPath, readDemoKey, saveDemoKey } from "./lib/demo-key";
import { prepareDocsAssets } from "./lib/docs-assets";
import { localVar, localVarsFiles } from "./lib/local-vars";
import { displayPath, projectRoot } from "./lib/paths";
import { seedIfEmpty } from "./lib/seed";
import {
  configuredDatabaseUrl,
  type DatabaseTarget,
  describeTarget,
  withTarget,
} from "./lib/target";
import { migrateUrl } from "./lib/url-database";
import { spawnWrangler } from "./lib/wrangler";
import { applyD1Migrations, d1LocationFlags } from "./lib/wrangler-d1";
import { DEMO_ADMIN } from "./seed-data";

const USAGE = `Usage: npm run dev [-- <wrangler dev arguments>]

Prepares the database the worker will use, then starts \`wrangler dev\`.
  Database: DATABASE_URL from the shell, else from .dev.vars (or .env), else local D1.
  Pending migrations are applied; an empty database gets the demo data and a
  demo admin API key, which is printed on every start.
Every argument goes to wrangler dev (--port, --env, --persist-to, --remote, …);
\`npx wrangler dev --help\` lists them.`;

const DEFAULT_PORT = "8787";
const FORWARDED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Migrations, then demo data into an empty database; the demo key if one is known. */
async function prepareDatabase(target: DatabaseTarget): Promise<string | undefined> {
  if (target.kind === "url") await migrateUrl(target.url);
  else await applyD1Migrations(target.location);
  const outcome = await withTarget(target, seedIfEmpty);
  if (outcome?.adminKey === "minted") {
    console.log("Seeded demo data into the empty database.");
    await saveDemoKey(outcome.minted.key, target);
  }
  return readDemoKey(target);
}

/**
 * wrangler dev gives the worker the local files' secrets, not the shell's
 * variables. When DATABASE_URL comes from the shell, it is handed over in one
 * more env file after the local ones (later files win), so the worker uses
 * the database that was just prepared. Returns the extra arguments and a
 * clean-up for the file.
 */
function shellDatabaseUrlArgs(
  target: DatabaseTarget,
  env: string | undefined,
): { args: string[]; cleanUp: () => void } {
  const none = { args: [], cleanUp: () => {} };
  if (target.kind !== "url" || target.source !== "the shell") return none;
  if (localVar("DATABASE_URL", env)?.value === target.url) return none;
  if (/["\n\r]/.test(target.url)) {
    throw new Error(
      "DATABASE_URL from the shell contains a quote or line break; put it in .dev.vars",
    );
  }
  const file = path.join(projectRoot, ".wrangler", `dev-shell-vars-${process.pid}`);
  writeFileSync(file, `DATABASE_URL="${target.url}"\n`, { mode: 0o600 });
  const files = [...localVarsFiles(env), file];
  return {
    args: files.flatMap((name) => ["--env-file", name]),
    cleanUp: () => rmSync(file, { force: true }),
  };
}

function printUrls(port: string) {
  const base = `http://localhost:${port}`;
  console.log("\nHearth is starting:");
  console.log(`  API reference  ${base}/docs`);
  console.log(`  OpenAPI        ${base}/openapi.json`);
  console.log(`  Health         ${base}/v1/health\n`);
}

function printDemoKey(demoKey: string | undefined, target: DatabaseTarget) {
  if (demoKey) {
    console.log(`Demo admin API key (${DEMO_ADMIN.email}, scope admin):`);
    console.log(`  Authorization: Bearer ${demoKey}\n`);
    return;
  }
  // Not seeded by this tool, or the key file is gone: the database holds only a hash.
  const flags = target.kind === "d1" ? ` ${d1LocationFlags(target.location).join(" ")}` : "";
  console.log(`No demo API key saved at ${displayPath(demoKeyPath(target)!)}. Mint one:`);
  console.log(
    `  npm run keys:create -- --subject user:${DEMO_ADMIN.id} --scopes admin --name dev${flags}\n`,
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
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  prepareDocsAssets();
  // `wrangler dev --remote` uses remote bindings: there is no local database to prepare.
  if (args.includes("--remote")) {
    printUrls(passthroughOption(args, "port") ?? DEFAULT_PORT);
    return exitCodeOf(spawnWrangler(["dev", ...args], "inherit"));
  }
  const env = passthroughOption(args, "env");
  const persistTo = passthroughOption(args, "persist-to");
  const configured = configuredDatabaseUrl(env);
  const target: DatabaseTarget = configured
    ? { kind: "url", ...configured }
    : {
        kind: "d1",
        location: { remote: false, env, persistTo: persistTo && path.resolve(persistTo) },
      };
  console.log(`Database: ${describeTarget(target)}`);
  const demoKey = await prepareDatabase(target);
  printUrls(passthroughOption(args, "port") ?? DEFAULT_PORT);
  printDemoKey(demoKey, target);
  const handOver = shellDatabaseUrlArgs(target, env);
  try {
    return await exitCodeOf(spawnWrangler(["dev", ...handOver.args, ...args], "inherit"));
  } finally {
    handOver.cleanUp();
  }
});
