import type { DialectConfig } from "./drizzle-configs";
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

function indent(text: string): string {
  return text.replace(/^/gm, "    ");
}
