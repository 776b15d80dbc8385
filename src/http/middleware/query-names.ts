import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { badRequest } from "../errors";

/**
 * Hono's query parser drops a parameter named `__proto__` silently, so the
 * strict query schemas never see it; refuse it here, naming it like any other
 * unknown parameter.
 */
export const refuseUnparsableQueryNames = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const query = c.req.url.indexOf("?");
    if (query !== -1) {
      for (const name of new URLSearchParams(c.req.url.slice(query + 1)).keys()) {
        if (name === "__proto__") {
          throw badRequest("Invalid query parameters", [
            { location: "query", path: name, message: `Unknown parameter "${name}"` },
          ]);
        }
      }
    }
    await next();
  });
