/**
 * Keys minted by keys: a minted key expires no later than the key that minted
 * it, and revoking a key revokes every key minted from it, at any depth.
 */

import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { sign } from "hono/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { api, dialect, json, postJson, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeUser } from "./support/fixtures";

const HOUR = 3600_000;
const SCOPES = ["identities:read", "identities:write", "resources:read"];

let db: Database;
let adminKey: string;
beforeAll(async () => {
  db = testDatabase();
  const admin = await makeUser(db);
  adminKey = (await makeApiKey(db, { type: "user", id: admin.id }, ["admin"])).key;
});

/** Mints a key with `key`; answers the response and its data. */
async function mint(key: string, body: Record<string, unknown> = {}) {
  const response = await postJson(
    "/v1/api-keys",
    { name: "Clé de déploiement 🚀 ビルド", scopes: SCOPES, ...body },
    { headers: bearer(key) },
  );
  const answer = await json(response);
  return { response, data: answer.data, error: answer.error };
}

const meStatus = async (key: string) => (await api("/v1/me", { headers: bearer(key) })).status;

describe(`key lifetimes on ${dialect}`, () => {
  it("a key minted by an expiring key expires with it, unless it asks for earlier", async () => {
    const user = await makeUser(db);
    const parentExpiry = new Date(Date.now() + HOUR);
    const parent = await makeApiKey(db, { type: "user", id: user.id }, SCOPES, {
      expiresAt: parentExpiry,
    });

    const unlimited = await mint(parent.key);
    expect(unlimited.response.status).toBe(201);
    expect(Date.parse(unlimited.data.expires_at)).toBe(parentExpiry.getTime());

    const earlier = new Date(Date.now() + HOUR / 2).toISOString();
    const shorter = await mint(parent.key, { expires_at: earlier });
    expect(shorter.response.status).toBe(201);
    expect(shorter.data.expires_at).toBe(earlier);

    const later = await mint(parent.key, {
      expires_at: new Date(Date.now() + 24 * HOUR).toISOString(),
    });
    expect(later.response.status).toBe(422);
    expect(later.error.details).toEqual([expect.objectContaining({ path: "expires_at" })]);

    // The grandchild is bound by the same expiry, through its parent.
    const grandchild = await mint(unlimited.data.key);
    expect(Date.parse(grandchild.data.expires_at)).toBe(parentExpiry.getTime());
  });

  it("keys minted by a key without expiry, or by a token, may have none", async () => {
    const user = await makeUser(db);
    const parent = await makeApiKey(db, { type: "user", id: user.id }, SCOPES);
    expect((await mint(parent.key)).data.expires_at).toBeNull();
    const jwt = await sign(
      { sub: user.id, exp: Math.floor(Date.now() / 1000) + 60 },
      env.JWT_SECRET,
    );
    const fromToken = await mint(jwt);
    expect(fromToken.response.status).toBe(201);
    expect(fromToken.data.expires_at).toBeNull();
  });
});

describe(`revoking a key on ${dialect}`, () => {
  it("revokes what it minted, at any depth, at once", async () => {
    const user = await makeUser(db);
    const root = await makeApiKey(db, { type: "user", id: user.id }, SCOPES);
    const child = await mint(root.key);
    const grandchild = await mint(child.data.key);
    const sibling = await makeApiKey(db, { type: "user", id: user.id }, SCOPES);
    // Admins mint for others with their key: those keys hang from it too.
    const forOther = await mint(adminKey, { subject: { type: "user", id: user.id } });
    expect(forOther.response.status).toBe(201);
    for (const key of [child.data.key, grandchild.data.key, sibling.key]) {
      expect(await meStatus(key)).toBe(200); // now remembered by this isolate
    }

    const revoked = await api(`/v1/api-keys/${root.row.id}`, {
      method: "DELETE",
      headers: bearer(sibling.key),
    });
    expect(revoked.status).toBe(204);
    expect(await meStatus(child.data.key)).toBe(401);
    expect(await meStatus(grandchild.data.key)).toBe(401);
    expect(await meStatus(sibling.key)).toBe(200);

    // Listings say so too.
    for (const id of [child.data.id, grandchild.data.id]) {
      const shown = await json(await api(`/v1/api-keys/${id}`, { headers: bearer(adminKey) }));
      expect(shown.data.revoked_at).not.toBeNull();
    }
    const untouched = await json(
      await api(`/v1/api-keys/${forOther.data.id}`, { headers: bearer(adminKey) }),
    );
    expect(untouched.data.revoked_at).toBeNull();
  });

  it("a key whose parent was revoked elsewhere stops working when it is next verified", async () => {
    const user = await makeUser(db);
    const parent = await makeApiKey(db, { type: "user", id: user.id }, SCOPES);
    const child = await mint(parent.key);
    // As if another isolate, still trusting the parent, minted the child after the
    // parent's revocation cascaded: only the parent row says it is revoked.
    await db.orm
      .update(db.t.apiKeys)
      .set({ revokedAt: new Date() })
      .where(eq(db.t.apiKeys.id, parent.row.id));
    expect(await meStatus(child.data.key)).toBe(401);
  });
});
