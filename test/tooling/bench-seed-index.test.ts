/**
 * The benchmark's seeding writes the search index the worker writes: a small
 * world seeded into a fresh local D1 (SQL files run by wrangler, as `npm run
 * bench` does) holds exactly the `search_terms` rows that `npm run
 * db:search-index` (`rebuildIndex`) writes again from its users, workspaces
 * and resources.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { benchWorld } from "../../bench/dataset";
import { seedBenchDatabase } from "../../bench/seed";
import { openLocalD1 } from "../../scripts/lib/database";
import { mintApiKey } from "../../src/auth/api-keys";
import type { Database } from "../../src/db/database";
import { rebuildIndex, SEARCH_KINDS } from "../../src/db/search/search-index";

const dir = mkdtempSync(path.join(os.tmpdir(), "hearth-bench-seed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every index row, in key order. */
async function indexOf(db: Database) {
  const st = db.t.searchTerms;
  return db.orm.select().from(st).orderBy(st.kind, st.token, st.objectId);
}

describe("bench seeding", { timeout: 180_000 }, () => {
  it("writes the search index db:search-index writes", async () => {
    const world = benchWorld(300, await mintApiKey());
    const persistTo = path.join(dir, "state");
    await seedBenchDatabase({ kind: "d1", persistTo }, world.rows, path.join(dir, "work"));

    const db = await openLocalD1("bench seed test", { persistTo });
    try {
      const seeded = await indexOf(db);
      // Every kind is there, at about 70 rows per resource.
      expect(new Set(seeded.map((row) => row.kind))).toEqual(new Set(SEARCH_KINDS));
      expect(seeded.filter((row) => row.kind === "resource").length).toBeGreaterThan(300 * 50);
      expect(seeded).toContainEqual({
        kind: "resource",
        token: "zephyrine",
        objectId: world.rows.resources[11]!.id,
        wordWeight: 3,
        prefixWeight: 3,
      });

      for (const kind of SEARCH_KINDS) await rebuildIndex(db, kind);
      expect(await indexOf(db)).toEqual(seeded);
    } finally {
      await db.close();
    }
  });
});
