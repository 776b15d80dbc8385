/**
 * JWT callers are users that exist: a token resolves through a linked external
 * identity (issuer + subject), or names a Hearth user id in `sub`; anything
 * else is 401. Admins link identities; provisioning (off by default) creates a
 * user on first sight. Also: JWKS key rotation, and 401 before body validation.
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { sign } from "hono/jwt";
import { afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createApp } from "../../src/app";
import { verifyJwt } from "../../src/auth/jwt";
import type { Database } from "../../src/db/database";
import { uuidv7 } from "../../src/db/ids";
import { api, dialect, json, postJson, queriesOf, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeResource, makeUser } from "./support/fixtures";

const now = () => Math.floor(Date.now() / 1000);
const CLERK = "https://clerk.hearth-demo.dev";
const AUTH0 = "https://hearth-demo.eu.auth0.com/";

/** A token as an identity provider would issue it (HS256 with the test secret). */
const token = (claims: Record<string, unknown>) =>
  sign({ exp: now() + 600, ...claims }, env.JWT_SECRET);

/** A subject no provider reused: Clerk-style ids with a random tail. */
const clerkSubject = () => `user_2N${uuidv7().replace(/-/g, "").slice(-20)}`;

let db: Database;
let adminKey: string;
beforeAll(async () => {
  db = testDatabase();
  const admin = await makeUser(db);
  adminKey = (await makeApiKey(db, { type: "user", id: admin.id }, ["admin"])).key;
});

describe(`tokens for users that do not exist on ${dialect}`, () => {
  it("answers 401 in the envelope, for reads of /me and for every kind of write", async () => {
    const owner = await makeUser(db);
    const resource = await makeResource(db, { type: "user", id: owner.id });
    const ghost = await token({ sub: crypto.randomUUID(), scope: "admin" });
    const attempts: [string, RequestInit][] = [
      ["/v1/me", {}],
      ["/v1/resources", { method: "POST", body: JSON.stringify({ type: "post", title: "👻" }) }],
      ["/v1/collections", { method: "POST", body: JSON.stringify({ name: "Ghost's" }) }],
      [
        "/v1/engagements",
        {
          method: "POST",
          body: JSON.stringify({
            action: "like",
            object: { type: "resource", id: resource.id },
          }),
        },
      ],
      [
        "/v1/api-keys",
        { method: "POST", body: JSON.stringify({ name: "ghost", scopes: ["admin"] }) },
      ],
    ];
    for (const [path, init] of attempts) {
      const response = await api(path, {
        ...init,
        headers: { "content-type": "application/json", ...bearer(ghost) },
      });
      expect(response.status, path).toBe(401);
      expect((await json(response)).error.code, path).toBe("unauthorized");
    }
    const { apiKeys } = db.t;
    const minted = await db.orm.select().from(apiKeys).where(eq(apiKeys.name, "ghost"));
    expect(minted).toEqual([]);
  });

  it("still accepts a token whose sub is an existing Hearth user id", async () => {
    const user = await makeUser(db);
    const response = await api("/v1/me", { headers: bearer(await token({ sub: user.id })) });
    expect(response.status).toBe(200);
    expect((await json(response)).data.user.id).toBe(user.id);
  });

  it("refuses a provider's own subject until an admin links it", async () => {
    const subject = clerkSubject();
    const response = await api("/v1/me", {
      headers: bearer(await token({ iss: CLERK, sub: subject })),
    });
    expect(response.status).toBe(401);
    expect((await json(response)).error.message).toMatch(/no Hearth user/i);
  });
});

