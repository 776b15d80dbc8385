/**
 * A deployed Hearth as a side of db:transfer, db:verify and db:export: the
 * worker started by `wrangler dev` as users start it, reached through its
 * admin-only /v1/transfer endpoints with an admin key. Its local D1 lives in
 * a `--persist-to` directory that the tool can also open as `local:<dir>`,
 * which is how each server's database is prepared before it starts. The
 * Postgres and MySQL legs run when TEST_POSTGRES_URL / TEST_MYSQL_URL are set.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/lib/dev-server";
import { projectRoot } from "../../scripts/lib/paths";
import { type DirectSide, openDirect } from "../../scripts/lib/transfer/databases";
import { writeIsolatedWranglerConfig } from "../../scripts/lib/wrangler-config";
import { tablesInDependencyOrder } from "../../src/db/canonical-rows";
import { scratchDatabase } from "../support/scratch-database";

const tsx = path.join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs");
const TABLES = tablesInDependencyOrder().length;
const workDir = path.join(projectRoot, ".wrangler", "e2e");

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [tsx, script, ...args], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const db = (command: string, ...args: string[]) => run(`scripts/db/${command}.ts`, ...args);
/** db:verify between the frozen source deployment and another, each with its own key. */
const verifyAgainstSource = (url: string, key: string) =>
  db("verify", "--from", source.url, "--from-key", source.key, "--to", url, "--to-key", key);

const temporary: string[] = [];
const started: DevServer[] = [];
function freshDirectory(label: string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `hearth-remote-${label}-`));
  temporary.push(directory);
  return directory;
}

async function withLocal<T>(directory: string, use: (side: DirectSide) => Promise<T>) {
  const side = await openDirect({ kind: "local", persistTo: directory });
  try {
    return await use(side);
  } finally {
    await side.close();
  }
}

/**
 * A key made by keys:create for a subject that need not exist
 * (`--before-transfer`): how a user bootstraps an empty deployed Hearth.
 */
function addKey(directory: string, scopes: string[]): string {
  const created = run(
    "scripts/keys-create.ts",
    "--subject",
    `user:${crypto.randomUUID()}`,
    "--scopes",
    scopes.join(","),
    "--name",
    scopes.includes("admin") ? "transfer 🚚 admin" : "lecteur",
    "--before-transfer",
    "--local",
    "--persist-to",
    directory,
  );
  expect(created.status, created.stderr).toBe(0);
  return created.stdout.trim();
}

/** A migrated local D1 directory holding one admin key: an empty deployed Hearth. */
async function emptyDeployment(): Promise<{ directory: string; key: string }> {
  const directory = freshDirectory("d1");
  await withLocal(directory, (side) => side.applyMigrations());
  return { directory, key: addKey(directory, ["admin"]) };
}

async function serve(directory: string, vars: Record<string, string> = {}): Promise<string> {
  const config = writeIsolatedWranglerConfig(workDir, `remote-${Date.now()}-${started.length}`, {});
  const args = ["--config", config, "--persist-to", directory];
  for (const [name, value] of Object.entries(vars)) args.push("--var", `${name}:${value}`);
  const server = await startDevServer(args, "/openapi.json");
  started.push(server);
  return server.url;
}

const servers = (
  [
    ["postgres", process.env.TEST_POSTGRES_URL],
    ["mysql", process.env.TEST_MYSQL_URL],
  ] as const
).filter((entry): entry is ["postgres" | "mysql", string] => Boolean(entry[1]));
if (servers.length < 2) {
  console.log("remote transfer: the Postgres/MySQL legs run only with TEST_*_URL set");
}

/** The source: the demo world on a frozen (READ_ONLY) deployment, as in the runbook. */
const source = { url: "", key: "", readerKey: "" };

beforeAll(async () => {
  const directory = freshDirectory("world");
  await withLocal(directory, (side) => side.applyMigrations());
  const seeded = run("scripts/seed.ts", "--local", "--persist-to", directory);
  expect(seeded.status, seeded.stderr).toBe(0);
  source.key = /^\s+(hk_\S+)$/m.exec(seeded.stdout)![1]!;
  source.readerKey = addKey(directory, ["resources:read"]);
  source.url = await serve(directory, { READ_ONLY: "true" });
}, 180_000);

