/**
 * Test projects:
 * - tooling: plain Node tests of repository tooling (schema parity, migrations).
 * - e2e: `wrangler dev` started as a user would, on D1 and (when their URLs are
 *   set) Postgres and MySQL by DATABASE_URL and by Hyperdrive.
 * - worker-d1: the API suite inside workerd on a fresh local D1 per file.
 * - worker-postgres / worker-mysql: the same suite with DATABASE_URL pointing at
 *   TEST_POSTGRES_URL / TEST_MYSQL_URL; skipped (and said so) when those are unset.
 *   `npm run test:postgres` / `test:mysql` set them to the local servers.
 * - worker-postgres-sequential / worker-mysql-sequential: that suite again with
 *   DATABASE_BATCHING=sequential, one statement per round trip, as behind a
 *   proxy that refuses pipelining or multi-statement queries.
 * No suite reads .dev.vars or .env: a developer's DATABASE_URL there is for
 * `npm run dev`, never for the tests.
 */
import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig, type Plugin, type TestProjectInlineConfiguration } from "vitest/config";
import { prepareDocsAssets } from "./scripts/lib/docs-assets.ts";
import {
  RATE_LIMIT_BUDGETS,
  type RateLimitBudget,
  type RateLimitPolicy,
} from "./src/http/rate-limits.ts";
import { workerTestWranglerConfig } from "./test/support/worker-wrangler-config.ts";

const root = import.meta.dirname;
const migrations = await readD1Migrations(path.join(root, "migrations"));
// Migrations that are not committed: what the migration guard must refuse or accept.
const fixtureMigrations = await readD1Migrations(path.join(root, "test/fixtures/migrations"));
prepareDocsAssets();
// wrangler.jsonc copied away from .dev.vars and .env: only TEST_*_URL choose a server.
const wranglerConfigPath = workerTestWranglerConfig();

/**
 * Workarounds for @cloudflare/vitest-plugin 1.4.10 with several projects:
 * CommonJS packages (pg, mysql2) are loaded through the plugin's module
 * fallback service, which resolves through the root Vite server with kind
 * "require-call". There, workerd's `require("node:process")` fails with
 * `No such module`, and pg's `require("pg-cloudflare")` gets the package's
 * non-workerd build (an empty module). Only those requires are redirected:
 * to small CJS shims, and to pg-cloudflare's workerd build. ESM imports,
 * `wrangler dev` and deploys are untouched.
 */
const requireShims: Record<string, string> = {
  process: path.join(root, "test/shims/node-process.cjs"),
  "node:process": path.join(root, "test/shims/node-process.cjs"),
  cardinal: path.join(root, "test/shims/cardinal.cjs"),
  "pg-cloudflare": path.join(root, "node_modules/pg-cloudflare/dist/index.js"),
};

function workerdRequireShims(): Plugin {
  return {
    name: "hearth:workerd-require-shims",
    enforce: "pre",
    resolveId(id, _importer, options) {
      if ((options as { kind?: string } | undefined)?.kind !== "require-call") return;
      return requireShims[id];
    },
  };
}

type Dialect = "d1" | "postgres" | "mysql";

/** The HS256 secret the worker under test verifies JWTs with (tests sign with it). */
export const TEST_JWT_SECRET = "hearth-test-jwt-secret-0123456789";

type Batching = "auto" | "sequential";

/**
 * Small budgets for test/worker/rate-limits.test.ts, bound as `TEST_<binding>`
 * and described by TEST_RATE_LIMITS: the test runs the app with them under
 * the real names; every other test runs without rate limits.
 */
