import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";

/**
 * After a request whose writes recorded events, one `dispatch` message on the
 * webhooks queue, sent after the response (no database work added to the
 * request): its consumer turns the new events into deliveries
 * (docs/architecture.md §21). Nothing without the queue binding.
 */
export const webhooksDispatch = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    await next();
    const queue = c.env?.WEBHOOKS_QUEUE;
    if (!queue || !c.get("db").eventsCommitted) return;
    c.executionCtx.waitUntil(
      queue.send({ kind: "dispatch" }).catch((error) => {
        // The Cron Trigger's dispatch picks the events up later.
        console.error(`[${c.get("requestId")}] webhooks dispatch not queued`, error);
      }),
    );
  });
