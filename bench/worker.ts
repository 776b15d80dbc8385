/**
 * The worker `npm run bench` starts: Hearth itself, plus two bare Hono routes
 * served by the same workerd, over the same loopback, in the same run: one
 * returns a constant (the runtime floor every scenario is compared with), one
 * reads a resource by id with a single prepared D1 statement (the floor plus
 * one D1 round trip, and nothing of Hearth's).
 */
import { Hono } from "hono";
import type { Bindings, WebhookMessage } from "../src/config";
import hearth from "../src/index";
import { D1_FLOOR_PATH, FLOOR_PATH } from "./scenarios";

const floor = new Hono<{ Bindings: Bindings }>()
  .get(FLOOR_PATH, (c) => c.json({ ok: true }))
  .get(`${D1_FLOOR_PATH}/:id`, async (c) => {
    const row = await c.env.DB.prepare("select * from resources where id = ?")
      .bind(c.req.param("id"))
      .first();
    return row ? c.json({ data: row }) : c.json({ error: "not found" }, 404);
  });

export default {
  // Hearth's other handlers (the queue consumer delivering webhooks, the Cron Trigger) as they are.
  ...hearth,
  fetch(request: Request, env: Bindings, ctx: ExecutionContext) {
    if (new URL(request.url).pathname.startsWith("/bench/")) return floor.fetch(request, env, ctx);
    return hearth.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Bindings, WebhookMessage>;
