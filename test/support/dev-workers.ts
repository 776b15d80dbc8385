/**
 * Workers started by `wrangler dev` for the e2e tests, each on a copy of
 * wrangler.jsonc written away from .dev.vars and .env (only what a test passes
 * configures it) and its own local D1 state, removed again by `stopAll()`.
 * `prepared` gives its database (that D1, or the one at DATABASE_URL) what
 * `npm run dev` gives an empty one: the migrations and the demo data, with the
 * demo admin's API key.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openLocalD1, openUrlDatabase, type ScriptDatabase } from "../../scripts/lib/database";
import { startDevServer } from "../../scripts/lib/dev-server";
import { projectRoot } from "../../scripts/lib/paths";
import { seed } from "../../scripts/lib/seed";
import { migrateUrl, redactUrl } from "../../scripts/lib/url-database";
import { runWranglerQuietly } from "../../scripts/lib/wrangler";
import { writeIsolatedWranglerConfig } from "../../scripts/lib/wrangler-config";

export interface DevWorkerOptions {
  vars?: Record<string, string>;
  /** A local connection string for a Hyperdrive binding. */
  hyperdrive?: string;
  /**
   * Migrate the worker's database and seed the demo data first (`adminKey` is
   * then set): local D1, or the Postgres/MySQL database at `vars.DATABASE_URL`.
   */
  prepared?: boolean;
}

export interface DevWorker {
  url: string;
  /** The demo admin's API key, when the worker was started `prepared`. */
  adminKey?: string;
}

const workDir = path.join(projectRoot, ".wrangler", "e2e");

export class DevWorkers {
  private readonly stops: (() => Promise<void>)[] = [];
  private started = 0;

  async start({
    vars = {},
    hyperdrive,
    prepared = false,
  }: DevWorkerOptions = {}): Promise<DevWorker> {
    const configPath = writeIsolatedWranglerConfig(
      workDir,
      `wrangler-${process.pid}-${Date.now()}-${this.started++}`,
      hyperdrive
        ? { hyperdrive: [{ binding: "HYPERDRIVE", id: "e2e", localConnectionString: hyperdrive }] }
        : {},
    );
    const persist = mkdtempSync(path.join(tmpdir(), "hearth-e2e-"));
    const removeState = () => rmSync(persist, { recursive: true, force: true });
    try {
      const adminKey = prepared
        ? await prepare(vars.DATABASE_URL ?? { persist, configPath })
        : undefined;
      const args = ["--config", configPath, "--persist-to", persist];
      for (const [name, value] of Object.entries(vars)) args.push("--var", `${name}:${value}`);
      const server = await startDevServer(args, "/openapi.json");
      this.stops.push(async () => {
        await server.stop();
        removeState();
      });
      return { url: server.url, adminKey };
    } catch (error) {
      removeState();
      throw error;
    }
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.stops.splice(0).map((stop) => stop()));
  }
}

/** Migrations and demo data, as `npm run dev` prepares an empty database; returns the admin key. */
async function prepare(
  database: string | { persist: string; configPath: string },
): Promise<string> {
  let db: ScriptDatabase;
  if (typeof database === "string") {
    await migrateUrl(database);
    db = openUrlDatabase(database, redactUrl(database));
  } else {
    const { persist, configPath } = database;
    const flags = ["--local", "--persist-to", persist, "--config", configPath];
    await runWranglerQuietly(["d1", "migrations", "apply", "DB", ...flags]);
    db = await openLocalD1("e2e local D1", { persistTo: persist });
  }
  try {
    const outcome = await seed(db);
    if (outcome.adminKey !== "minted") throw new Error(`${db.description} already had a demo key`);
    return outcome.minted.key;
  } finally {
    await db.close();
  }
}
