import { consumeWebhookMessages, createApp } from "./app";
import { type Bindings, loadConfig, type WebhookMessage } from "./config";
import { openDatabase } from "./db/database";
import { pruneDeliveries, pruneEvents } from "./db/events";
import { pruneIdempotencyKeys } from "./http/middleware/idempotency";

const app = createApp();

export default {
  fetch: app.fetch,
  /**
   * The Cron Trigger of wrangler.jsonc: deletes expired idempotency keys, and
   * events and finished webhook deliveries older than EVENTS_RETENTION_DAYS
   * (unless 0; events still to be delivered stay), then queues a webhooks
   * dispatch: the safety net for a request's dispatch that was lost.
   */
  async scheduled(controller, env) {
    const config = loadConfig(env);
    // The database requests use, opened outside a request: no session, the latest data.
    const db = openDatabase(env, config.database);
    try {
      await pruneIdempotencyKeys(db);
      if (config.eventsRetentionDays > 0) {
        const day = 86_400_000;
        const cutoff = new Date(controller.scheduledTime - config.eventsRetentionDays * day);
        // Deliveries first: the events they held are then free to go.
        await pruneDeliveries(db, cutoff);
        await pruneEvents(db, cutoff);
      }
    } finally {
      await db.close();
    }
    await env.WEBHOOKS_QUEUE?.send({ kind: "dispatch" });
  },
  /** The webhooks queue (docs/architecture.md §21): dispatches and deliveries. */
  async queue(batch, env) {
    const config = loadConfig(env);
    await consumeWebhookMessages(
      batch,
      () => openDatabase(env, config.database),
      config.webhooks,
      env.WEBHOOKS_QUEUE,
    );
  },
} satisfies ExportedHandler<Bindings, WebhookMessage>;
