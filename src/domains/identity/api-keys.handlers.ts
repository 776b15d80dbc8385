import type { RouteHandler } from "@hono/zod-openapi";
import { requireScope } from "../../access/engine";
import { forgetApiKeys } from "../../auth/api-key-verifier";
import { mintApiKey } from "../../auth/api-keys";
import { type Caller, isAdmin } from "../../auth/caller";
import type { Database } from "../../db/database";
import { ApiError, forbidden, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import {
  apiKeyById,
  insertApiKey,
  ownedBy,
  revokeApiKey,
  subjectExistence,
} from "./api-keys.queries";
import {
  apiKeyList,
  type createApiKeyRoute,
  type getApiKeyRoute,
  type listApiKeysRoute,
  type revokeApiKeyRoute,
} from "./api-keys.routes";
import { toApiKey } from "./api-keys.shapes";

/** The caller, holding `identities:<verb>` and signed in: keys belong to someone. */
function signedIn(caller: Caller, verb: "read" | "write", doing: string) {
  requireScope(caller, "identities", verb);
  if (caller.kind === "guest") throw new ApiError(401, `Sign in to ${doing} API keys`);
  return caller;
}

/** Admins see every key; anyone else only the keys of its own subject. */
function visibleKeys(db: Database, caller: Caller) {
  if (isAdmin(caller) || !caller.subject) return undefined;
  return ownedBy(db, caller.subject);
}

export const listApiKeys: RouteHandler<typeof listApiKeysRoute, AppEnv> = async (c) => {
  const caller = signedIn(c.get("caller"), "read", "list");
  const db = c.get("db");
  const { data, meta } = await apiKeyList.run(db, c.req.valid("query"), visibleKeys(db, caller));
  return c.json({ data: data.map(toApiKey), meta }, 200);
};

export const createApiKey: RouteHandler<typeof createApiKeyRoute, AppEnv> = async (c) => {
  const caller = signedIn(c.get("caller"), "write", "mint");
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
  // Anyone else mints for itself, which exists.
  if (admin && !(await db.load(subjectExistence(db, subject)))[0]) {
    throw new ApiError(422, `No ${subject.type} ${subject.id}`, [
      { location: "json", path: "subject.id", message: "No such subject" },
    ]);
  }

  const minted = await mintApiKey();
  const row = await insertApiKey(db, {
    name: body.name,
    prefix: minted.prefix,
    secretHash: minted.secretHash,
    subjectType: subject.type,
    subjectId: subject.id,
    scopes: body.scopes,
    expiresAt: body.expires_at ? new Date(body.expires_at) : parentExpiresAt,
    parentKeyId: caller.kind === "api_key" ? caller.apiKeyId : null,
  });
  return c.json({ data: { ...toApiKey(row), key: minted.key } }, 201);
};

export const getApiKey: RouteHandler<typeof getApiKeyRoute, AppEnv> = async (c) => {
  const caller = signedIn(c.get("caller"), "read", "see");
  const db = c.get("db");
  const [row] = await db.load(apiKeyById(db, c.req.valid("param").id, visibleKeys(db, caller)));
  if (!row) throw notFound("API key");
  return c.json({ data: toApiKey(row) }, 200);
};

export const revokeKey: RouteHandler<typeof revokeApiKeyRoute, AppEnv> = async (c) => {
  const caller = signedIn(c.get("caller"), "write", "revoke");
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const [row] = await db.load(apiKeyById(db, id, visibleKeys(db, caller)));
  if (!row) throw notFound("API key");
  const revoked = await revokeApiKey(db, id, c.get("expectedVersions"));
  // Deleted since the read (with its user, say).
  if (revoked.length === 0) throw notFound("API key");
  forgetApiKeys(revoked);
  return c.body(null, 204);
};
