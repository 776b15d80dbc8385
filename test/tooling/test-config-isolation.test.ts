/**
 * The worker suites never take a developer's local configuration: with
 * DATABASE_URL in .dev.vars (as the README suggests for `npm run dev`) or in
 * .env, the D1 suite still runs on D1 and writes nothing into that database.
 * Checked on a temporary copy of the project's wrangler.jsonc, through the
 * wrangler call the Workers Vitest plugin makes to build the worker's bindings.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { projectRoot } from "../../scripts/lib/paths";
import { workerTestWranglerConfig } from "../support/worker-wrangler-config";

const copy = mkdtempSync(path.join(tmpdir(), "hearth-dev-vars-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

it("ignores DATABASE_URL and other secrets in .dev.vars and .env", () => {
  copyFileSync(path.join(projectRoot, "wrangler.jsonc"), path.join(copy, "wrangler.jsonc"));
  writeFileSync(
    path.join(copy, ".dev.vars"),
    'DATABASE_URL="postgres://zoë:pässwörd@127.0.0.1:5432/創作者"\nJWT_SECRET="dev-secret-🔥-0123456789"\n',
  );
  writeFileSync(path.join(copy, ".env"), "DATABASE_URL=mysql://dev@127.0.0.1:3306/hearth\n");

  const { workerOptions } = unstable_getMiniflareWorkerOptions(workerTestWranglerConfig(copy));
  const bindings = workerOptions.bindings ?? {};
  expect(bindings).not.toHaveProperty("DATABASE_URL");
  expect(bindings).not.toHaveProperty("JWT_SECRET");
  // The committed vars still arrive.
  expect(bindings).toMatchObject({ ENVIRONMENT: "development" });
});
