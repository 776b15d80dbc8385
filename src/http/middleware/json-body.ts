import { createMiddleware } from "hono/factory";
import { ApiError } from "../../errors";
import type { AppEnv } from "../env";

const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);
const JSON_TYPE = /^application\/(.+\+)?json\b/i;

/**
 * Requests that carry a body must be of a media type their contract declares:
 * JSON unless it declares others (such as `application/x-ndjson`); 415 otherwise.
 */
export const requireBodyType = (declared: readonly string[] = []) => {
  const others = declared.filter((type) => !JSON_TYPE.test(type));
  const json = others.length < declared.length || declared.length === 0;
  const expected = json ? "JSON (Content-Type: application/json)" : others.join(" or ");
  return createMiddleware<AppEnv>(async (c, next) => {
    if (BODY_METHODS.has(c.req.method)) {
      const length = c.req.header("content-length");
      const hasBody = (length !== undefined && length !== "0") || c.req.header("transfer-encoding");
      const type = c.req.header("content-type") ?? "";
      const media = type.split(";")[0]!.trim().toLowerCase();
      if (hasBody && !(json && JSON_TYPE.test(type)) && !others.includes(media)) {
        throw new ApiError(415, `Request bodies must be ${expected}`);
      }
    }
    await next();
  });
};
