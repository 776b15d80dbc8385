/**
 * The `db:check` tooling: the checksum manifest, and every check on the committed migrations.
 * (That D1 migrations lose no rows is tested by running them: test/worker/migrations.test.ts.)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkManifest, checkSchemaMatchesMigrations } from "../../scripts/db/checks";
import { type DialectConfig, d1Config, loadDialectConfigs } from "../../scripts/db/drizzle-configs";
import { diffManifest, type Manifest, recordNewMigrations } from "../../scripts/db/manifest";
import { schemaDrift } from "../../scripts/db/schema-drift";

describe("the migrations manifest", () => {
  const manifest: Manifest = {
    algorithm: "sha256",
    files: { "migrations/0000_a.sql": "aaa", "migrations/0001_b.sql": "bbb" },
  };

  it("reports edited, deleted and unrecorded migrations", () => {
    const onDisk = { "migrations/0000_a.sql": "changed", "migrations/0002_c.sql": "ccc" };
    expect(diffManifest(manifest, onDisk)).toEqual({
      edited: ["migrations/0000_a.sql"],
      deleted: ["migrations/0001_b.sql"],
      unrecorded: ["migrations/0002_c.sql"],
    });
  });

  it("records new migrations without rewriting or dropping an entry", () => {
    const onDisk = { "migrations/0000_a.sql": "changed", "migrations/0002_c.sql": "ccc" };
    const { manifest: updated, added } = recordNewMigrations(manifest, onDisk);
    expect(added).toEqual(["migrations/0002_c.sql"]);
    expect(updated.files).toEqual({ ...manifest.files, "migrations/0002_c.sql": "ccc" });
  });
});

describe("db:check on the committed migrations", () => {
  let dialects: DialectConfig[];
  beforeAll(async () => {
    dialects = await loadDialectConfigs();
  });

  it("finds the schema and the migrations of every dialect in sync", () => {
    expect(checkSchemaMatchesMigrations(dialects).problems).toEqual([]);
  }, 120_000);

  it("finds every migration recorded, unedited, in migrations/manifest.json", () => {
    expect(checkManifest(dialects).problems).toEqual([]);
  });

  it("would notice a schema that its migrations do not produce", () => {
    const noMigrations = fs.mkdtempSync(path.join(os.tmpdir(), "hearth-no-migrations-"));
    try {
      const drift = schemaDrift(d1Config(dialects), noMigrations);
      expect(drift.kind).toBe("pending");
      expect(drift.kind === "pending" && drift.sql).toContain("CREATE TABLE `resources`");
    } finally {
      fs.rmSync(noMigrations, { recursive: true, force: true });
    }
  }, 60_000);
});
