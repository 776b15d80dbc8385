import { createMiddleware } from "hono/factory";
import { openDatabase } from "../../db/database";
import type { AppEnv } from "../env";

/**
 * Puts this request's database on the context and closes its connection once
 * the response is sent. Also reports the db Server-Timing metric when enabled.
 */
export const database = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const config = c.get("config");
    const db = openDatabase(c.env, config.database);
    c.set("db", db);
    try {
      await next();
    } finally {
      if (config.serverTiming) c.res.headers.append("Server-Timing", db.metrics.toServerTiming());
      afterResponse(c.executionCtx, db.close());
    }
  });

function afterResponse(
  executionCtx: { waitUntil(promise: Promise<unknown>): void },
  work: Promise<void>,
) {
  const logged = work.catch((error) => console.error("Closing the database failed", error));
  executionCtx.waitUntil(logged);
}
