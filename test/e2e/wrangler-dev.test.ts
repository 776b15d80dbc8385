/**
 * The worker started the way users start it — `wrangler dev` — on each database
 * the configuration can select: local D1, DATABASE_URL (Postgres, MySQL) and a
 * Hyperdrive binding with a local connection string (Postgres, MySQL). The
 * server cases run when TEST_POSTGRES_URL / TEST_MYSQL_URL are set, as in
 * `npm run test:postgres` / `test:mysql`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/lib/dev-server";
import { writeIsolatedWranglerConfig } from "../../scripts/lib/wrangler-config";

const root = path.resolve(import.meta.dirname, "../..");
const workDir = path.join(root, ".wrangler", "e2e");
const started: DevServer[] = [];

afterAll(async () => {
  await Promise.all(started.map((server) => server.stop()));
});

interface Start {
  vars?: Record<string, string>;
  hyperdrive?: string;
}

async function startWorker({ vars = {}, hyperdrive }: Start): Promise<string> {
  // Written away from .dev.vars and .env: only what the test passes configures the worker.
  const configPath = writeIsolatedWranglerConfig(
    workDir,
    `wrangler-${Date.now()}-${started.length}`,
    hyperdrive
      ? { hyperdrive: [{ binding: "HYPERDRIVE", id: "e2e", localConnectionString: hyperdrive }] }
      : {},
  );

  const persist = mkdtempSync(path.join(tmpdir(), "hearth-e2e-"));
  const args = ["--config", configPath, "--persist-to", persist];
  for (const [name, value] of Object.entries(vars)) args.push("--var", `${name}:${value}`);
  const server = await startDevServer(args, "/openapi.json");
  started.push({
    url: server.url,
    stop: async () => {
      await server.stop();
      rmSync(persist, { recursive: true, force: true });
    },
  });
  return server.url;
}

async function health(base: string) {
  const response = await fetch(`${base}/v1/health`);
  const body = (await response.json()) as { data: { database: { dialect: string; ok: boolean } } };
  const bookmark = response.headers.get("x-d1-bookmark");
  return { status: response.status, database: body.data.database, bookmark };
}

/** A page with its total: two statements the worker sends in one round trip. */
async function countedPage(base: string) {
  const response = await fetch(`${base}/v1/resources?limit=1&count=true`);
  const body = (await response.json()) as { meta: { total: number } };
  const queries = /queries=(\d+)/.exec(response.headers.get("server-timing") ?? "")?.[1];
  return { status: response.status, total: body.meta.total, queries: Number(queries) };
}

describe("wrangler dev", { timeout: 90_000 }, () => {
  it("serves health, the OpenAPI document and the docs page on local D1", async () => {
    const base = await startWorker({});
    // A fresh local D1 has no tables yet, but `select 1` answers.
    expect(await health(base)).toEqual({
      status: 200,
      database: expect.objectContaining({ dialect: "d1", ok: true }),
      bookmark: expect.any(String),
    });
    const spec = await fetch(`${base}/openapi.json`);
    expect(spec.status).toBe(200);
    expect(((await spec.json()) as { paths: object }).paths).toHaveProperty("/v1/health");
    const docs = await fetch(`${base}/docs`);
    expect(docs.headers.get("content-type")).toMatch(/text\/html/);
  });

  it("starts two servers at the same moment (each with its own inspector port)", async () => {
    const bases = await Promise.all([startWorker({}), startWorker({})]);
    for (const base of bases) expect((await health(base)).status).toBe(200);
  });

  const servers = [
    ["postgres", process.env.TEST_POSTGRES_URL],
    ["mysql", process.env.TEST_MYSQL_URL],
  ] as const;
  for (const [dialect, url] of servers) {
    const ways: [string, Start][] = [
      ["DATABASE_URL", { vars: { DATABASE_URL: url! } }],
      ["a Hyperdrive binding", { hyperdrive: url! }],
    ];
    for (const [way, start] of ways) {
      it.skipIf(!url)(`switches to ${dialect} with ${way}, one round trip per read`, async () => {
        const base = await startWorker(start);
        expect(await health(base)).toEqual({
          status: 200,
          database: expect.objectContaining({ dialect, ok: true }),
          bookmark: null,
        });
        expect(await countedPage(base)).toEqual({
          status: 200,
          total: expect.any(Number),
          queries: 1,
        });
      });
    }
  }
});