afterAll(async () => {
  await Promise.all(started.map((server) => server.stop()));
  for (const directory of temporary) fs.rmSync(directory, { recursive: true, force: true });
});

describe("a deployed Hearth as a transfer side", { timeout: 600_000 }, () => {
  it("refuses a key without the admin scope, printing the worker's message", () => {
    const refused = db("verify", "--from", source.url, "--key", source.readerKey, "--to", "local");
    expect(refused.stderr).toContain("with 403 insufficient_scope: This needs the admin scope");
    expect(refused.status).toBe(1);
    const keyless = db("export", "--from", source.url, "--out", freshDirectory("dump"));
    expect(keyless.stderr).toContain("give its admin key with --key");
    expect(keyless.status).toBe(1);
  });

  it("moves a frozen deployment's rows to local D1, and local D1 into another deployment: interrupted, refused, resumed, verified", async () => {
    const local = `local:${freshDirectory("copy")}`;
    const copied = db(
      "transfer",
      "--from",
      source.url,
      "--key",
      source.key,
      "--to",
      local,
      "--migrate",
    );
    expect(copied.stderr).toBe("");
    expect(copied.stdout).toContain(`All ${TABLES} tables match.`);
    expect(copied.status).toBe(0);

    const target = await emptyDeployment();
    const targetUrl = await serve(target.directory);
    const state = path.join(freshDirectory("state"), "state.json");
    const into = ["--from", local, "--to", targetUrl, "--key", target.key, "--page-size", "9"];
    const interrupted = db("transfer", ...into, "--state", state, "--stop-after-pages", "5");
    expect(interrupted.stderr).toContain("Stopped after 5 pages");
    expect(interrupted.status).toBe(1);
    const refused = db("transfer", ...into);
    expect(refused.stderr).toMatch(/already holds rows: .*\(\d+\)/);
    expect(refused.stderr).toContain("--resume");
    expect(refused.status).toBe(1);
    // The last page's checkpoint lost: its rows come again and are skipped.
    const checkpoints = JSON.parse(fs.readFileSync(state, "utf8"));
    const [inProgress] = Object.entries(
      checkpoints.tables as Record<string, { done: boolean }>,
    ).find(([, checkpoint]) => !checkpoint.done)!;
    delete checkpoints.tables[inProgress];
    fs.writeFileSync(state, JSON.stringify(checkpoints));
    const resumed = db("transfer", ...into, "--state", state, "--resume");
    expect(resumed.stderr).toBe("");
    expect(resumed.stdout).toContain(`All ${TABLES} tables match.`);
    expect(resumed.status).toBe(0);

    // Both deployed: one key each; the keys' own rows are neither copied nor compared.
    const ambiguous = db("verify", "--from", source.url, "--to", targetUrl, "--key", source.key);
    expect(ambiguous.stderr).toContain("give --from-key and --to-key");
    const verified = verifyAgainstSource(targetUrl, target.key);
    expect(verified.stdout).toContain(`All ${TABLES} tables match.`);
    expect(verified.status).toBe(0);

    const status = run("scripts/db/status.ts", "--deployed", targetUrl, "--key", target.key);
    expect(status.stdout).toMatch(
      /deployed Hearth http:\/\/127\.0\.0\.1:\d+ \(d1\): \d+ applied, 0 pending/,
    );
  });

  it.skipIf(servers.length === 0)(
    "moves a deployment to Postgres and MySQL and back into a deployment, with identical digests",
    async () => {
      let from = ["--from", source.url, "--from-key", source.key];
      for (const [dialect, url] of servers) {
        const scratch = await scratchDatabase("remote", dialect, url);
        const moved = db("transfer", ...from, "--to", scratch, "--migrate");
        expect(moved.stderr).toBe("");
        expect(moved.stdout).toContain(`All ${TABLES} tables match.`);
        expect(moved.status).toBe(0);
        from = ["--from", scratch];
      }
      const target = await emptyDeployment();
      const targetUrl = await serve(target.directory);
      const back = db("transfer", ...from, "--to", targetUrl, "--to-key", target.key);
      expect(back.stderr).toBe("");
      expect(back.stdout).toContain(`All ${TABLES} tables match.`);
      expect(back.status).toBe(0);
      const verified = verifyAgainstSource(targetUrl, target.key);
      expect(verified.status).toBe(0);
    },
  );
});
