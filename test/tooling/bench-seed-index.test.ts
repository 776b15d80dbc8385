/**
 * The benchmark's seeding writes the search index the worker writes: a small
 * world seeded into a fresh local D1 (SQL files run by wrangler, as `npm run
 * bench` does), and into the Postgres/MySQL test databases (TEST_POSTGRES_URL /
 * TEST_MYSQL_URL; skipped, and said so, when unset), holds exactly the
 * `search_terms` rows that `npm run db:search-index` (`rebuildIndex`) writes
 * again from its users, workspaces and resources. The server cases start their
 * database over and leave it fully migrated.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { benchWorld } from "../../bench/dataset";
import { seedBenchDatabase } from "../../bench/seed";
import { openLocalD1, openUrlDatabase } from "../../scripts/lib/database";
import { mintApiKey } from "../../src/auth/api-keys";
import type { Database } from "../../src/db/database";
import { rebuildIndex, SEARCH_KINDS } from "../../src/db/search/search-index";
import { emptyMysql, emptyPostgres, resetMysql, resetPostgres } from "../support/server-database";

const dir = mkdtempSync(path.join(os.tmpdir(), "hearth-bench-seed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every index row, in key order. */
async function indexOf(db: Database) {
  const st = db.t.searchTerms;
  return db.orm.select().from(st).orderBy(st.kind, st.token, st.objectId);
}

/** Seeds a small world, then checks its index against the rebuilt one. */
async function expectSeededIndexRebuilt(
  seed: (world: Awaited<ReturnType<typeof smallWorld>>) => Promise<void>,
  open: () => Promise<Database & { close(): Promise<void> }>,
) {
  const world = await smallWorld();
  await seed(world);
  const db = await open();
  try {
    const seeded = await indexOf(db);
    // Every kind is there, at about 70 rows per resource.
    expect(new Set(seeded.map((row) => row.kind))).toEqual(new Set(SEARCH_KINDS));
    expect(seeded.filter((row) => row.kind === "resource").length).toBeGreaterThan(
      world.rows.resources.length * 50,
    );
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
}

const smallWorld = async () => benchWorld(300, await mintApiKey(), await mintApiKey());

describe("the bench seed's search index, against db:search-index's", { timeout: 180_000 }, () => {
  it("on local D1", async () => {
    const persistTo = path.join(dir, "state");
    await expectSeededIndexRebuilt(
      (world) => seedBenchDatabase({ kind: "d1", persistTo }, world.rows, path.join(dir, "work")),
      () => openLocalD1("bench seed test", { persistTo }),
    );
  });

  const servers = [
    ["postgres", process.env.TEST_POSTGRES_URL, "TEST_POSTGRES_URL", emptyPostgres, resetPostgres],
    ["mysql", process.env.TEST_MYSQL_URL, "TEST_MYSQL_URL", emptyMysql, resetMysql],
  ] as const;
  for (const [dialect, url, variable, empty, reset] of servers) {
    if (!url) console.log(`Skipping the bench seed index on ${dialect}: ${variable} is unset.`);
    it.skipIf(!url)(`on ${dialect}`, async () => {
      // The benchmark refuses a database holding users it did not create.
      await empty(url!);
      try {
        await expectSeededIndexRebuilt(
          (world) => seedBenchDatabase({ kind: "url", url: url! }, world.rows, dir),
          async () => openUrlDatabase(url!, dialect),
        );
      } finally {
        await reset(url!);
      }
    });
  }
});
