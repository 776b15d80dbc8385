/**
 * `wrangler d1 export` of a local D1 holding search data: the index is an
 * ordinary table (an FTS5 virtual table makes the export refuse the whole
 * database), so a backup carries it. A temporary state directory is migrated,
 * seeded with the demo data (which writes the index as the API does), indexed
 * again by `npm run db:search-index`, and exported offline: the dump holds the
 * table and every one of its rows.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/lib/paths";
import { writeIsolatedWranglerConfig } from "../../scripts/lib/wrangler-config";

const tsx = path.join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs");
const wrangler = path.join(projectRoot, "node_modules", "wrangler", "bin", "wrangler.js");
const directory = mkdtempSync(path.join(os.tmpdir(), "hearth-export-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/**
 * A directory with its own copy of wrangler.jsonc: `wrangler d1 export` has no
 * --persist-to and reads the local D1 under the config's `.wrangler/state`.
 */
function project(name: string) {
  const root = path.join(directory, name);
  const config = writeIsolatedWranglerConfig(root, "wrangler");
  return { root, config, state: path.join(root, ".wrangler", "state") };
}

function run(command: string, args: string[], cwd = projectRoot) {
  const result = spawnSync(process.execPath, [command, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" },
  });
  expect(result.status, `${args.join(" ")}\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/** wrangler, for the local D1 of `at`. */
const d1 = (at: ReturnType<typeof project>, args: string[]) =>
  run(wrangler, ["d1", ...args, "--local", "--config", at.config], at.root);

/** The rows of a query on the local D1 of `at`. */
function query(at: ReturnType<typeof project>, sql: string) {
  return JSON.parse(d1(at, ["execute", "DB", "--json", "--command", sql]))[0].results as Record<
    string,
    unknown
  >[];
}

describe("wrangler d1 export of a database with search data", () => {
  it("exports the search index with the rest", { timeout: 240_000 }, () => {
    const source = project("source");
    d1(source, ["migrations", "apply", "DB"]);
    run(tsx, ["scripts/seed.ts", "--persist-to", source.state]);
    const indexed = run(tsx, ["scripts/db/search-index.ts", "--persist-to", source.state]);
    expect(indexed).toMatch(/resource: [1-9]\d* indexed/);
    const count = "select count(*) as n from search_terms";
    const terms = query(source, count)[0]!.n as number;
    expect(terms).toBeGreaterThan(0);

    const file = path.join(directory, "backup.sql");
    d1(source, ["export", "DB", "--output", file]);
    const dump = readFileSync(file, "utf8");
    expect(dump).toContain("CREATE TABLE `search_terms`");
    expect(dump).toMatch(/INSERT INTO "search_terms"/);

    // Every index row is in the backup.
    expect(dump.match(/^INSERT INTO "search_terms"/gm)?.length).toBe(terms);
  });
});
