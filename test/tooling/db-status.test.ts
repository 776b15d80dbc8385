/**
 * npm run db:status reports applied and pending migrations as each database
 * recorded them: local D1 (a temporary state directory, migrated by wrangler
 * with only some of the migrations), and the Postgres/MySQL test databases
 * (TEST_POSTGRES_URL / TEST_MYSQL_URL; skipped, and said so, when unset),
 * migrated by Drizzle's migrator with only some, then all.
 *
 * The server cases start their database over, as the worker suites' global
 * setup does, and leave it fully migrated.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { drizzle as drizzleMysql } from "drizzle-orm/mysql2";
import { migrate as migrateMysql } from "drizzle-orm/mysql2/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import mysql from "mysql2/promise";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/lib/paths";
import { migrateUrl, migrationsFolder } from "../../scripts/lib/url-database";
import { emptyMysql, emptyPostgres } from "../support/server-database";

const tsx = path.join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs");
const wrangler = path.join(projectRoot, "node_modules", "wrangler", "bin", "wrangler.js");
const temporary: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hearth-status-"));
  temporary.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** Runs db:status; answers each column's name and its status per migration. */
function status(args: string[], env: Record<string, string | undefined> = {}) {
  const run = spawnSync(process.execPath, [tsx, "scripts/db/status.ts", ...args], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", ...env },
  });
  expect(run.stderr, run.stdout).toBe("");
  expect(run.status).toBe(0);
  const lines = run.stdout.trimEnd().split("\n");
  const names = lines
    .filter((line) => /^\[\d+\] /.test(line))
    .map((line) => /^\[\d+\] (.*): \d+ applied, \d+ pending$/.exec(line)![1]!);
  const rows = lines.slice(lines.findIndex((line) => line.startsWith("migration")) + 1);
  return Object.fromEntries(
    names.map((name, index) => [
      name,
      Object.fromEntries(
        rows.map((row) => row.split(/\s+/)).map((cells) => [cells[0], cells[index + 1]]),
      ),
    ]),
  ) as Record<string, Record<string, string>>;
}

const d1Names = readdirSync(path.join(projectRoot, "migrations"))
  .filter((name) => name.endsWith(".sql"))
  .sort()
  .map((name) => name.slice(0, -4));

describe("db:status", { timeout: 120_000 }, () => {
  it("on local D1: pending before wrangler applies anything, then only what it applied", () => {
    expect(d1Names.length).toBeGreaterThanOrEqual(2);
    const state = tempDir();
    const column = `local (${state}) D1`;
    const flags = ["--local", "--persist-to", state];
    expect(status(flags)[column]).toEqual(
      Object.fromEntries(d1Names.map((name) => [name, "pending"])),
    );

    // Wrangler applies only the first migrations: a config whose migrations_dir holds just those.
    const some = d1Names.slice(0, -1);
    const config = tempDir();
    const folder = path.join(config, "migrations");
    cpSync(path.join(projectRoot, "migrations"), folder, {
      recursive: true,
      filter: (source) =>
        !source.endsWith(".sql") || some.includes(path.basename(source).slice(0, -4)),
    });
    const real = readFileSync(path.join(projectRoot, "wrangler.jsonc"), "utf8");
    const databaseId = /"database_id":\s*"([^"]+)"/.exec(real)![1]!;
    writeFileSync(
      path.join(config, "wrangler.json"),
      JSON.stringify({
        name: "hearth-status-test",
        compatibility_date: "2026-10-23",
        d1_databases: [
          {
            binding: "DB",
            database_name: "hearth",
            database_id: databaseId,
            migrations_dir: folder,
          },
        ],
      }),
    );
    const applied = spawnSync(
      process.execPath,
      [
        wrangler,
        "d1",
        "migrations",
        "apply",
        "DB",
        "--local",
        "--persist-to",
        state,
        "--config",
        path.join(config, "wrangler.json"),
      ],
      { cwd: projectRoot, encoding: "utf8", env: { ...process.env, CI: "1" } },
    );
    expect(applied.status, applied.stderr).toBe(0);

    expect(status(flags)[column]).toEqual(
      Object.fromEntries(
        d1Names.map((name) => [name, some.includes(name) ? "applied" : "pending"]),
      ),
    );
  });

  const servers = [
    ["postgres", process.env.TEST_POSTGRES_URL, "TEST_POSTGRES_URL"],
    ["mysql", process.env.TEST_MYSQL_URL, "TEST_MYSQL_URL"],
  ] as const;
  for (const [dialect, url, variable] of servers) {
    if (!url) console.log(`Skipping db:status on ${dialect}: ${variable} is unset.`);
    it.skipIf(!url)(`on ${dialect}: what Drizzle's migrator applied, some then all`, async () => {
      const tags = (
        JSON.parse(
          readFileSync(path.join(migrationsFolder(dialect), "meta", "_journal.json"), "utf8"),
        ) as { entries: { tag: string }[] }
      ).entries.map((entry) => entry.tag);
      expect(tags.length).toBeGreaterThanOrEqual(2);
      await (dialect === "postgres" ? emptyPostgres(url!) : emptyMysql(url!));
      const redacted = url!.replace(/:([^:@/]+)@/, ":***@");
      const column = `${dialect} ${redacted}`;
      // The URL as the worker's database (DATABASE_URL) and given again: one column.
      const read = () => status(["--url", url!], { DATABASE_URL: url })[column];
      expect(read()).toEqual(Object.fromEntries(tags.map((tag) => [tag, "pending"])));

      // Drizzle's migrator with a journal of only the first migrations.
      const some = tags.slice(0, -1);
      const folder = tempDir();
      cpSync(migrationsFolder(dialect), folder, { recursive: true });
      const journalFile = path.join(folder, "meta", "_journal.json");
      const journal = JSON.parse(readFileSync(journalFile, "utf8"));
      journal.entries = journal.entries.slice(0, some.length);
      writeFileSync(journalFile, JSON.stringify(journal));
      await migrateWith(dialect, url!, folder);
      expect(read()).toEqual(
        Object.fromEntries(tags.map((tag) => [tag, some.includes(tag) ? "applied" : "pending"])),
      );

      await migrateUrl(url!);
      expect(read()).toEqual(Object.fromEntries(tags.map((tag) => [tag, "applied"])));
    });
  }
});

async function migrateWith(dialect: "postgres" | "mysql", url: string, migrationsFolder: string) {
  if (dialect === "postgres") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    } finally {
      await client.end();
    }
    return;
  }
  const connection = await mysql.createConnection(url);
  try {
    await migrateMysql(drizzleMysql(connection), { migrationsFolder });
  } finally {
    await connection.end();
  }
}