describe(`linked identities on ${dialect}`, () => {
  const link = (userId: string, body: unknown, key = adminKey) =>
    postJson(`/v1/users/${userId}/identities`, body, { headers: bearer(key) });

  it("resolves a linked (issuer, subject) to its user, and only that pair", async () => {
    const user = await makeUser(db);
    const subject = clerkSubject();
    const created = await link(user.id, { issuer: CLERK, subject });
    expect(created.status).toBe(201);
    const { data } = await json(created);
    expect(data).toMatchObject({ user_id: user.id, issuer: CLERK, subject });

    const me = await api("/v1/me", { headers: bearer(await token({ iss: CLERK, sub: subject })) });
    expect(me.status).toBe(200);
    expect((await json(me)).data).toMatchObject({
      kind: "jwt",
      subject: { type: "user", id: user.id },
      user: { id: user.id, email: user.email },
    });
    // The same subject from another issuer is someone else.
    const elsewhere = await api("/v1/me", {
      headers: bearer(await token({ iss: AUTH0, sub: subject })),
    });
    expect(elsewhere.status).toBe(401);
  });

  it("takes subjects of any provider's shape, up to 255 characters", async () => {
    const user = await makeUser(db);
    const subjects = [
      `auth0|${uuidv7().replace(/-/g, "").slice(-24)}`,
      `google-oauth2|10${uuidv7().replace(/\D/g, "").slice(-19)}`,
      `ünïcødé-主体-🔑-${uuidv7()}`,
      `${uuidv7()}${"x".repeat(255 - 36)}`,
    ];
    for (const subject of subjects) {
      expect((await link(user.id, { issuer: AUTH0, subject })).status, subject).toBe(201);
      const me = await api("/v1/me", {
        headers: bearer(await token({ iss: AUTH0, sub: subject })),
      });
      expect(me.status, subject).toBe(200);
      expect((await json(me)).data.user.id).toBe(user.id);
    }
    const tooLong = await link(user.id, { issuer: AUTH0, subject: "x".repeat(256) });
    expect(tooLong.status).toBe(422);
  });

  it("matches issuer and subject exactly: case, accents and trailing spaces count", async () => {
    const user = await makeUser(db);
    const subject = `user_2NcAsE${uuidv7().replace(/-/g, "").slice(-12)}é`;
    expect((await link(user.id, { issuer: CLERK, subject })).status).toBe(201);
    const lookalikes = [
      { iss: CLERK, sub: subject.toLowerCase() },
      { iss: CLERK, sub: subject.toUpperCase() },
      { iss: CLERK, sub: `${subject.slice(0, -1)}e` },
      { iss: CLERK, sub: `${subject} ` },
      { iss: CLERK.toUpperCase(), sub: subject },
    ];
    for (const claims of lookalikes) {
      const response = await api("/v1/me", { headers: bearer(await token(claims)) });
      expect(response.status, JSON.stringify(claims)).toBe(401);
    }
    const exact = await api("/v1/me", {
      headers: bearer(await token({ iss: CLERK, sub: subject })),
    });
    expect((await json(exact)).data.user.id).toBe(user.id);
  });

  it("answers 409 for a taken (issuer, subject), 404 for a missing user, 403/401 to others", async () => {
    const [first, second] = [await makeUser(db), await makeUser(db)];
    const subject = clerkSubject();
    expect((await link(first.id, { issuer: CLERK, subject })).status).toBe(201);
    const taken = await link(second.id, { issuer: CLERK, subject });
    expect(taken.status).toBe(409);
    expect((await json(taken)).error.code).toBe("conflict");
    expect((await link(uuidv7(), { issuer: CLERK, subject: clerkSubject() })).status).toBe(404);

    const { key: ownKey } = await makeApiKey(db, { type: "user", id: second.id });
    const selfLink = await link(second.id, { issuer: CLERK, subject: clerkSubject() }, ownKey);
    expect(selfLink.status).toBe(403);
    const guest = await postJson(`/v1/users/${second.id}/identities`, {
      issuer: CLERK,
      subject: clerkSubject(),
    });
    expect(guest.status).toBe(401);
  });

  it("lists a user's identities to the user and admins only", async () => {
    const [user, other] = [await makeUser(db), await makeUser(db)];
    const subjects = [clerkSubject(), clerkSubject()];
    for (const subject of subjects) await link(user.id, { issuer: CLERK, subject });

    const { key: ownKey } = await makeApiKey(db, { type: "user", id: user.id });
    for (const key of [ownKey, adminKey]) {
      const response = await api(`/v1/users/${user.id}/identities`, { headers: bearer(key) });
      expect(response.status).toBe(200);
      const { data } = await json(response);
      expect(data.map((row: { subject: string }) => row.subject).sort()).toEqual(subjects.sort());
    }
    const { key: otherKey } = await makeApiKey(db, { type: "user", id: other.id });
    const refused = await api(`/v1/users/${user.id}/identities`, { headers: bearer(otherKey) });
    expect(refused.status).toBe(403);
    const missing = await api(`/v1/users/${uuidv7()}/identities`, { headers: bearer(adminKey) });
    expect(missing.status).toBe(404);
  });

  it("unlinking stops the token at once", async () => {
    const user = await makeUser(db);
    const subject = clerkSubject();
    const { data } = await json(await link(user.id, { issuer: CLERK, subject }));
    const linked = await token({ iss: CLERK, sub: subject });
    expect((await api("/v1/me", { headers: bearer(linked) })).status).toBe(200);

    const { key: ownKey } = await makeApiKey(db, { type: "user", id: user.id });
    const path = `/v1/users/${user.id}/identities/${data.id}`;
    expect((await api(path, { method: "DELETE", headers: bearer(ownKey) })).status).toBe(403);
    expect((await api(path, { method: "DELETE", headers: bearer(adminKey) })).status).toBe(204);
    expect((await api(path, { method: "DELETE", headers: bearer(adminKey) })).status).toBe(404);
    expect((await api("/v1/me", { headers: bearer(linked) })).status).toBe(401);
  });

  it("resolves a token's user once per isolate: no extra round trip on later requests", async () => {
    const user = await makeUser(db);
    const subject = clerkSubject();
    await link(user.id, { issuer: CLERK, subject });
    const linked = await token({ iss: CLERK, sub: subject });
    const byId = await token({ sub: user.id, scope: "identities:read" });
    // /v1/me reads the user: one round trip, plus one to resolve a token not seen before.
    for (const credential of [linked, byId]) {
      expect(queriesOf(await api("/v1/me", { headers: bearer(credential) }))).toBe(2);
      expect(queriesOf(await api("/v1/me", { headers: bearer(credential) }))).toBe(1);
    }
  });
});