const TEST_RATE_LIMITS: Record<RateLimitBudget, RateLimitPolicy> = {
  reads: { limit: 6, period: 60 },
  writes: { limit: 4, period: 60 },
  "key-minting": { limit: 2, period: 60 },
  "failed-auth": { limit: 3, period: 60 },
};
const testRateLimits = Object.entries(TEST_RATE_LIMITS) as [RateLimitBudget, RateLimitPolicy][];
const testRateLimitBindings = Object.fromEntries(
  testRateLimits.map(([budget, simple], index) => [
    `TEST_${RATE_LIMIT_BUDGETS[budget]}`,
    { namespace_id: String(9001 + index), simple },
  ]),
);
const testRateLimitsVar = testRateLimits
  .map(([budget, { limit, period }]) => `${budget}=${limit}/${period}`)
  .join(", ");

function workerProject(
  dialect: Dialect,
  databaseUrl?: string,
  batching: Batching = "auto",
): TestProjectInlineConfiguration {
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: wranglerConfigPath },
        miniflare: {
          bindings: {
            TEST_DIALECT: dialect,
            JWT_SECRET: TEST_JWT_SECRET,
            TEST_MIGRATIONS: migrations,
            TEST_FIXTURE_MIGRATIONS: fixtureMigrations,
            ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
            DATABASE_BATCHING: batching,
            TEST_RATE_LIMITS: testRateLimitsVar,
            // As deployed: webhook URLs must be public https (a test allows more where it says so).
            WEBHOOKS_ALLOW_PRIVATE_TARGETS: "false",
            // Replays a property test's failing run (test/worker/support/properties.ts).
            ...(process.env.FAST_CHECK_SEED
              ? { FAST_CHECK_SEED: process.env.FAST_CHECK_SEED }
              : {}),
          },
          ratelimits: testRateLimitBindings,
        },
      }),
    ],
    test: {
      name: batching === "auto" ? `worker-${dialect}` : `worker-${dialect}-${batching}`,
      include: ["test/worker/**/*.test.ts"],
      setupFiles: ["test/worker/support/setup.ts"],
      globalSetup: [
        "test/support/jwks.global-setup.ts",
        "test/support/webhook-receiver.global-setup.ts",
        // Postgres and MySQL are one shared database: migrate it once per run.
        ...(dialect === "d1" ? [] : [`test/support/${dialect}.global-setup.ts`]),
      ],
      // …and run its files one at a time (with the other server projects' files:
      // vitest runs every project's unparallel files in one queue).
      fileParallelism: dialect === "d1",
      // Tests drive the API over real databases, some through hundreds of requests: on a
      // loaded machine the 5 s default fails them by timing alone. Speed is measured by
      // `npm run bench`, never by a test's duration.
      testTimeout: 30_000,
    },
  };
}

const servers: [Dialect, string | undefined, string][] = [
  ["postgres", process.env.TEST_POSTGRES_URL, "TEST_POSTGRES_URL"],
  ["mysql", process.env.TEST_MYSQL_URL, "TEST_MYSQL_URL"],
];
for (const [dialect, url, variable] of servers) {
  if (!url) {
    console.log(
      `Skipping the ${dialect} suite: ${variable} is unset (npm run test:${dialect} runs it).`,
    );
  }
}

/** Tooling tests that start the shared Postgres/MySQL test databases over. */
const serverDatabaseToolingTests = [
  "test/tooling/bench-seed-index.test.ts",
  "test/tooling/db-status.test.ts",
  "test/tooling/mysql-token-collation.test.ts",
];

export default defineConfig({
  // At the root: the plugin's module fallback service resolves through the root server.
  plugins: [workerdRequireShims()],
  test: {
    projects: [
      {
        test: {
          name: "tooling",
          include: ["test/tooling/**/*.test.ts"],
          exclude: serverDatabaseToolingTests,
          environment: "node",
        },
      },
      {
        // Start the shared Postgres/MySQL test databases over: only after the suites using
        // them, and one file at a time.
        test: {
          name: "tooling-databases",
          include: serverDatabaseToolingTests,
          environment: "node",
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // `wrangler dev` started as a user would, on each configured database.
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], environment: "node" },
      },
      workerProject("d1"),
      ...servers.flatMap(([dialect, url]) =>
        url ? [workerProject(dialect, url), workerProject(dialect, url, "sequential")] : [],
      ),
    ],
  },
});
