/**
 * Resolves the caller from `Authorization: Bearer <key or JWT>`. No header
 * means a guest; anything present but unusable is a 401.
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { ApiError } from "../errors";
import type { AppEnv } from "../http/env";
import { readOnlyRefusal } from "../http/middleware/read-only";
import { verifyApiKey } from "./api-key-verifier";
import { type Caller, GUEST } from "./caller";
import { verifyJwt } from "./jwt";
import { resolveTokenUser } from "./token-users";

const unauthorized = (message: string) => new ApiError(401, message);

/** The request's caller, who the events of its writes name as their actor. */
function setCaller(c: Context<AppEnv>, caller: Caller) {
  c.set("caller", caller);
  const db = c.get("db");
  db.author = {
    ...db.author,
    actorType: caller.subject?.type ?? null,
    actorId: caller.subject?.id ?? null,
    apiKeyId: caller.kind === "api_key" ? (caller.apiKeyId ?? null) : null,
  };
}

export const authenticate = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header("authorization");
    if (header === undefined) {
      setCaller(c, GUEST);
      return next();
    }
    const [scheme, token, ...rest] = header.trim().split(/\s+/);
    if (scheme?.toLowerCase() !== "bearer" || !token || rest.length > 0) {
      throw unauthorized("Use `Authorization: Bearer <API key or token>`");
    }

    const config = c.get("config");
    if (token.startsWith("hk_")) {
      // A read-only database is being copied: recording the key's use would change it.
      const caller = await verifyApiKey(c.get("db"), token, config.apiKeyCacheMs, {
        recordUse: !config.readOnly,
      });
      if (!caller) throw unauthorized("Unknown, revoked or expired API key");
      setCaller(c, caller);
      return next();
    }
    if (!config.jwt) throw unauthorized("Bearer tokens must be API keys (JWTs are not configured)");
    const claims = await verifyJwt(token, config.jwt).catch(() => {
      throw unauthorized("Invalid or expired token");
    });
    const { readOnly } = config;
    const userId = await resolveTokenUser(c.get("db"), claims, config.jwt, config.apiKeyCacheMs, {
      refuseProvisioning: readOnly ? () => readOnlyRefusal(c, readOnly) : undefined,
    });
    setCaller(c, {
      kind: "jwt",
      subject: { type: "user", id: userId },
      scopes: new Set(claims.scopes),
    });
    return next();
  });
