import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_DIALECT: "d1" | "postgres" | "mysql";
      TEST_MIGRATIONS: D1Migration[];
      TEST_FIXTURE_MIGRATIONS: D1Migration[];
      DATABASE_URL?: string;
      JWT_SECRET: string;
      /** RATE_LIMITS for the small test budgets bound as `TEST_<binding>` (vitest.config.ts). */
      TEST_RATE_LIMITS: string;
      /** Replays the property tests' runs (test/worker/support/properties.ts). */
      FAST_CHECK_SEED?: string;
    }
    interface GlobalProps {
      mainModule: typeof import("../src/index");
    }
  }
}
