import { createApp } from "./app";
import { type Bindings, loadConfig } from "./config";
import { openDatabase } from "./db/database";
import { pruneEvents } from "./db/events";
import { pruneIdempotencyKeys } from "./http/middleware/idempotency";

const app = createApp();

export default {
  fetch: app.fetch,
  /**
   * The Cron Trigger of wrangler.jsonc: deletes expired idempotency keys, and
   * events older than EVENTS_RETENTION_DAYS (unless 0).
   */
  async scheduled(controller, env) {
    const config = loadConfig(env);
    // The database requests use, opened outside a request: no session, the latest data.
    const db = openDatabase(env, config.database);
    try {
      await pruneIdempotencyKeys(db);
      if (config.eventsRetentionDays > 0) {
        const day = 86_400_000;
        await pruneEvents(
          db,
          new Date(controller.scheduledTime - config.eventsRetentionDays * day),
        );
      }
    } finally {
      await db.close();
    }
  },
} satisfies ExportedHandler<Bindings>;
