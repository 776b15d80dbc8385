/**
 * Rate limits: the app run with the small budgets vitest.config.ts binds as
 * `TEST_<binding>` (real Workers Rate Limiting bindings, emulated by
 * miniflare), under the names the worker reads. Each budget answers 429
 * `rate_limited` with Retry-After and the RateLimit header fields once spent,
 * per API key or (guests, failed authentications) IP address; budgets are
 * separate; without the bindings nothing is limited and no header is sent.
 *
 * The emulated windows are aligned to the clock: one that ends mid-test
 * restarts the count, so each test sends requests until the first 429 (at
 * most two windows' worth) rather than asserting which request gets it.
 */
import { env } from "cloudflare:test";
import { sign } from "hono/jwt";
import { describe, expect, it } from "vitest";
import {
  parseRateLimits,
  RATE_LIMIT_BUDGETS,
  type RateLimitBudget,
} from "../../src/http/rate-limits";
import { api, apiWith, dialect, json, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeUser } from "./support/fixtures";

const policies = parseRateLimits(env.TEST_RATE_LIMITS);
/** Calls the app with the test budgets enforced, under the names the worker reads. */
const limited = apiWith({
  ...env,
  RATE_LIMITS: env.TEST_RATE_LIMITS,
  ...Object.fromEntries(
    Object.values(RATE_LIMIT_BUDGETS).map((binding) => [
      binding,
      (env as unknown as Record<string, RateLimit>)[`TEST_${binding}`],
    ]),
  ),
});

/** An address no other test uses (in the IPv6 documentation range). */
const freshAddress = () =>
  `2001:db8::${Array.from(crypto.getRandomValues(new Uint16Array(4)), (group) => group.toString(16)).join(":")}`;

/** Sends `request` until it answers 429 (within two windows' worth); the 429 and the statuses before it. */
async function untilLimited(budget: RateLimitBudget, request: () => Promise<Response>) {
  const { limit } = policies[budget]!;
  const before: number[] = [];
  for (let sent = 0; sent <= 2 * limit; sent++) {
    const response = await request();
    if (response.status === 429) return { refusal: response, before };
    before.push(response.status);
    await response.body?.cancel();
  }
  throw new Error(`No 429 after ${2 * limit + 1} requests on "${budget}"`);
}

/** The 429's envelope and headers, as the budget's policy says; its error. */
async function expectRefusal(response: Response, budget: RateLimitBudget) {
  const { limit, period } = policies[budget]!;
  expect(response.status).toBe(429);
  expect(response.headers.get("retry-after")).toBe(String(period));
  expect(response.headers.get("ratelimit-policy")).toBe(`"${budget}";q=${limit};w=${period}`);
  expect(response.headers.get("ratelimit")).toBe(`"${budget}";r=0;t=${period}`);
  const body = await json(response);
  expect(body.error).toMatchObject({ code: "rate_limited", request_id: expect.any(String) });
  expect(body.error.message).toContain(`"${budget}"`);
  return body.error;
}

async function keyHolder() {
  const db = testDatabase();
  const person = await makeUser(db);
  return (await makeApiKey(db, { type: "user", id: person.id }, ["admin"])).key;
}

const newWorkspace = (key: string) =>
  limited("/v1/workspaces", {
    method: "POST",
    headers: { ...bearer(key), "content-type": "application/json" },
    body: JSON.stringify({ name: "Rate-limited", slug: `rate-limited-${crypto.randomUUID()}` }),
  });

