import { OpenAPIHono } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env";
import { validationError } from "./error-handler";
import { ApiError } from "./errors";

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
 * validationError), and whose write routes that may answer 401 (their
 * contract says so) refuse guests before validating anything.
 */
export function createRouter() {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target);
    },
  });
  const register = router.openapi;
  router.openapi = ((route, handler, hook) => {
    const needsCaller = !READ_METHODS.has(route.method) && route.responses[401] !== undefined;
    if (!needsCaller) return register(route, handler, hook);
    const own = route.middleware ?? [];
    const middleware = [writesNeedACaller, ...(Array.isArray(own) ? own : [own])];
    return register({ ...route, middleware }, handler, hook);
  }) as typeof register;
  return router;
}
