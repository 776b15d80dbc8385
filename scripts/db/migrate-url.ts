/**
 * npm run db:migrate:url — applies the Postgres or MySQL migrations to DATABASE_URL.
 */
import { dialectOfUrl } from "../../src/config";
import { parseFlags } from "../lib/args";
import { runMain, UsageError } from "../lib/cli";
import { displayPath } from "../lib/paths";
import { migrateUrl, migrationsFolder, redactUrl } from "../lib/url-database";

const USAGE = `Usage: DATABASE_URL=<postgres://… | postgresql://… | mysql://…> npm run db:migrate:url`;

function dialectOrUsage(url: string) {
  try {
    return dialectOfUrl(url);
  } catch (error) {
    throw new UsageError((error as Error).message, USAGE);
  }
}

runMain(async () => {
  parseFlags(process.argv.slice(2), {}, USAGE);
  const url = process.env.DATABASE_URL;
  if (!url) throw new UsageError("DATABASE_URL is not set", USAGE);
  const folder = displayPath(migrationsFolder(dialectOrUsage(url)));
  console.log(`Applying ${folder} to ${redactUrl(url)}…`);
  await migrateUrl(url);
  console.log("Migrations are up to date.");
});