describe(`rate limits on ${dialect}`, () => {
  it("reads: an API key's reads answer 429 with Retry-After and RateLimit headers once spent", async () => {
    const key = await keyHolder();
    const { refusal, before } = await untilLimited("reads", () =>
      limited("/v1/resources", { headers: bearer(key) }),
    );
    expect(before.length).toBeGreaterThanOrEqual(policies.reads!.limit);
    expect(new Set(before)).toEqual(new Set([200]));
    await expectRefusal(refusal, "reads");
  });

  it("a user's tokens share one count; the user's API key has its own", async () => {
    const db = testDatabase();
    const person = await makeUser(db);
    const token = (lifetime: number) =>
      sign({ sub: person.id, exp: Math.floor(Date.now() / 1000) + lifetime }, env.JWT_SECRET);
    const tokens = [await token(600), await token(900)];
    let sent = 0;
    const { refusal, before } = await untilLimited("reads", () =>
      limited("/v1/me", { headers: bearer(tokens[sent++ % 2]!) }),
    );
    expect(new Set(before)).toEqual(new Set([200]));
    expect((await expectRefusal(refusal, "reads")).message).toContain("for each user");

    const { key } = await makeApiKey(db, { type: "user", id: person.id }, ["identities:read"]);
    expect((await limited("/v1/me", { headers: bearer(key) })).status).toBe(200);
  });

  it("writes have their own budget: reads still work when writes are spent, and another key is not limited", async () => {
    const key = await keyHolder();
    const { refusal, before } = await untilLimited("writes", () => newWorkspace(key));
    expect(before.length).toBeGreaterThanOrEqual(policies.writes!.limit);
    expect(new Set(before)).toEqual(new Set([201]));
    await expectRefusal(refusal, "writes");

    const read = await limited("/v1/resources", { headers: bearer(key) });
    expect(read.status).toBe(200);
    expect(read.headers.has("ratelimit")).toBe(false);
    expect(read.headers.has("ratelimit-policy")).toBe(false);
    expect((await newWorkspace(await keyHolder())).status).toBe(201);
  });

  it("key minting has a stricter budget of its own", async () => {
    const key = await keyHolder();
    const mint = () =>
      limited("/v1/api-keys", {
        method: "POST",
        headers: { ...bearer(key), "content-type": "application/json" },
        body: JSON.stringify({ name: "minted", scopes: ["resources:read"] }),
      });
    const { refusal, before } = await untilLimited("key-minting", mint);
    expect(policies["key-minting"]!.limit).toBeLessThan(policies.writes!.limit);
    expect(new Set(before)).toEqual(new Set([201]));
    await expectRefusal(refusal, "key-minting");
    // Minting spent no write: the key still writes.
    expect((await newWorkspace(key)).status).toBe(201);
  });

  it("failed authentications count against the IP address: 401s turn into 429s, valid keys still work", async () => {
    const address = freshAddress();
    const { refusal, before } = await untilLimited("failed-auth", () =>
      limited("/v1/resources", {
        headers: { ...bearer("hk_not_a_real_key"), "cf-connecting-ip": address },
      }),
    );
    expect(new Set(before)).toEqual(new Set([401]));
    await expectRefusal(refusal, "failed-auth");

    const valid = await limited("/v1/resources", {
      headers: { ...bearer(await keyHolder()), "cf-connecting-ip": address },
    });
    expect(valid.status).toBe(200);
    // Another address's failures are its own.
    const elsewhere = await limited("/v1/resources", {
      headers: { ...bearer("hk_not_a_real_key"), "cf-connecting-ip": freshAddress() },
    });
    expect(elsewhere.status).toBe(401);
  });

  it("guests are counted by IP address", async () => {
    const address = freshAddress();
    const guest = (from: string) =>
      limited("/v1/resources", { headers: { "cf-connecting-ip": from } });
    const { refusal, before } = await untilLimited("reads", () => guest(address));
    expect(new Set(before)).toEqual(new Set([200]));
    await expectRefusal(refusal, "reads");
    expect((await guest(freshAddress())).status).toBe(200);
  });

  it("without the bindings nothing is limited and no rate-limit header is sent", async () => {
    const key = await keyHolder();
    const largest = Math.max(...Object.values(policies).map(({ limit }) => limit));
    for (let sent = 0; sent <= 2 * largest; sent++) {
      const response = await api("/v1/api-keys", {
        method: "POST",
        headers: { ...bearer(key), "content-type": "application/json" },
        body: JSON.stringify({ name: "unlimited", scopes: ["resources:read"] }),
      });
      expect(response.status).toBe(201);
      expect(response.headers.has("ratelimit")).toBe(false);
      expect(response.headers.has("ratelimit-policy")).toBe(false);
    }
  });
});
