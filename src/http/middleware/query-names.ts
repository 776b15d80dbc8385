import { createMiddleware } from "hono/factory";
import { badRequest } from "../../errors";
import type { AppEnv } from "../env";

/**
 * Hono's query parser drops a parameter named `__proto__`, and one with an
 * empty name (`?=false`), silently, so the strict query schemas never see
 * them; refuse them here, naming them like any other unknown parameter.
 */
const UNPARSABLE_NAMES = new Set(["", "__proto__"]);

export const refuseUnparsableQueryNames = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const query = c.req.url.indexOf("?");
    if (query !== -1) {
      for (const name of new URLSearchParams(c.req.url.slice(query + 1)).keys()) {
        if (UNPARSABLE_NAMES.has(name)) {
          throw badRequest("Invalid query parameters", [
            { location: "query", path: name, message: `Unknown parameter "${name}"` },
          ]);
        }
      }
    }
    await next();
  });
