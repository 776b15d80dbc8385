import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";

const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

/** Requests that carry a body must say it is JSON (415 otherwise). */
export const requireJsonBody = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (BODY_METHODS.has(c.req.method)) {
      const length = c.req.header("content-length");
      const hasBody = (length !== undefined && length !== "0") || c.req.header("transfer-encoding");
      const type = c.req.header("content-type") ?? "";
      if (hasBody && !/^application\/(.+\+)?json\b/i.test(type)) {
        throw new ApiError(415, "Request bodies must be JSON (Content-Type: application/json)");
      }
    }
    await next();
  });
