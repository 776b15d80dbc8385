/**
 * Verifies API keys against `api_keys`. A verified key is remembered in this
 * isolate for `API_KEY_CACHE_SECONDS` (never past its expiry), so most requests
 * need no authentication query; revoking a key forgets it here at once, and in
 * other isolates within that time.
 */
import { and, eq, gt, isNull, or } from "drizzle-orm";
import type { Database } from "../db/database";
import { apiKeyPrefix, hashApiKey, sameHash } from "./api-keys";
import type { Caller } from "./caller";

interface Remembered {
  caller: Caller;
  until: number;
}

const MAX_REMEMBERED = 1000;
const remembered = new Map<string, Remembered>();

function remember(hash: string, caller: Caller, until: number) {
  if (remembered.size >= MAX_REMEMBERED) {
    remembered.delete(remembered.keys().next().value as string);
  }
  remembered.set(hash, { caller, until });
}

/** Drops a revoked key from this isolate's memory. */
export function forgetApiKey(apiKeyId: string) {
  for (const [hash, entry] of remembered) {
    if (entry.caller.kind !== "guest" && entry.caller.apiKeyId === apiKeyId)
      remembered.delete(hash);
  }
}

/**
 * Drops every remembered key from this isolate's memory: after deleting a user
 * or organization, whose keys (and their workspaces' keys) went with it.
 */
export function forgetApiKeys() {
  remembered.clear();
}

/** The caller a key stands for, or undefined when it is unknown, revoked or expired. */
export async function verifyApiKey(
  db: Database,
  key: string,
  cacheMs: number,
): Promise<Caller | undefined> {
  const prefix = apiKeyPrefix(key);
  if (!prefix) return undefined;
  const hash = await hashApiKey(key);
  const now = Date.now();
  const known = remembered.get(hash);
  if (known && known.until > now) return known.caller;

  const { apiKeys } = db.t;
  const usable = and(
    eq(apiKeys.prefix, prefix),
    isNull(apiKeys.revokedAt),
    or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, new Date(now))),
  );
  // One round trip: read the key and record its use (only if it is usable and the hash matches).
  const [rows] = await db.read((orm) => [
    orm.select().from(apiKeys).where(usable).limit(1),
    orm
      .update(apiKeys)
      .set({ lastUsedAt: new Date(now) })
      .where(and(usable, eq(apiKeys.secretHash, hash))),
  ]);
  const row = rows[0];
  if (!row || !sameHash(row.secretHash, hash)) return undefined;

  const caller: Caller = {
    kind: "api_key",
    subject: { type: row.subjectType, id: row.subjectId },
    scopes: new Set(row.scopes),
    apiKeyId: row.id,
  };
  const until = Math.min(now + cacheMs, row.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY);
  if (cacheMs > 0) remember(hash, caller, until);
  return caller;
}
