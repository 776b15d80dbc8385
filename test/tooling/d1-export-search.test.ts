/**
 * `wrangler d1 export` of a local D1 holding search data: the index is an
 * ordinary table (an FTS5 virtual table makes the export refuse the whole
 * database), so a backup carries it. A temporary state directory is migrated,
 * seeded with the demo data (which writes the index as the API does), indexed
 * again by `npm run db:search-index`, exported offline, and imported into a
 * fresh one where the index answers the same.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/lib/paths";

const tsx = path.join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs");
const wrangler = path.join(projectRoot, "node_modules", "wrangler", "bin", "wrangler.js");
const directory = mkdtempSync(path.join(os.tmpdir(), "hearth-export-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function run(command: string, args: string[]) {
  const result = spawnSync(process.execPath, [command, ...args], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" },
  });
  expect(result.status, `${args.join(" ")}\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/** The rows of a query on the local D1 at `state`. */
function query(state: string, sql: string) {
  const out = run(wrangler, [
    "d1",
    "execute",
    "DB",
    "--local",
    "--persist-to",
    state,
    "--json",
    "--command",
    sql,
  ]);
  return JSON.parse(out)[0].results as Record<string, unknown>[];
}

describe("wrangler d1 export of a database with search data", () => {
  it("exports the index and a restore searches the same", { timeout: 180_000 }, () => {
    const state = path.join(directory, "state");
    const local = ["--local", "--persist-to", state];
    run(wrangler, ["d1", "migrations", "apply", "DB", ...local]);
    run(tsx, ["scripts/seed.ts", "--persist-to", state]);
    const indexed = run(tsx, ["scripts/db/search-index.ts", "--persist-to", state]);
    expect(indexed).toMatch(/resource: [1-9]\d* indexed/);
    const terms = query(state, "select count(*) as n from search_terms")[0]!.n as number;
    expect(terms).toBeGreaterThan(0);

    const file = path.join(directory, "backup.sql");
    run(wrangler, ["d1", "export", "DB", ...local, "--output", file]);
    const dump = readFileSync(file, "utf8");
    expect(dump).toContain("CREATE TABLE `search_terms`");
    expect(dump).toMatch(/INSERT INTO "search_terms"/);

    const restored = path.join(directory, "restored");
    run(wrangler, [
      "d1",
      "execute",
      "DB",
      "--local",
      "--persist-to",
      restored,
      "--file",
      file,
      "--yes",
    ]);
    const count = "select count(*) as n from search_terms";
    expect(query(restored, count)[0]!.n).toBe(terms);
    const rows = "select kind, token, object_id, word_weight, prefix_weight from search_terms order by kind, token, object_id";
    expect(query(restored, rows)).toEqual(query(state, rows));
  });
});
