/**
 * The `db:check` tooling: the D1 safety analyzer on synthetic migrations (docs/architecture.md §11), the
 * checksum manifest, and every check on the committed migrations.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  checkD1Safety,
  checkManifest,
  checkSchemaMatchesMigrations,
} from "../../scripts/db/checks";
import { latestD1Schema } from "../../scripts/db/d1-migrations";
import { findUnsafeDrops, type SqliteSnapshot } from "../../scripts/db/d1-safety";
import { type DialectConfig, d1Config, loadDialectConfigs } from "../../scripts/db/drizzle-configs";
import { diffManifest, type Manifest, recordNewMigrations } from "../../scripts/db/manifest";
import { schemaDrift } from "../../scripts/db/schema-drift";
import { splitSqlStatements } from "../../scripts/db/sql-statements";
import rebuildResources from "../fixtures/migrations/rebuild-resources.sql?raw";
import rebuildResourcesDeferred from "../fixtures/migrations/rebuild-resources-deferred.sql?raw";
import rebuildResourcesKeepingChildren from "../fixtures/migrations/rebuild-resources-keeping-children.sql?raw";

/** A snapshot holding `tables`, each with its foreign keys as [parent, ON DELETE action]. */
function schemaWith(tables: Record<string, [parent: string, onDelete: string][]>): SqliteSnapshot {
  const entries = Object.entries(tables).map(([name, references]) => {
    const foreignKeys = Object.fromEntries(
      references.map(([parent, onDelete]) => [
        `${name}_${parent}_fk`,
        { tableFrom: name, tableTo: parent, onDelete },
      ]),
    );
    return [name, { name, foreignKeys }] as const;
  });
  return { tables: Object.fromEntries(entries) };
}

/** drizzle-kit's rebuild of `table`: create `__new_<table>`, copy, drop, rename. */
function rebuild(table: string, definition = "(`id` text PRIMARY KEY NOT NULL)"): string {
  return `CREATE TABLE \`__new_${table}\` ${definition};
INSERT INTO \`__new_${table}\` SELECT * FROM \`${table}\`;
DROP TABLE \`${table}\`;
ALTER TABLE \`__new_${table}\` RENAME TO \`${table}\`;
`;
}

const keepAside = (table: string) => `CREATE TABLE __keep_${table} AS SELECT * FROM ${table};\n`;
const putBack = (table: string) =>
  `INSERT INTO ${table} SELECT * FROM __keep_${table};\nDROP TABLE __keep_${table};\n`;

const albumsSongsPlays = schemaWith({
  albums: [],
  songs: [["albums", "cascade"]],
  plays: [["songs", "cascade"]],
});

describe("the D1 safety analyzer", () => {
  const d1Schema = () => latestD1Schema(path.resolve(import.meta.dirname, "../../migrations"));

  it("refuses drizzle-kit's rebuild of resources, which deletes posts and resource_authors", () => {
    expect(findUnsafeDrops(rebuildResources, d1Schema())).toEqual([
      { statement: 4, table: "resources", unprotected: ["posts", "resource_authors"] },
    ]);
  });

  it("refuses it with PRAGMA defer_foreign_keys as well", () => {
    expect(findUnsafeDrops(rebuildResourcesDeferred, d1Schema())).toHaveLength(1);
  });

  it("accepts the same rebuild when it copies posts and resource_authors aside and back", () => {
    expect(findUnsafeDrops(rebuildResourcesKeepingChildren, d1Schema())).toEqual([]);
  });

  it("accepts a plain ADD COLUMN", () => {
    const sql = "ALTER TABLE `resources` ADD `slug` text(200);";
    expect(findUnsafeDrops(sql, d1Schema())).toEqual([]);
  });

  it("follows cascades transitively", () => {
    const keepingSongsOnly = keepAside("songs") + rebuild("albums") + putBack("songs");
    expect(findUnsafeDrops(keepingSongsOnly, albumsSongsPlays)).toEqual([
      { statement: 4, table: "albums", unprotected: ["plays"] },
    ]);
    const keepingBoth =
      keepAside("songs") +
      keepAside("plays") +
      rebuild("albums") +
      putBack("songs") +
      putBack("plays");
    expect(findUnsafeDrops(keepingBoth, albumsSongsPlays)).toEqual([]);
  });

  it("follows set-null children and the cascades beyond them", () => {
    // Restoring a nulled row with INSERT OR REPLACE deletes it first, cascading to its children.
    const schema = schemaWith({
      organizations: [],
      users: [["organizations", "set null"]],
      teams: [["users", "cascade"]],
    });
    expect(findUnsafeDrops(rebuild("organizations"), schema)[0]?.unprotected).toEqual([
      "users",
      "teams",
    ]);
  });

  it("ignores foreign keys whose ON DELETE leaves the children alone", () => {
    const schema = schemaWith({ albums: [], songs: [["albums", "no action"]] });
    expect(findUnsafeDrops(rebuild("albums"), schema)).toEqual([]);
  });

  it("refuses rows put back before the dropped table exists again", () => {
    const sql = `${keepAside("songs")}${keepAside("plays")}
      CREATE TABLE __new_albums (id text PRIMARY KEY);
      INSERT INTO __new_albums SELECT * FROM albums;
      DROP TABLE albums;
      ${putBack("songs")}${putBack("plays")}
      ALTER TABLE __new_albums RENAME TO albums;`;
    expect(findUnsafeDrops(sql, albumsSongsPlays)[0]?.unprotected).toEqual(["songs", "plays"]);
  });

  it("refuses a child rebuilt before its parent: the new child references the parent too", () => {
    const schema = schemaWith({ albums: [], songs: [["albums", "cascade"]] });
    const songsTable =
      "(`id` text PRIMARY KEY, `album_id` text REFERENCES `albums`(`id`) ON DELETE cascade)";
    const sql = rebuild("songs", songsTable) + rebuild("albums");
    expect(findUnsafeDrops(sql, schema)).toEqual([
      { statement: 7, table: "albums", unprotected: ["songs"] },
    ]);
  });

  it("follows a parent renamed away and then dropped (SQLite rewrites the references)", () => {
    const sql = `ALTER TABLE albums RENAME TO old_albums;
      CREATE TABLE albums (id text PRIMARY KEY);
      INSERT INTO albums SELECT * FROM old_albums;
      DROP TABLE old_albums;`;
    expect(findUnsafeDrops(sql, albumsSongsPlays)[0]?.unprotected).toEqual(["songs", "plays"]);
  });

  it("does not ask to keep the rows of a child the migration drops for good", () => {
    const schema = schemaWith({ albums: [], songs: [["albums", "cascade"]] });
    const sql = `${rebuild("albums")}DROP TABLE songs;`;
    expect(findUnsafeDrops(sql, schema)).toEqual([]);
  });

  it("splits statements outside quotes and comments", () => {
    const sql =
      "INSERT INTO t VALUES ('a;b'); -- c;d\n/* e;f */ DROP TABLE `x;y`;--> statement-breakpoint";
    expect(splitSqlStatements(sql)).toEqual(["INSERT INTO t VALUES ('a;b')", "DROP TABLE `x;y`"]);
  });
});

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

  it("finds no unsafe D1 migration", () => {
    expect(checkD1Safety(dialects).problems).toEqual([]);
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
