import { createRoute, z } from "@hono/zod-openapi";
import { errorResponses, itemEnvelope } from "../../http/envelopes";

export const Health = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    environment: z.string(),
    database: z.object({
      dialect: z.enum(["d1", "postgres", "mysql"]),
      ok: z.boolean(),
      latency_ms: z.number(),
    }),
  })
  .openapi("Health");

export const getHealthRoute = createRoute({
  method: "get",
  path: "/health",
  tags: ["health"],
  summary: "Whether the worker and its database answer",
  responses: {
    200: {
      description: "Healthy",
      content: { "application/json": { schema: itemEnvelope(Health) } },
    },
    503: {
      description: "The database does not answer",
      content: { "application/json": { schema: itemEnvelope(Health) } },
    },
    ...errorResponses(500),
  },
});
