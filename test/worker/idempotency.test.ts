/**
 * Idempotency keys: a retried POST with the same `Idempotency-Key` gets the
 * first answer again (marked `Idempotency-Replayed: true`) and has one effect;
 * the key is the caller's own; another request under the same key is refused
 * (422); concurrent duplicates have one effect; the scheduled handler deletes
 * expired keys, which frees them.
 */
import { createScheduledController, env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { api, dialect, json, postJson, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeUser } from "./support/fixtures";

const db = testDatabase();

async function userKey() {
  const user = await makeUser(db);
  return { user, headers: bearer((await makeApiKey(db, { type: "user", id: user.id })).key) };
}

/** A collection name no other test (or suite sharing the database) uses. */
const unique = (label: string) => `${label} ${crypto.randomUUID()}`;

const create = (name: string, headers: Record<string, string>, key: string) =>
  postJson("/v1/collections", { name }, { headers: { ...headers, "Idempotency-Key": key } });

/** Collections of that name: the effects of the requests made. */
async function collectionsNamed(name: string) {
  const t = db.t.collections;
  return (await db.orm.select({ id: t.id }).from(t).where(eq(t.name, name))).length;
}

describe(`idempotency keys on ${dialect}`, () => {
  it("replays a retried POST's status and body, marked as a replay, with one effect", async () => {
    const { headers } = await userKey();
    const key = crypto.randomUUID();
    const retried = unique("Retried");
    const first = await create(retried, headers, key);
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotency-replayed")).toBeNull();
    const firstBody = await first.text();

    const retry = await create(retried, headers, key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotency-replayed")).toBe("true");
    expect(retry.headers.get("content-type")).toBe(first.headers.get("content-type"));
    expect(await retry.text()).toBe(firstBody);
    expect(await collectionsNamed(retried)).toBe(1);
  });

  it("never stores a minted key's answer: POST /v1/api-keys ignores the header", async () => {
    const { headers } = await userKey();
    const key = crypto.randomUUID();
    const mint = () =>
      postJson(
        "/v1/api-keys",
        { name: unique("Studio 🎙️ key"), scopes: ["resources:read"] },
        { headers: { ...headers, "Idempotency-Key": key } },
      );
    const first = await mint();
    const second = await mint();
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get("idempotency-replayed")).toBeNull();
    const [a, b] = [(await json(first)).data, (await json(second)).data];
    expect(a.id).not.toBe(b.id);
    expect(a.key).not.toBe(b.key);
    const t = db.t.idempotencyKeys;
    const stored = await db.orm.select({ id: t.id }).from(t).where(eq(t.key, key));
    expect(stored).toHaveLength(0);
  });

  it("refuses the same key for another request with 422, and a malformed key with 400", async () => {
    const { headers } = await userKey();
    const key = crypto.randomUUID();
    const malformed = unique("Malformed");
    const firstBody = unique("First body");
    const secondBody = unique("Second body");
    expect((await create(firstBody, headers, key)).status).toBe(201);
    const other = await create(secondBody, headers, key);
    expect(other.status).toBe(422);
    expect((await json(other)).error.code).toBe("validation_failed");
    expect(await collectionsNamed(secondBody)).toBe(0);

    for (const badKey of ["has space", "x".repeat(256)]) {
      expect((await create(malformed, headers, badKey)).status).toBe(400);
    }
    expect(await collectionsNamed(malformed)).toBe(0);
  });

  it("stores 4xx answers too: the retry gets the same refusal", async () => {
    const { headers } = await userKey();
    const key = crypto.randomUUID();
    const invalid = () =>
      postJson(
        "/v1/collections",
        { name: 42 },
        { headers: { ...headers, "Idempotency-Key": key } },
      );
    const first = await invalid();
    expect(first.status).toBe(422);
    const retry = await invalid();
    expect(retry.status).toBe(422);
    expect(retry.headers.get("idempotency-replayed")).toBe("true");
    expect(await retry.text()).toBe(await first.text());
  });

  it("keeps each caller's keys apart", async () => {
    const ada = await userKey();
    const bea = await userKey();
    const key = crypto.randomUUID();
    const sharedKey = unique("Shared key");
    expect((await create(sharedKey, ada.headers, key)).status).toBe(201);
    const other = await create(sharedKey, bea.headers, key);
    expect(other.status).toBe(201);
    expect(other.headers.get("idempotency-replayed")).toBeNull();
    expect(await collectionsNamed(sharedKey)).toBe(2);
  });

  it("gives concurrent duplicates one effect: the other is refused with 409 or replayed", async () => {
    const { headers } = await userKey();
    const key = crypto.randomUUID();
    const concurrent = unique("Concurrent");
    const answers = await Promise.all([
      create(concurrent, headers, key),
      create(concurrent, headers, key),
    ]);
    const ran = answers.filter(
      (a) => a.status === 201 && a.headers.get("idempotency-replayed") === null,
    );
    expect(ran).toHaveLength(1);
    const other = answers.find((a) => a !== ran[0])!;
    if (other.status === 409) expect(other.headers.get("retry-after")).toBe("1");
    else expect(other.headers.get("idempotency-replayed")).toBe("true");
    expect(await collectionsNamed(concurrent)).toBe(1);
  });

  it("the scheduled handler deletes expired keys, which can then be used again", async () => {
    const { headers } = await userKey();
    const key = crypto.randomUUID();
    const beforeExpiry = unique("Before expiry");
    const afterExpiry = unique("After expiry");
    expect((await create(beforeExpiry, headers, key)).status).toBe(201);
    const t = db.t.idempotencyKeys;
    const mine = eq(t.key, key);
    await db.orm
      .update(t)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(mine);

    await worker.scheduled(createScheduledController({ cron: "17 * * * *" }), env);
    expect(await db.orm.select().from(t).where(mine)).toHaveLength(0);

    const reused = await create(afterExpiry, headers, key);
    expect(reused.status).toBe(201);
    expect(reused.headers.get("idempotency-replayed")).toBeNull();
    expect(await collectionsNamed(afterExpiry)).toBe(1);
  });

  it("takes part in the NDJSON transfer batches, whose handler still reads the body; the table is not transferred", async () => {
    const user = await makeUser(db);
    const admin = bearer((await makeApiKey(db, { type: "user", id: user.id }, ["admin"])).key);
    const id = crypto.randomUUID();
    const row = {
      id,
      slug: `idem-${id.slice(0, 8)}`,
      name: "Idempotent feature",
      description: null,
      category: "audio",
      milestone: null,
      base_price_cents: 100,
      operation_cost_cents: 0,
      created_at: Date.UTC(2026, 0, 1),
      updated_at: Date.UTC(2026, 0, 1),
    };
    const send = () =>
      api("/v1/transfer/tables/features/rows", {
        method: "POST",
        headers: { ...admin, "content-type": "application/x-ndjson", "Idempotency-Key": id },
        body: `${JSON.stringify(row)}\n`,
      });
    const first = await send();
    expect(first.status).toBe(200);
    expect((await json(first)).data).toEqual({ table: "features", rows: 1 });
    // Without the key the same batch would fail with 409 (the row exists): this is the stored 200.
    const retry = await send();
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotency-replayed")).toBe("true");

    const status = await json(await api("/v1/transfer", { headers: admin }));
    const tables = status.data.tables.map((t: { name: string }) => t.name);
    expect(tables).toContain("features");
    expect(tables).not.toContain("idempotency_keys");
  });
});