describe(`provisioning users on first sight on ${dialect}`, () => {
  /** The app with JWT_PROVISION_USERS on, called as a client would. */
  async function provisioning(path: string, credential: string) {
    const ctx = createExecutionContext();
    const response = await createApp().request(
      path,
      { headers: bearer(credential) },
      { ...env, JWT_PROVISION_USERS: "true" },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    return response;
  }

  it("is off by default", async () => {
    const credential = await token({
      iss: CLERK,
      sub: clerkSubject(),
      email: `${uuidv7()}@example.com`,
    });
    expect((await api("/v1/me", { headers: bearer(credential) })).status).toBe(401);
  });

  it("creates the user, their static collections and the link, from email and name", async () => {
    const subject = clerkSubject();
    const email = `Zoe.Yamada+${uuidv7().slice(-8)}@Example.JP`;
    const credential = await token({
      iss: CLERK,
      sub: subject,
      email,
      email_verified: true,
      name: "Zoë 山田 🌸",
    });
    const response = await provisioning("/v1/me", credential);
    expect(response.status).toBe(200);
    // Looking the token up, the atomic write, and /me reading the user.
    expect(queriesOf(response)).toBe(3);
    const { data } = await json(response);
    expect(data.user).toMatchObject({ email: email.toLowerCase(), display_name: "Zoë 山田 🌸" });

    const { collections, userIdentities } = db.t;
    const statics = await db.orm
      .select()
      .from(collections)
      .where(eq(collections.ownerId, data.user.id));
    expect(statics).toHaveLength(7);
    const links = await db.orm
      .select()
      .from(userIdentities)
      .where(eq(userIdentities.userId, data.user.id));
    expect(links).toMatchObject([{ issuer: CLERK, subject }]);

    // Later requests find the same user (remembered: no lookup), with provisioning on or off.
    const later = await provisioning("/v1/me", credential);
    expect(queriesOf(later)).toBe(1);
    expect((await json(later)).data.user.id).toBe(data.user.id);
    expect((await json(await api("/v1/me", { headers: bearer(credential) }))).data.user.id).toBe(
      data.user.id,
    );
  });

  it("keeps the first 200 characters of a long name, never half an emoji", async () => {
    const credential = await token({
      iss: CLERK,
      sub: clerkSubject(),
      email: `hana.${uuidv7().slice(-8)}@example.jp`,
      name: `花${"🌸".repeat(250)}`,
    });
    const response = await provisioning("/v1/me", credential);
    expect(response.status).toBe(200);
    expect((await json(response)).data.user.display_name).toBe(`花${"🌸".repeat(199)}`);
  });

  it("never attaches a token to an existing user because the email matches", async () => {
    const existing = await makeUser(db);
    const credential = await token({
      iss: AUTH0,
      sub: `auth0|${uuidv7().slice(-12)}`,
      email: existing.email.toUpperCase(),
      email_verified: true,
      name: "Mallory",
    });
    const response = await provisioning("/v1/me", credential);
    expect(response.status).toBe(401);
    const { error } = await json(response);
    expect(error.code).toBe("unauthorized");
    expect(error.message).toMatch(/already has a Hearth user.*link/i);
    const { userIdentities } = db.t;
    const links = await db.orm
      .select()
      .from(userIdentities)
      .where(eq(userIdentities.userId, existing.id));
    expect(links).toEqual([]);
  });

  it("refuses tokens without a usable, verified email", async () => {
    for (const claims of [
      {},
      { email: "not an email" },
      { email: `${uuidv7()}@example.com`, email_verified: false },
    ]) {
      const credential = await token({ iss: CLERK, sub: clerkSubject(), ...claims });
      const response = await provisioning("/v1/me", credential);
      expect(response.status, JSON.stringify(claims)).toBe(401);
      expect((await json(response)).error.message).toMatch(/email/i);
    }
  });

  it("creates one user when first requests arrive together", async () => {
    const subject = clerkSubject();
    const email = `amelie.poulain.${uuidv7().slice(-8)}@example.fr`;
    const credential = await token({ iss: CLERK, sub: subject, email, name: "Amélie Poulain" });
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => provisioning("/v1/me", credential)),
    );
    const ids = new Set<string>();
    for (const response of responses) {
      const body = await json(response);
      expect(response.status, JSON.stringify(body)).toBe(200);
      ids.add(body.data.user.id);
    }
    expect(ids.size).toBe(1);
    const { users } = db.t;
    expect(await db.orm.select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });
});

