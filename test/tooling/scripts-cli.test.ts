/**
 * Every script answers --help with its usage (exit 0), and on a Node older
 * than 22 the npm scripts stop at one clear line before wrangler or tsx run.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/lib/paths";

const SCRIPTS = [
  "scripts/dev.ts",
  "scripts/seed.ts",
  "scripts/keys-create.ts",
  "scripts/build.ts",
  "scripts/client-generate.ts",
  "scripts/assets.ts",
  "scripts/db/reset.ts",
  "scripts/db/check.ts",
  "scripts/db/generate.ts",
  "scripts/db/migrate-url.ts",
  "scripts/db/status.ts",
  "scripts/db/transfer.ts",
  "scripts/db/verify.ts",
  "scripts/db/export.ts",
  "scripts/db/import.ts",
  "scripts/db/copies.ts",
  "bench/run.ts",
  "bench/transfer.ts",
];
const tsx = path.join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs");

describe("--help", { timeout: 60_000 }, () => {
  it.each(SCRIPTS)("%s prints its usage and succeeds", (script) => {
    const run = spawnSync(process.execPath, [tsx, script, "--help"], {
      cwd: projectRoot,
      encoding: "utf8",
      // Even with a database configured, --help touches nothing.
      env: { ...process.env, DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" },
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Usage: npm run /);
    expect(run.status).toBe(0);
  });

  it("test-dialect.ts prints its usage and succeeds", () => {
    const run = spawnSync(
      process.execPath,
      [tsx, "scripts/test-dialect.ts", "postgres", "--help"],
      {
        cwd: projectRoot,
        encoding: "utf8",
      },
    );
    expect(run.stdout).toMatch(/^Usage: npm run test:postgres/);
    expect(run.status).toBe(0);
  });
});

/** An older Node on this machine (Debian's), if there is one. */
const oldNode = ["/usr/bin/node", "/usr/local/bin/node"].find((node) => {
  if (!existsSync(node)) return false;
  const version = spawnSync(node, ["-p", "process.versions.node"], { encoding: "utf8" }).stdout;
  return Number(version.split(".")[0]) < 22;
});

it.skipIf(!oldNode)("stops npm run dev on an older Node with one clear line", () => {
  const bin = path.dirname(oldNode!);
  const run = spawnSync("npm", ["run", "--silent", "dev"], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    timeout: 30_000,
  });
  expect(run.status).toBe(1);
  expect(run.stderr.trim().split("\n")).toEqual([
    expect.stringMatching(/^error: Hearth needs Node\.js 22 or newer, and this is Node\.js 2\d\./),
  ]);
  expect(run.stdout).not.toContain("wrangler");
});
