/**
 * `npm run db:generate [-- --name <name>]`: `drizzle-kit generate` for every dialect, then the
 * checksum of each new migration into migrations/manifest.json (existing entries never change).
 */

import { parseFlags } from "../lib/args";
import { loadDialectConfigs } from "./drizzle-configs";
import { drizzleKitGenerate } from "./drizzle-kit";
import {
  diffManifest,
  migrationChecksums,
  readManifest,
  recordNewMigrations,
  writeManifest,
} from "./manifest";
import { REPO_ROOT } from "./repo";

const values = parseFlags(
  process.argv.slice(2),
  { name: { type: "string" } },
  `Usage: npm run db:generate [-- --name <name>]

Runs drizzle-kit generate for D1, Postgres and MySQL after a change to
src/db/schema, then records each new migration's checksum in
migrations/manifest.json. --name names the new migration files.`,
);
const dialects = await loadDialectConfigs();

for (const dialect of dialects) {
  console.log(`\n── ${dialect.file}`);
  const run = drizzleKitGenerate(dialect.file, { cwd: REPO_ROOT, name: values.name });
  if (run.status !== 0) {
    console.error(
      `drizzle-kit generate failed for ${dialect.file}; migrations/manifest.json left as it was.`,
    );
    process.exit(run.status ?? 1);
  }
}

const checksums = migrationChecksums(dialects.map(({ migrationsDir }) => migrationsDir));
const before = readManifest();
const { manifest, added } = recordNewMigrations(before, checksums);
writeManifest(manifest);

console.log(
  added.length > 0
    ? `\nRecorded in migrations/manifest.json:\n${added.map((file) => `  ${file}`).join("\n")}`
    : "\nmigrations/manifest.json: nothing new to record.",
);
const { edited } = diffManifest(before, checksums);
if (edited.length > 0) {
  console.warn(
    `\nEdited after they were recorded (left as recorded; db:check will fail):\n  ${edited.join("\n  ")}`,
  );
}
