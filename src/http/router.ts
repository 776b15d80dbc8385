import { OpenAPIHono } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env";
import { validationError } from "./error-handler";
import { ApiError } from "./errors";
import { requireJsonBody } from "./middleware/json-body";

const READ_METHODS = new Set(["get", "head"]);

/**
 * Guests only read (see `hasScope`): a guest's write is refused before its
 * parameters or body are looked at, so it hears 401, not what was wrong with
 * the request it may not make.
 */
const writesNeedACaller = createMiddleware<AppEnv>(async (c, next) => {
  if (c.get("caller")?.kind === "guest") throw new ApiError(401, "Sign in to do this");
  await next();
});

/**
 * A router whose validation failures become the error envelope (see
 * validationError). Before a write route looks at the request, in this order:
 * a guest is refused (when the route's contract lists 401), then a body that
 * is not JSON (415), then parameters and body are validated.
 */
export function createRouter() {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target);
    },
  });
  const register = router.openapi;
  router.openapi = ((route, handler, hook) => {
    if (READ_METHODS.has(route.method)) return register(route, handler, hook);
    const own = route.middleware ?? [];
    const middleware = [
      ...(route.responses[401] === undefined ? [] : [writesNeedACaller]),
      requireJsonBody(),
      ...(Array.isArray(own) ? own : [own]),
    ];
    return register({ ...route, middleware }, handler, hook);
  }) as typeof register;
  return router;
}
