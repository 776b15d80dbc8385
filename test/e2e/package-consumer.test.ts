/**
 * The npm package as a consumer gets it: `npm pack`, the tarball installed
 * into a fresh project made from examples/consumer-worker (dependencies from
 * the registry), type-checked under --strict against the package's
 * declarations, then run: the example worker reads, through
 * @hearth-data/hearth/db, the local D1 a running Hearth writes to, and the
 * example script calls that Hearth through @hearth-data/hearth/client.
 * wrangler and TypeScript are this checkout's (not downloaded again).
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/lib/dev-server";
import { runWranglerQuietly } from "../../scripts/lib/wrangler";
import { writeIsolatedWranglerConfig } from "../../scripts/lib/wrangler-config";
import type { Schemas } from "../../src/client";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const example = path.join(root, "examples", "consumer-worker");
const work = mkdtempSync(path.join(tmpdir(), "hearth-package-"));
const consumer = path.join(work, "consumer");
const persist = path.join(work, "state");
const servers: DevServer[] = [];

/** Runs a command in the consumer project; rejects with its output when it fails. */
async function inConsumer(command: string, args: string[], env: Record<string, string> = {}) {
  try {
    return await run(command, args, {
      cwd: consumer,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stdout ?? ""}\n${stderr ?? ""}`);
  }
}

let hearth: DevServer;
let apiKey: string;

/**
 * The package does not depend on the database the suite runs on: it is tested
 * once, in the D1 suite (`npm test`), not again by test:postgres / test:mysql.
 */
const serverSuite = Boolean(process.env.TEST_POSTGRES_URL || process.env.TEST_MYSQL_URL);

beforeAll(async () => {
  if (serverSuite) return;
  // Hearth on a local D1 of its own, migrated and seeded as `npm run dev` does.
  await runWranglerQuietly(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist]);
  await run(
    process.execPath,
    [
      path.join(root, "node_modules", "tsx", "dist", "cli.mjs"),
      "scripts/seed.ts",
      "--local",
      "--persist-to",
      persist,
    ],
    { cwd: root },
  );
  apiKey = readFileSync(path.join(persist, "hearth-demo-key"), "utf8").trim();
  const config = writeIsolatedWranglerConfig(path.join(root, ".wrangler", "e2e"), "package", {});
  hearth = await startDevServer(["--config", config, "--persist-to", persist], "/openapi.json");
  servers.push(hearth);

  const packed = await run("npm", ["pack", "--json", "--pack-destination", work], { cwd: root });
  const [{ filename }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as [
    { filename: string },
  ];
  cpSync(example, consumer, {
    recursive: true,
    filter: (source) => !/node_modules|worker-configuration\.d\.ts|\.tgz$/.test(source),
  });
  const manifest = JSON.parse(readFileSync(path.join(consumer, "package.json"), "utf8"));
  manifest.dependencies["@hearth-data/hearth"] = `file:${path.join(work, filename)}`;
  const {
    wrangler: _wrangler,
    typescript: _typescript,
    ...devDependencies
  } = manifest.devDependencies;
  manifest.devDependencies = devDependencies;
  writeFileSync(path.join(consumer, "package.json"), JSON.stringify(manifest, null, 2));
  await inConsumer("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"]);
}, 600_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  rmSync(work, { recursive: true, force: true });
}, 60_000);

const wrangler = path.join(root, "node_modules", "wrangler", "bin", "wrangler.js");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");

describe.skipIf(serverSuite)(
  "the package, installed from its tarball",
  { timeout: 180_000 },
  () => {
    it("ships dist/ and the migrations, and type-checks a consumer under --strict", async () => {
      const installed = path.join(consumer, "node_modules", "@hearth-data", "hearth");
      const files = JSON.parse(readFileSync(path.join(installed, "package.json"), "utf8"));
      expect(Object.keys(files.exports)).toEqual(
        expect.arrayContaining([
          "./schema",
          "./schema/postgres",
          "./schema/mysql",
          "./db",
          "./client",
          "./app",
        ]),
      );
      expect(readFileSync(path.join(installed, "migrations", "0000_init.sql"), "utf8")).toMatch(
        /CREATE TABLE/,
      );
      // The schema entry reaches no further than drizzle-orm: no worker runtime, no drivers.
      const schemaImports = await run(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          `import("@hearth-data/hearth/schema").then((m) => console.log(Object.keys(m).length))`,
        ],
        { cwd: consumer },
      );
      expect(Number(schemaImports.stdout)).toBeGreaterThan(24);

      await inConsumer(process.execPath, [wrangler, "types", "--env-file", "/dev/null"]);
      await inConsumer(process.execPath, [tsc, "-p", ".", "--strict"]);
      // A misuse of the package's types is an error: they are not `any`.
      writeFileSync(
        path.join(consumer, "src", "misuse.ts"),
        `import type { NewResource } from "@hearth-data/hearth/schema";
import { createHearthClient } from "@hearth-data/hearth/client";
export const row: NewResource = { title: 42 };
export const page = createHearthClient({ baseUrl: "http://x" }).GET("/v1/resource");
`,
      );
      const misuse = await inConsumer(process.execPath, [tsc, "-p", ".", "--strict"]).then(
        () => new Error("no error"),
        (error: Error) => error,
      );
      expect(misuse.message).toMatch(/src\/misuse\.ts\(3,/);
      expect(misuse.message).toMatch(/src\/misuse\.ts\(4,/);
      rmSync(path.join(consumer, "src", "misuse.ts"));
    });

    it("calls the running Hearth through the typed client, and a second worker reads the row from the same D1", async () => {
      const title = "Smørrebrød 🥪 東京で — package test";
      const { stdout } = await inConsumer(process.execPath, ["client.ts"], {
        HEARTH_URL: hearth.url,
        HEARTH_API_KEY: apiKey,
        HEARTH_TITLE: title,
      });
      expect(stdout).toMatch(/^health: ok on d1$/m);
      const id = /^created: (\S+) /m.exec(stdout)?.[1];
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(stdout).toContain(`listed: ${id} ${title}`);
      expect(Number(/^resources: (\d+)$/m.exec(stdout)?.[1])).toBeGreaterThan(5);

      const second = await startDevServer(
        ["--config", path.join(consumer, "wrangler.jsonc"), "--persist-to", persist],
        "/resources",
      );
      servers.push(second);
      const response = await fetch(
        `${second.url}/resources?title=${encodeURIComponent("Smørrebrød")}`,
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        dialect: string;
        resources: (Pick<Schemas["Resource"], "id" | "title" | "type"> & { owner: string })[];
      };
      expect(body.dialect).toBe("d1");
      expect(body.resources).toEqual([
        expect.objectContaining({ id, title, type: "post", owner: expect.any(String) }),
      ]);
    });
  },
);
