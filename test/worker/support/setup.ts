import { applyD1Migrations, env } from "cloudflare:test";

// Each test file gets its own local D1; bring it to the current schema.
// (Postgres and MySQL were migrated once by the project's global setup.)
if (env.TEST_DIALECT === "d1") await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
