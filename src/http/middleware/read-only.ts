import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppConfig } from "../../config";
import { ApiError } from "../../errors";
import type { AppEnv } from "../env";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The answer to a write while the API is read-only: 503 `read_only`, with
 * `Retry-After` set on the response the error handler makes of it.
 */
export function readOnlyRefusal(
  c: Context<AppEnv>,
  { retryAfterSeconds }: NonNullable<AppConfig["readOnly"]>,
): ApiError {
  c.header("Retry-After", String(retryAfterSeconds));
  return new ApiError(
    503,
    "The API is read-only for maintenance: writes are paused, reads work",
    undefined,
    "read_only",
  );
}

/**
 * Read-only mode (READ_ONLY), for a database cutover: every write answers 503
 * `read_only` while reads go on as usual. It runs before the body limit, the
 * database and authentication, so every writer — a guest, a bad key, an
 * invalid body alike — gets the same answer and no write opens the database:
 * retried after the freeze, the request gets its real answer.
 */
export const readOnly = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const frozen = c.get("config").readOnly;
    if (frozen && !READS.has(c.req.method)) throw readOnlyRefusal(c, frozen);
    await next();
  });
