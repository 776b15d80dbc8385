/**
 * `npm run db:check`: fails when the schema and the committed migrations differ, or when a
 * committed migration was edited, deleted or never recorded. That a D1 migration loses no
 * rows is proved by running it: test/worker/migrations.test.ts (docs/architecture.md §11).
 */
import { parseFlags } from "../lib/args";
import { checkManifest, checkSchemaMatchesMigrations } from "./checks";
import { loadDialectConfigs } from "./drizzle-configs";

parseFlags(
  process.argv.slice(2),
  {},
  `Usage: npm run db:check

Fails when the schema (src/db/schema) and the committed migrations of D1, Postgres
and MySQL differ, or when a committed migration was edited, deleted or never recorded
in migrations/manifest.json. Reads no database. Whether a D1 migration loses rows
(a table rebuild cascading to its children) is tested on a real local D1 by
\`npx vitest run --project worker-d1 test/worker/migrations.test.ts\` (part of npm test).`,
);

const dialects = await loadDialectConfigs();
const results = [checkSchemaMatchesMigrations(dialects), checkManifest(dialects)];
const problems = results.flatMap((result) => result.problems);

if (problems.length > 0) {
  console.error(`db:check found ${problems.length} problem(s):\n`);
  for (const problem of problems) console.error(`✗ ${problem}\n`);
  process.exitCode = 1;
} else {
  for (const { summary } of results) console.log(`✓ ${summary}`);
}
