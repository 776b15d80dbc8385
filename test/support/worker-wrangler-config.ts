/**
 * The wrangler config the worker test projects run: wrangler.jsonc copied to
 * .wrangler/vitest/, away from .dev.vars and .env, so a developer's local
 * DATABASE_URL or JWT settings never reach the suites. Only TEST_*_URL choose
 * a server (vitest.config.ts). Without its rate-limit bindings: the suites
 * make many requests as one key, and test/worker/rate-limits.test.ts brings
 * bindings of its own. Without the webhooks queue either: nothing delivers in
 * the background, and test/worker/webhooks.test.ts calls the consumer itself.
 */
import path from "node:path";
import { projectRoot } from "../../scripts/lib/paths.ts";
import { writeIsolatedWranglerConfig } from "../../scripts/lib/wrangler-config.ts";

export function workerTestWranglerConfig(root = projectRoot): string {
  return writeIsolatedWranglerConfig(
    path.join(root, ".wrangler", "vitest"),
    "wrangler",
    { ratelimits: [], queues: {} },
    root,
  );
}