describe("JWKS key rotation", () => {
  afterEach(() => vi.useRealTimers());

  it("fetches the key set again for an unknown kid, once at a time and not more than every 30 s", async () => {
    const origin = new URL(inject("jwksUrl")).origin;
    const set = (await (await fetch(`${origin}/sets`, { method: "POST" })).json()) as {
      jwksUrl: string;
      rotateUrl: string;
      fetchesUrl: string;
      privateKey: JsonWebKey;
    };
    const fetches = async () =>
      ((await (await fetch(set.fetchesUrl)).json()) as { fetches: number }).fetches;
    const config = {
      key: { jwksUrl: set.jwksUrl },
      scopesClaim: "scope",
      defaultScopes: ["resources:read"],
      provisionUsers: false,
    };
    const claims = { sub: crypto.randomUUID(), exp: now() + 3600 };
    const before = await sign(claims, set.privateKey as never, "RS256");
    await verifyJwt(before, config);
    expect(await fetches()).toBe(1);

    const { privateKey } = (await (await fetch(set.rotateUrl, { method: "POST" })).json()) as {
      privateKey: JsonWebKey;
    };
    const after = await sign(claims, privateKey as never, "RS256");
    // Right after a fetch, an unknown kid does not fetch again (a flood of bad tokens stays cheap).
    await expect(verifyJwt(after, config)).rejects.toThrow();
    expect(await fetches()).toBe(1);

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 31_000);
    const verified = await Promise.all(Array.from({ length: 5 }, () => verifyJwt(after, config)));
    expect(verified.map((claimsOf) => claimsOf.subject)).toEqual(Array(5).fill(claims.sub));
    expect(await fetches()).toBe(2);
    // The old key is gone from the set: its tokens no longer verify, and asking did not refetch.
    await expect(verifyJwt(before, config)).rejects.toThrow();
    expect(await fetches()).toBe(2);
  });
});

describe(`a caller before the body on ${dialect}`, () => {
  it("answers a guest's write 401 whatever the body, parameters or JSON", async () => {
    const owner = await makeUser(db);
    const resource = await makeResource(db, { type: "user", id: owner.id });
    const attempts: [string, string, string][] = [
      ["PATCH", `/v1/resources/${resource.id}`, JSON.stringify({ title: "", status: "NOPE" })],
      ["PATCH", "/v1/resources/not-a-uuid", JSON.stringify({ title: "ok" })],
      ["POST", "/v1/api-keys", JSON.stringify({ scopes: [] })],
      ["POST", "/v1/resources", "{broken"],
      ["DELETE", "/v1/resources/not-a-uuid", ""],
      ["POST", `/v1/users/${owner.id}/identities`, JSON.stringify({ issuer: "" })],
    ];
    for (const [method, path, body] of attempts) {
      const response = await api(path, {
        method,
        headers: { "content-type": "application/json" },
        ...(body ? { body } : {}),
      });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect((await json(response)).error.code).toBe("unauthorized");
    }
    const notJson = await api("/v1/resources", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "title=Crème brûlée",
    });
    expect(notJson.status).toBe(401);
    // Reads that need a caller too, whatever their query says.
    for (const path of ["/v1/me/resources?limit=0", "/v1/api-keys?sort=nope"]) {
      const response = await api(path);
      expect(response.status, path).toBe(401);
    }
    // Reads open to guests still validate their query for them.
    expect((await api("/v1/resources?limit=0")).status).toBe(400);
    // Routes that do not exist stay 404, whoever asks.
    const nowhere = await api("/v1/nowhere", { method: "POST", body: "{}" });
    expect(nowhere.status).toBe(404);
    // A signed-in caller still hears about the body.
    const { key } = await makeApiKey(db, { type: "user", id: owner.id });
    const invalid = await api(`/v1/resources/${resource.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", ...bearer(key) },
      body: JSON.stringify({ title: "" }),
    });
    expect(invalid.status).toBe(422);
  });
});
