/**
 * Callers and identity endpoints over HTTP: API keys (minting, scopes,
 * revocation, expiry), JWT bearers (HS256 and JWKS), users and organizations.
 */
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { sign } from "hono/jwt";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { verifyJwt } from "../../src/auth/jwt";
import { USER_SCOPES } from "../../src/auth/scopes";
import type { Database } from "../../src/db/database";
import { api, dialect, json, postJson, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeOrganization, makeUser } from "./support/fixtures";

const now = () => Math.floor(Date.now() / 1000);

describe(`API keys on ${dialect}`, () => {
  let db: Database;
  let adminKey: string;
  beforeAll(async () => {
    db = testDatabase();
    const admin = await makeUser(db);
    adminKey = (await makeApiKey(db, { type: "user", id: admin.id }, ["admin"])).key;
  });

  it("authenticates a key and shows the caller", async () => {
    const user = await makeUser(db);
    const { key } = await makeApiKey(db, { type: "user", id: user.id }, ["identities:read"]);
    const response = await api("/v1/me", { headers: bearer(key) });
    expect(response.status).toBe(200);
    const { data } = await json(response);
    expect(data).toMatchObject({ kind: "api_key", subject: { type: "user", id: user.id } });
    expect(data.user.email).toBe(user.email);
  });

  it("refuses unknown, malformed, expired and revoked credentials with 401", async () => {
    const user = await makeUser(db);
    const expired = await makeApiKey(db, { type: "user", id: user.id }, USER_SCOPES, {
      expiresAt: new Date(Date.now() - 1000),
    });
    const revoked = await makeApiKey(db, { type: "user", id: user.id }, USER_SCOPES, {
      revokedAt: new Date(),
    });
    const tried = [
      "Bearer hk_aaaaaaaaaaaa.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      "Bearer hk_nonsense",
      "Bearer",
      "Basic dXNlcjpwYXNz",
      "Bearer a.b.c",
      `Bearer ${expired.key}`,
      `Bearer ${revoked.key}`,
      `Bearer ${expired.key.slice(0, -1)}x`,
    ];
    for (const authorization of tried) {
      const response = await api("/v1/me", { headers: { authorization } });
      expect(response.status, authorization).toBe(401);
      expect((await json(response)).error.code).toBe("unauthorized");
    }
  });

  it("mints a key for the caller with a subset of its scopes, shown once", async () => {
    const user = await makeUser(db);
    const { key } = await makeApiKey(db, { type: "user", id: user.id }, [
      "identities:read",
      "identities:write",
      "resources:read",
    ]);
    const created = await postJson(
      "/v1/api-keys",
      { name: "ci", scopes: ["resources:read"] },
      { headers: bearer(key) },
    );
    expect(created.status).toBe(201);
    const { data } = await json(created);
    expect(data.key).toMatch(/^hk_[a-z2-7]{12}\.[\w-]{43}$/);
    expect(data.key.startsWith(data.prefix)).toBe(true);
    expect(data.subject).toEqual({ type: "user", id: user.id });

    const me = await json(await api("/v1/me", { headers: bearer(data.key) }));
    expect(me.data.scopes).toEqual(["resources:read"]);
    const beyondScope = await json(await api("/v1/users", { headers: bearer(data.key) }));
    expect(beyondScope.error.code).toBe("insufficient_scope");

    const listed = await json(await api("/v1/api-keys", { headers: bearer(key) }));
    expect(listed.data.map((k: { id: string }) => k.id)).toContain(data.id);
    for (const item of listed.data) {
      expect(item).not.toHaveProperty("key");
      expect(item).not.toHaveProperty("secret_hash");
      expect(item.subject).toEqual({ type: "user", id: user.id });
    }
    const stored = JSON.stringify(await db.orm.select().from(db.t.apiKeys));
    expect(stored).not.toContain(data.key);
  });

  it("refuses scopes beyond the caller's, and keys for others unless admin", async () => {
    const user = await makeUser(db);
    const other = await makeUser(db);
    const { key } = await makeApiKey(db, { type: "user", id: user.id }, ["identities:write"]);
    const wider = await postJson(
      "/v1/api-keys",
      { name: "x", scopes: ["admin"] },
      { headers: bearer(key) },
    );
    expect(wider.status).toBe(403);
    expect((await json(wider)).error.details).toEqual({ scopes: ["admin"] });
    const forOther = await postJson(
      "/v1/api-keys",
      { name: "x", scopes: ["identities:write"], subject: { type: "user", id: other.id } },
      { headers: bearer(key) },
    );
    expect(forOther.status).toBe(403);
    const byAdmin = await postJson(
      "/v1/api-keys",
      { name: "x", scopes: ["resources:read"], subject: { type: "user", id: other.id } },
      { headers: bearer(adminKey) },
    );
    expect(byAdmin.status).toBe(201);
    const missing = await postJson(
      "/v1/api-keys",
      {
        name: "x",
        scopes: ["resources:read"],
        subject: { type: "organization", id: crypto.randomUUID() },
      },
      { headers: bearer(adminKey) },
    );
    expect(missing.status).toBe(422);
    const guest = await postJson("/v1/api-keys", { name: "x", scopes: ["resources:read"] });
    expect(guest.status).toBe(401);
  });

  it("revoking a key stops it at once, and only its subject or an admin may revoke", async () => {
    const user = await makeUser(db);
    const stranger = await makeUser(db);
    const { key, row } = await makeApiKey(db, { type: "user", id: user.id });
    const strangerKey = (await makeApiKey(db, { type: "user", id: stranger.id })).key;
    expect((await api("/v1/me", { headers: bearer(key) })).status).toBe(200);
    const foreign = await api(`/v1/api-keys/${row.id}`, {
      method: "DELETE",
      headers: bearer(strangerKey),
    });
    expect(foreign.status).toBe(404);
    const revoked = await api(`/v1/api-keys/${row.id}`, { method: "DELETE", headers: bearer(key) });
    expect(revoked.status).toBe(204);
    expect((await api("/v1/me", { headers: bearer(key) })).status).toBe(401);
    const [stored] = await db.orm.select().from(db.t.apiKeys).where(eq(db.t.apiKeys.id, row.id));
    expect(stored?.revokedAt).toBeInstanceOf(Date);
  });

  it("records when a key was last used", async () => {
    const user = await makeUser(db);
    const { key, row } = await makeApiKey(db, { type: "user", id: user.id });
    expect(row.lastUsedAt).toBeNull();
    await api("/v1/me", { headers: bearer(key) });
    const fetched = await json(await api(`/v1/api-keys/${row.id}`, { headers: bearer(key) }));
    expect(Date.parse(fetched.data.last_used_at)).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe(`JWT bearers on ${dialect}`, () => {
  it("accepts an HS256 token: sub is the user, scopes from the claim or the default", async () => {
    const db = testDatabase();
    const user = await makeUser(db);
    const scoped = await sign(
      { sub: user.id, exp: now() + 60, scope: "identities:read" },
      env.JWT_SECRET,
    );
    const me = await json(await api("/v1/me", { headers: bearer(scoped) }));
    expect(me.data).toMatchObject({
      kind: "jwt",
      subject: { type: "user", id: user.id },
      scopes: ["identities:read"],
    });
    const plain = await sign({ sub: user.id, exp: now() + 60 }, env.JWT_SECRET);
    const defaults = await json(await api("/v1/me", { headers: bearer(plain) }));
    expect(defaults.data.scopes).toEqual([...USER_SCOPES].sort());
  });

  it("refuses expired, tampered and wrongly signed tokens, and tokens without sub", async () => {
    const expired = await sign({ sub: crypto.randomUUID(), exp: now() - 10 }, env.JWT_SECRET);
    const foreign = await sign(
      { sub: crypto.randomUUID(), exp: now() + 60 },
      "another-secret-0123456789",
    );
    const good = await sign({ sub: crypto.randomUUID(), exp: now() + 60 }, env.JWT_SECRET);
    const [header, , signature] = good.split(".");
    const tampered = `${header}.${btoa(JSON.stringify({ sub: crypto.randomUUID() })).replace(/=+$/, "")}.${signature}`;
    const anonymous = await sign({ exp: now() + 60 }, env.JWT_SECRET);
    for (const token of [expired, foreign, tampered, anonymous]) {
      expect((await api("/v1/me", { headers: bearer(token) })).status).toBe(401);
    }
  });

  it("verifies RS256 tokens against a JWKS URL", async () => {
    const privateJwk = inject("jwksPrivateKey");
    const config = {
      key: { jwksUrl: inject("jwksUrl") },
      scopesClaim: "scope",
      defaultScopes: ["resources:read"],
      provisionUsers: false,
    };
    const subject = crypto.randomUUID();
    const token = await sign({ sub: subject, exp: now() + 60 }, privateJwk as never, "RS256");
    const claims = await verifyJwt(token, config);
    expect(claims).toMatchObject({ subject, scopes: ["resources:read"] });
    const hs = await sign({ sub: subject, exp: now() + 60 }, env.JWT_SECRET);
    await expect(verifyJwt(hs, config)).rejects.toThrow();
  });
});

describe(`users and organizations on ${dialect}`, () => {
  it("lets admins create users and organizations, and nobody else", async () => {
    const db = testDatabase();
    const admin = await makeUser(db);
    const adminKey = (await makeApiKey(db, { type: "user", id: admin.id }, ["admin"])).key;
    const userKey = (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id })).key;
    const email = `${crypto.randomUUID()}@Example.com`;
    const body = { email, display_name: "Grace" };
    expect((await postJson("/v1/users", body, { headers: bearer(userKey) })).status).toBe(403);
    const created = await postJson("/v1/users", body, { headers: bearer(adminKey) });
    expect(created.status).toBe(201);
    expect((await json(created)).data).toMatchObject({
      email: email.toLowerCase(),
      display_name: "Grace",
    });
    const again = await postJson("/v1/users", body, { headers: bearer(adminKey) });
    expect(again.status).toBe(409);

    const slug = `org-${crypto.randomUUID().slice(0, 8)}`;
    expect(
      (await postJson("/v1/organizations", { name: "Acme", slug }, { headers: bearer(userKey) }))
        .status,
    ).toBe(403);
    const org = await postJson(
      "/v1/organizations",
      { name: "Acme", slug },
      { headers: bearer(adminKey) },
    );
    expect(org.status).toBe(201);
    expect(
      (await postJson("/v1/organizations", { name: "Acme", slug }, { headers: bearer(adminKey) }))
        .status,
    ).toBe(409);
  });

  it("lets users update their own profile but not others', nor their own organization", async () => {
    const db = testDatabase();
    const user = await makeUser(db);
    const other = await makeUser(db);
    const { key } = await makeApiKey(db, { type: "user", id: user.id });
    const patch = (id: string, body: unknown) =>
      postJson(`/v1/users/${id}`, body, { method: "PATCH", headers: bearer(key) });
    const updated = await patch(user.id, {
      display_name: "New name",
      bio: "Hi",
      theme: { accent: "#123" },
    });
    expect(updated.status).toBe(200);
    expect((await json(updated)).data).toMatchObject({
      display_name: "New name",
      bio: "Hi",
      theme: { accent: "#123" },
    });
    expect((await patch(other.id, { display_name: "Hijack" })).status).toBe(403);
    expect(
      (await patch(user.id, { organization_id: (await makeOrganization(db)).id })).status,
    ).toBe(403);
    expect((await patch(user.id, { display_name: "" })).status).toBe(422);
    expect((await patch(user.id, { nickname: "x" })).status).toBe(422);
  });

  it("shows emails only to their owner and admins", async () => {
    const db = testDatabase();
    const user = await makeUser(db);
    const viewer = (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id })).key;
    const seen = await json(await api(`/v1/users/${user.id}`, { headers: bearer(viewer) }));
    expect(seen.data).not.toHaveProperty("email");
    const guest = await json(await api(`/v1/users/${user.id}`));
    expect(guest.data.display_name).toBe(user.displayName);
  });

  it("lets organization members update it; others get 403", async () => {
    const db = testDatabase();
    const org = await makeOrganization(db);
    const member = (await makeApiKey(db, { type: "user", id: (await makeUser(db, org.id)).id }))
      .key;
    const outsider = (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id })).key;
    const patch = (key: string) =>
      postJson(
        `/v1/organizations/${org.id}`,
        { name: "Renamed" },
        { method: "PATCH", headers: bearer(key) },
      );
    expect((await patch(outsider)).status).toBe(403);
    const renamed = await patch(member);
    expect(renamed.status).toBe(200);
    expect((await json(renamed)).data.name).toBe("Renamed");
  });

  it("pages through organizations without repeats, naming unknown parameters", async () => {
    const db = testDatabase();
    for (let i = 0; i < 5; i++) await makeOrganization(db);
    const ids: string[] = [];
    let url = "/v1/organizations?limit=2&sort=-created_at";
    for (let page = 0; page < 3; page++) {
      const body = await json(await api(url));
      expect(body.data.length).toBeLessThanOrEqual(2);
      ids.push(...body.data.map((o: { id: string }) => o.id));
      url = `/v1/organizations?limit=2&sort=-created_at&cursor=${body.meta.next_cursor}`;
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const query of [
      "bogus=1",
      "constructor=1",
      "__proto__=1",
      "limit=0",
      "limit=101",
      "sort=nope",
      "cursor=%%%",
    ]) {
      const response = await api(`/v1/organizations?${query}`);
      expect(response.status, query).toBe(400);
      const name = query.split("=")[0]!;
      expect(JSON.stringify((await json(response)).error.details), query).toContain(
        name === "cursor" ? "cursor" : name,
      );
    }
  });
});
