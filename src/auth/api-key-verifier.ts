/**
 * Verifies API keys against `api_keys`. A verified key is remembered in this
 * isolate for `API_KEY_CACHE_SECONDS` (never past its expiry), so most requests
 * need no authentication query; revoking a key forgets it (and the keys it
 * minted) here at once, and in other isolates within that time.
 *
 * A key minted by a key is usable only while the key that minted it is not
 * revoked. Revoking marks the whole lineage revoked; checking the parent too
 * covers a key minted, in an isolate still trusting its parent, after that.
 */
import { and, eq, gt, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { alias } from "../db/sql";
import { apiKeyPrefix, hashApiKey, sameHash } from "./api-keys";
import type { Caller } from "./caller";
import { IsolateMemory } from "./isolate-memory";

/** Verified keys by the hash of the whole key. */
const remembered = new IsolateMemory<Caller>();

/** Drops revoked keys from this isolate's memory. */
export function forgetApiKeys(apiKeyIds: readonly string[]) {
  const revoked = new Set(apiKeyIds);
  remembered.forget((caller) => caller.kind === "api_key" && revoked.has(caller.apiKeyId ?? ""));
}

/**
 * Drops every remembered key from this isolate's memory: after deleting a user
 * or organization, whose keys (and their workspaces' keys) went with it.
 */
export function forgetAllApiKeys() {
  remembered.forget(() => true);
}

/** The caller a key stands for, or undefined when it is unknown, revoked or expired. */
export async function verifyApiKey(
  db: Database,
  key: string,
  cacheMs: number,
  { recordUse = true }: { recordUse?: boolean } = {},
): Promise<Caller | undefined> {
  const prefix = apiKeyPrefix(key);
  if (!prefix) return undefined;
  const hash = await hashApiKey(key);
  const now = Date.now();
  const known = remembered.get(hash, now);
  if (known) return known;

  const { apiKeys } = db.t;
  const usable = and(
    eq(apiKeys.prefix, prefix),
    isNull(apiKeys.revokedAt),
    or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, new Date(now))),
  );
  const { table: parent, from: parentFrom } = alias(apiKeys, "minting_key");
  const parentUnrevoked = sql`not exists (select 1 from ${parentFrom} where ${and(
    eq(parent.id, apiKeys.parentKeyId),
    isNotNull(parent.revokedAt),
  )})`;
  // One round trip: read the key and record its use (only if it is usable and the
  // hash matches; the parent is not looked at there, as MySQL cannot read the
  // table it updates) unless told not to (read-only mode).
  const [rows] = await db.read((orm) => [
    orm.select().from(apiKeys).where(and(usable, parentUnrevoked)).limit(1),
    ...(recordUse
      ? [
          orm
            .update(apiKeys)
            // Use is not a change: `updated_at` (the key's version) stays.
            .set({ lastUsedAt: new Date(now), updatedAt: sql`${apiKeys.updatedAt}` })
            .where(and(usable, eq(apiKeys.secretHash, hash))),
        ]
      : []),
  ]);
  const row = rows[0];
  if (!row || !sameHash(row.secretHash, hash)) return undefined;

  const caller: Caller = {
    kind: "api_key",
    subject: { type: row.subjectType, id: row.subjectId },
    scopes: new Set(row.scopes),
    apiKeyId: row.id,
    apiKeyExpiresAt: row.expiresAt,
  };
  const until = Math.min(now + cacheMs, row.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY);
  remembered.remember(hash, caller, until);
  return caller;
}
