import type { RouteHandler } from "@hono/zod-openapi";
import { requireScope } from "../../access/engine";
import { forgetApiKeys } from "../../auth/api-key-verifier";
import { mintApiKey } from "../../auth/api-keys";
import { type Caller, isAdmin } from "../../auth/caller";
import type { Database } from "../../db/database";
import { ApiError, forbidden, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { iso, isoOrNull } from "../../http/schemas";
import {
  type ApiKeyRow,
  findApiKey,
  ownedBy,
  revokeApiKey,
  subjectExists,
} from "./api-keys.queries";
import {
  apiKeyList,
  type createApiKeyRoute,
  type getApiKeyRoute,
  type listApiKeysRoute,
  type revokeApiKeyRoute,
} from "./api-keys.routes";

export const toApiKey = (row: ApiKeyRow) => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  subject: { type: row.subjectType, id: row.subjectId },
  scopes: row.scopes,
  expires_at: isoOrNull(row.expiresAt),
  revoked_at: isoOrNull(row.revokedAt),
  last_used_at: isoOrNull(row.lastUsedAt),
  created_at: iso(row.createdAt),
});

/** Admins see every key; anyone else only the keys of its own subject. */
function visibleKeys(db: Database, caller: Caller) {
  if (isAdmin(caller) || !caller.subject) return undefined;
  return ownedBy(db, caller.subject);
}

export const listApiKeys: RouteHandler<typeof listApiKeysRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "identities", "read");
  if (caller.kind === "guest") throw new ApiError(401, "Sign in to list API keys");
  const { data, meta } = await apiKeyList.run(
    c.get("db"),
    c.req.valid("query"),
    visibleKeys(c.get("db"), caller),
  );
  return c.json({ data: data.map(toApiKey), meta }, 200);
};

export const createApiKey: RouteHandler<typeof createApiKeyRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "identities", "write");
  if (caller.kind === "guest") throw new ApiError(401, "Sign in to mint API keys");
  const db = c.get("db");
  const body = c.req.valid("json");
  const admin = isAdmin(caller);
  const subject = body.subject ?? caller.subject;

  if (!admin) {
    if (subject.type !== caller.subject.type || subject.id !== caller.subject.id) {
      throw forbidden("Only admins may mint keys for another subject");
    }
    const beyond = body.scopes.filter((scope) => !caller.scopes.has(scope));
    if (beyond.length > 0) {
      throw new ApiError(403, "A key cannot have scopes its creator lacks", { scopes: beyond });
    }
  }
  if (body.expires_at && Date.parse(body.expires_at) <= Date.now()) {
    throw new ApiError(422, "expires_at must be in the future", [
      { location: "json", path: "expires_at", message: "Must be in the future" },
    ]);
  }
  // A key minted by a key hangs from it: it expires no later, and dies with it.
  const parentExpiresAt = caller.kind === "api_key" ? (caller.apiKeyExpiresAt ?? null) : null;
  if (
    body.expires_at &&
    parentExpiresAt &&
    Date.parse(body.expires_at) > parentExpiresAt.getTime()
  ) {
    const limit = parentExpiresAt.toISOString();
    throw new ApiError(422, `A key cannot outlive the key that mints it (${limit})`, [
      { location: "json", path: "expires_at", message: `Must be no later than ${limit}` },
    ]);
  }
  if (admin && !(await subjectExists(db.orm, db.t, subject))) {
    throw new ApiError(422, `No ${subject.type} ${subject.id}`, [
      { location: "json", path: "subject.id", message: "No such subject" },
    ]);
  }

  const minted = await mintApiKey();
  const [row] = await db.insertReturning(db.t.apiKeys, [
    {
      name: body.name,
      prefix: minted.prefix,
      secretHash: minted.secretHash,
      subjectType: subject.type,
      subjectId: subject.id,
      scopes: body.scopes,
      expiresAt: body.expires_at ? new Date(body.expires_at) : parentExpiresAt,
      parentKeyId: caller.kind === "api_key" ? caller.apiKeyId : null,
    },
  ]);
  return c.json({ data: { ...toApiKey(row!), key: minted.key } }, 201);
};

export const getApiKey: RouteHandler<typeof getApiKeyRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "identities", "read");
  if (caller.kind === "guest") throw new ApiError(401, "Sign in to see API keys");
  const row = await findApiKey(
    c.get("db"),
    c.req.valid("param").id,
    visibleKeys(c.get("db"), caller),
  );
  if (!row) throw notFound("API key");
  return c.json({ data: toApiKey(row) }, 200);
};

export const revokeKey: RouteHandler<typeof revokeApiKeyRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "identities", "write");
  if (caller.kind === "guest") throw new ApiError(401, "Sign in to revoke API keys");
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const row = await findApiKey(db, id, visibleKeys(c.get("db"), caller));
  if (!row) throw notFound("API key");
  forgetApiKeys(await revokeApiKey(db, id));
  return c.body(null, 204);
};
