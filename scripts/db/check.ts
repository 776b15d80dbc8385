/**
 * `npm run db:check`: fails when the schema and the committed migrations differ, when a
 * committed migration was edited, deleted or never recorded, or when a D1 migration would
 * lose rows through cascading foreign keys (docs/architecture.md §11).
 */
import { parseFlags } from "../lib/args";
import { checkD1Safety, checkManifest, checkSchemaMatchesMigrations } from "./checks";
import { loadDialectConfigs } from "./drizzle-configs";

parseFlags(
  process.argv.slice(2),
  {},
  `Usage: npm run db:check

Fails when the schema (src/db/schema) and the committed migrations of D1, Postgres
and MySQL differ, when a committed migration was edited, deleted or never recorded
in migrations/manifest.json, or when a D1 migration would lose rows through
cascading foreign keys. Reads no database.`,
);

const dialects = await loadDialectConfigs();
const results = [
  checkSchemaMatchesMigrations(dialects),
  checkManifest(dialects),
  checkD1Safety(dialects),
];
const problems = results.flatMap((result) => result.problems);

if (problems.length > 0) {
  console.error(`db:check found ${problems.length} problem(s):\n`);
  for (const problem of problems) console.error(`✗ ${problem}\n`);
  process.exitCode = 1;
} else {
  for (const { summary } of results) console.log(`✓ ${summary}`);
}
