import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/env";
import type { getHealthRoute } from "./health.routes";

export const getHealth: RouteHandler<typeof getHealthRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const started = performance.now();
  const ok = await db.ping().then(
    () => true,
    (error) => {
      console.error("Health check: database did not answer", error);
      return false;
    },
  );
  const config = c.get("config");
  const health = {
    status: ok ? ("ok" as const) : ("unavailable" as const),
    environment: config.environment,
    database: {
      dialect: db.dialect,
      ok,
      latency_ms: Math.round((performance.now() - started) * 10) / 10,
      batching: db.batching(),
    },
    read_only: config.readOnly !== undefined,
    webhooks: { queue: c.env?.WEBHOOKS_QUEUE !== undefined },
  };
  return ok ? c.json({ data: health }, 200) : c.json({ data: health }, 503);
};
