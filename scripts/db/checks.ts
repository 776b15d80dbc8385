import { readD1MigrationFiles } from "./d1-migrations";
import { findUnsafeDrops } from "./d1-safety";
import { type DialectConfig, d1Config } from "./drizzle-configs";
import { diffManifest, migrationChecksums, readManifest } from "./manifest";
import { schemaDrift } from "./schema-drift";

/** What one `db:check` check found: problems to fix, or a one-line summary when there are none. */
export interface CheckResult {
  problems: string[];
  summary: string;
}

/** How much of drizzle-kit's would-be migration a problem quotes. */
const QUOTED_SQL_LINES = 20;

export function checkSchemaMatchesMigrations(dialects: DialectConfig[]): CheckResult {
  const problems = dialects.flatMap((dialect): string[] => {
    const drift = schemaDrift(dialect);
    if (drift.kind === "in-sync") return [];
    if (drift.kind === "failed") {
      return [`${dialect.file}: drizzle-kit generate failed:\n${indent(drift.output.trim())}`];
    }
    const lines = drift.sql.trim().split("\n");
    const quoted = lines.slice(0, QUOTED_SQL_LINES).join("\n");
    const more =
      lines.length > QUOTED_SQL_LINES
        ? `\n    … (${lines.length - QUOTED_SQL_LINES} more lines)`
        : "";
    return [
      `${dialect.file}: the schema differs from the committed migrations; drizzle-kit would write:\n` +
        `${indent(quoted)}${more}\n  Run \`npm run db:generate\` and commit the new migration.`,
    ];
  });
  return { problems, summary: `schema matches the migrations of ${dialects.length} dialects` };
}

export function checkManifest(dialects: DialectConfig[]): CheckResult {
  const checksums = migrationChecksums(dialects.map(({ migrationsDir }) => migrationsDir));
  const diff = diffManifest(readManifest(), checksums);
  const problems = [
    ...diff.edited.map(
      (file) =>
        `${file} was edited after it was committed. Shipped migrations are immutable: restore it and put the change in a new migration.`,
    ),
    ...diff.deleted.map(
      (file) =>
        `${file} is in migrations/manifest.json but was deleted. Restore it: shipped migrations stay.`,
    ),
    ...diff.unrecorded.map(
      (file) =>
        `${file} is not in migrations/manifest.json. Run \`npm run db:generate\` to record it.`,
    ),
  ];
  return {
    problems,
    summary: `${Object.keys(checksums).length} migrations match migrations/manifest.json`,
  };
}

export function checkD1Safety(dialects: DialectConfig[]): CheckResult {
  const migrations = readD1MigrationFiles(d1Config(dialects).migrationsDir);
  const problems = migrations.flatMap(({ file, sql, schemaBefore }) =>
    findUnsafeDrops(sql, schemaBefore).map(
      ({ statement, table, unprotected }) =>
        `${file}, statement ${statement}: DROP TABLE ${table} deletes or changes the rows of ` +
        `${unprotected.join(", ")} through ON DELETE actions (D1 ignores PRAGMA foreign_keys=OFF ` +
        "in migrations). Copy those rows aside before the DROP and put them back after the table " +
        "is recreated, or avoid the rebuild (docs/architecture.md §11).",
    ),
  );
  return {
    problems,
    summary: `D1 migrations (${migrations.length}): no DROP loses rows through ON DELETE actions`,
  };
}

function indent(text: string): string {
  return text.replace(/^/gm, "    ");
}
