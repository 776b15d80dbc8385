/**
 * npm run db:migrate:url — applies the Postgres or MySQL migrations to
 * DATABASE_URL: the shell's, else the one in .dev.vars (or .env).
 */
import { dialectOfUrl } from "../../src/config";
import { parseFlags } from "../lib/args";
import { runMain, UsageError } from "../lib/cli";
import { displayPath } from "../lib/paths";
import { configuredDatabaseUrl, describeTarget } from "../lib/target";
import { migrateUrl, migrationsFolder } from "../lib/url-database";

const USAGE = `Usage: npm run db:migrate:url

Applies the pending Postgres or MySQL migrations to DATABASE_URL
(postgres://…, postgresql://… or mysql://…), taken from the shell, else from
.dev.vars (or .env). Local D1: npm run db:migrate:local.`;

function dialectOrUsage(url: string) {
  try {
    return dialectOfUrl(url);
  } catch (error) {
    throw new UsageError((error as Error).message, USAGE);
  }
}

runMain(async () => {
  parseFlags(process.argv.slice(2), {}, USAGE);
  const configured = configuredDatabaseUrl();
  if (!configured)
    throw new UsageError("DATABASE_URL is set neither in the shell nor in .dev.vars", USAGE);
  const folder = displayPath(migrationsFolder(dialectOrUsage(configured.url)));
  console.log(`Applying ${folder} to ${describeTarget({ kind: "url", ...configured })}…`);
  await migrateUrl(configured.url);
  console.log("Migrations are up to date.");
});
