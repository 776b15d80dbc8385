import { OpenAPIHono, type RouteConfig } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import { ApiError } from "../errors";
import type { AppEnv } from "./env";
import { validationError } from "./error-handler";
import { IDEMPOTENCY_KEY_HEADER, idempotency } from "./middleware/idempotency";
import { requireBodyType } from "./middleware/json-body";

const READ_METHODS = new Set(["get", "head"]);

/**
 * A guest is refused before the request's parameters or body are looked at,
 * so it hears 401, not what was wrong with a request it may not make.
 */
const callerRequired = createMiddleware<AppEnv>(async (c, next) => {
  if (c.get("caller")?.kind === "guest") throw new ApiError(401, "Sign in to do this");
  await next();
});

const idempotent = idempotency();

/** A contract that declares the `Idempotency-Key` header (every POST that does not opt out). */
const takesIdempotencyKey = (route: RouteConfig) => {
  const headers = route.request?.headers as { shape?: Record<string, unknown> } | undefined;
  return headers?.shape !== undefined && IDEMPOTENCY_KEY_HEADER in headers.shape;
};

/** A contract whose security has no empty requirement (`{}`) does not answer guests. */
const refusesGuests = (route: RouteConfig) =>
  route.security !== undefined && !route.security.some((entry) => Object.keys(entry).length === 0);

/**
 * A router whose validation failures become the error envelope (see
 * validationError). Before a route looks at the request, in this order: a
 * guest is refused (when its contract's security does not accept guests), then
 * a write's body that is not of a type its contract declares, JSON by default (415), then parameters and body are validated.
 */
export function createRouter() {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target);
    },
  });
  const register = router.openapi;
  router.openapi = ((route, handler, hook) => {
    const own = route.middleware ?? [];
    const middleware = [
      ...(refusesGuests(route) ? [callerRequired] : []),
      ...(READ_METHODS.has(route.method)
        ? []
        : [requireBodyType(Object.keys(route.request?.body?.content ?? {}))]),
      ...(takesIdempotencyKey(route) ? [idempotent] : []),
      ...(Array.isArray(own) ? own : [own]),
    ];
    return register({ ...route, middleware }, handler, hook);
  }) as typeof register;
  return router;
}
