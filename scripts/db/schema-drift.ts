import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DialectConfig } from "./drizzle-configs";
import { readJournal } from "./drizzle-journal";
import { drizzleKitGenerate } from "./drizzle-kit";
import { REPO_ROOT } from "./repo";

export type SchemaDrift =
  | { kind: "in-sync" }
  /** drizzle-kit would write a migration: the schema changed since the last one. */
  | { kind: "pending"; sql: string }
  | { kind: "failed"; output: string };

/**
 * Runs `drizzle-kit generate` for one dialect against a temporary copy of its migrations, so the
 * real folder is never touched, and reports what it would write.
 */
export function schemaDrift(
  dialect: DialectConfig,
  migrationsDir = dialect.migrationsDir,
): SchemaDrift {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "hearth-db-check-"));
  try {
    const outDir = path.join(workDir, "out");
    if (fs.existsSync(migrationsDir)) fs.cpSync(migrationsDir, outDir, { recursive: true });
    const schema = [dialect.config.schema ?? []]
      .flat()
      .map((file) => path.resolve(REPO_ROOT, file));
    // drizzle-kit prefixes `out` with "./", so it must be relative to the working directory.
    const config = { ...dialect.config, schema, out: "./out" };
    const configFile = path.join(workDir, "drizzle.config.mjs");
    fs.writeFileSync(configFile, `export default ${JSON.stringify(config)};\n`);

    const entriesBefore = readJournal(outDir).length;
    const run = drizzleKitGenerate(configFile, { cwd: workDir, capture: true });
    const written = readJournal(outDir).slice(entriesBefore);
    if (written.length > 0) {
      const sql = written.map(({ tag }) =>
        fs.readFileSync(path.join(outDir, `${tag}.sql`), "utf8"),
      );
      return { kind: "pending", sql: sql.join("\n") };
    }
    // drizzle-kit exits 0 on some failures: only its "nothing to migrate" line means in sync.
    if (run.status === 0 && run.output.includes("No schema changes")) return { kind: "in-sync" };
    return { kind: "failed", output: run.output };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
