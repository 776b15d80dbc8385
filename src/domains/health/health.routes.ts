import { z } from "@hono/zod-openapi";
import { itemEnvelope } from "../../http/envelopes";
import { operation } from "../../http/routes";

export const Health = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    environment: z.string(),
    database: z.object({
      dialect: z.enum(["d1", "postgres", "mysql"]),
      ok: z.boolean(),
      latency_ms: z.number(),
      batching: z.enum(["batch", "pipeline", "multi-statement", "sequential"]).openapi({
        description:
          "How statements the server sends together reach the database: one D1 `batch()`, " +
          "pipelined (Postgres), one multi-statement query (MySQL), or one round trip each " +
          "(`DATABASE_BATCHING=sequential`, or `auto` after the server refused the batched form).",
      }),
    }),
    read_only: z.boolean().openapi({
      description:
        "READ_ONLY is on: writes answer 503 `read_only` (a database cutover), reads work",
    }),
    webhooks: z.object({
      queue: z.boolean().openapi({
        description:
          "The webhooks queue is bound: deliveries are sent. Without it endpoints are managed but nothing is sent",
      }),
    }),
  })
  .openapi("Health");

// Bespoke: the only operation that answers its body with an error status (503), and takes no query check.
export const getHealthRoute = operation({
  method: "get",
  path: "/health",
  tags: ["health"],
  summary: "Whether the worker and its database answer",
  operationId: "getHealth",
  description: "Answers 503 with the same body when the database does not answer.",
  access: { scope: null, guests: true },
  responses: {
    200: {
      description: "Healthy",
      content: { "application/json": { schema: itemEnvelope(Health) } },
    },
    503: {
      description: "The database does not answer",
      content: { "application/json": { schema: itemEnvelope(Health) } },
    },
  },
});
