import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { errorResponse } from "../error-handler";
import { ApiError } from "../errors";

/** The error code of a write refused while the API is read-only. */
export const READ_ONLY_CODE = "read_only";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Read-only mode (READ_ONLY), for a database cutover: every write answers 503
 * `read_only` with `Retry-After`, while reads go on as usual. It runs before
 * the body limit, the database and authentication, so every writer — a guest,
 * a bad key, an invalid body alike — gets the same answer and no write opens
 * the database: retried after the freeze, the request gets its real answer.
 */
export const readOnly = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const frozen = c.get("config").readOnly;
    if (frozen && !READS.has(c.req.method)) {
      c.header("Retry-After", String(frozen.retryAfterSeconds));
      return errorResponse(
        c,
        new ApiError(
          503,
          "The API is read-only for maintenance: writes are paused, reads work",
          undefined,
          READ_ONLY_CODE,
        ),
      );
    }
    await next();
  });
