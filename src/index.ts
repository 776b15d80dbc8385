import { createApp } from "./app";
import { type Bindings, loadConfig } from "./config";
import { openDatabase } from "./db/database";
import { pruneIdempotencyKeys } from "./http/middleware/idempotency";

const app = createApp();

export default {
  fetch: app.fetch,
  /** The Cron Trigger of wrangler.jsonc: deletes expired idempotency keys. */
  async scheduled(_controller, env) {
    // The database requests use, opened outside a request: no session, the latest data.
    const db = openDatabase(env, loadConfig(env).database);
    try {
      await pruneIdempotencyKeys(db);
    } finally {
      await db.close();
    }
  },
} satisfies ExportedHandler<Bindings>;
