/**
 * What users hold: grants, subscriptions, entitlements (grants ∪ active
 * subscriptions, grant limits decide) and quotes (pricing fallback, discounts
 * rounded half up, custom prices).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { uuidv7 } from "../../src/db/ids";
import { api, dialect, json, postJson, queriesOf, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeUser } from "./support/fixtures";

const unique = () => uuidv7().slice(-12);
const DAY = 86_400_000;

describe(`feature grants, subscriptions, entitlements and quotes on ${dialect}`, () => {
  let db: Database;
  let adminKey: string;
  let user: { id: string };
  let userKey: string;
  let otherKey: string;
  let a: { id: string; slug: string };
  let b: { id: string; slug: string };
  let c: { id: string; slug: string };

  const asAdmin = (path: string, body: unknown, method = "POST") =>
    postJson(path, body, { method, headers: bearer(adminKey) });

  async function feature(basePriceCents: number) {
    const response = await asAdmin("/v1/features", {
      slug: `feat-${unique()}`,
      name: "Feature",
      category: "core",
      base_price_cents: basePriceCents,
    });
    return (await json(response)).data;
  }

  beforeAll(async () => {
    db = testDatabase();
    const admin = await makeUser(db);
    adminKey = (await makeApiKey(db, { type: "user", id: admin.id }, ["admin"])).key;
    user = await makeUser(db);
    userKey = (await makeApiKey(db, { type: "user", id: user.id })).key;
    otherKey = (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id })).key;
    [a, b, c] = [await feature(1000), await feature(333), await feature(250)];
    // b costs more yearly than its base price; a and c fall back to theirs.
    await asAdmin(`/v1/features/${b.id}/pricing/yearly`, { price_cents: 3001 }, "PUT");
  });

  it("grants and revokes features (admin); the user or an admin reads them", async () => {
    const path = `/v1/users/${user.id}/features/${a.id}`;
    expect(
      (await postJson(path, { usage_limit: 5 }, { method: "PUT", headers: bearer(userKey) }))
        .status,
    ).toBe(403);
    expect((await asAdmin(path, { usage_limit: -1 }, "PUT")).status).toBe(422);
    expect(
      (await asAdmin(`/v1/users/${user.id}/features/${uuidv7()}`, { usage_limit: 1 }, "PUT"))
        .status,
    ).toBe(422);
    expect((await asAdmin(path, { usage_limit: 5 }, "PUT")).status).toBe(200);
    const again = await asAdmin(path, { usage_limit: 10 }, "PUT");
    expect((await json(again)).data).toMatchObject({ feature_id: a.id, usage_limit: 10 });

    await api(`/v1/users/${user.id}/features`, { headers: bearer(userKey) });
    const mine = await api(`/v1/users/${user.id}/features`, { headers: bearer(userKey) });
    expect(queriesOf(mine)).toBe(1);
    expect((await json(mine)).data.map((g: { usage_limit: number }) => g.usage_limit)).toEqual([
      10,
    ]);
    expect((await api(`/v1/users/${user.id}/features`, { headers: bearer(otherKey) })).status).toBe(
      404,
    );
    expect((await api(`/v1/users/${user.id}/features`)).status).toBe(404);

    const grantC = `/v1/users/${user.id}/features/${c.id}`;
    expect((await asAdmin(grantC, { usage_limit: null }, "PUT")).status).toBe(200);
    const revoke = () => api(grantC, { method: "DELETE", headers: bearer(adminKey) });
    expect((await revoke()).status).toBe(204);
    expect((await revoke()).status).toBe(404);
  });

  it("records subscriptions with validated features, discounts and cycles", async () => {
    const path = `/v1/users/${user.id}/subscriptions`;
    const base = { active_features: [b.slug] };
    expect((await postJson(path, base, { headers: bearer(userKey) })).status).toBe(403);
    const unknown = await asAdmin(path, { active_features: [b.slug, "nope-feature"] });
    expect(unknown.status).toBe(422);
    expect((await json(unknown)).error.details).toEqual({ unknown_features: ["nope-feature"] });
    expect((await asAdmin(path, { ...base, discount_pct: 101 })).status).toBe(422);
    expect((await asAdmin(path, { ...base, discount_type: "sometimes" })).status).toBe(422);
    const backwards = { cycle_start: "2026-02-01T00:00:00Z", cycle_end: "2026-01-01T00:00:00Z" };
    const backwardsCreated = await asAdmin(path, { ...base, ...backwards });
    expect(backwardsCreated.status).toBe(422);
    const outOfOrder = (await json(backwardsCreated)).error;
    expect((await asAdmin(`/v1/users/${uuidv7()}/subscriptions`, base)).status).toBe(404);
    const slugs = Array.from({ length: 90 }, (_, i) => `ghost-${i}`);
    expect((await asAdmin(path, { active_features: slugs })).status).toBe(422);

    const billingId = `sub_${unique()}`;
    const created = await asAdmin(path, {
      ...base,
      billing_customer_id: "cus_1",
      billing_subscription_id: billingId,
      discount_pct: 15,
      discount_type: "forever",
    });
    expect(created.status).toBe(201);
    const subscription = (await json(created)).data;
    expect(subscription).toMatchObject({ active: true, cycle: "monthly", discount_pct: 15 });
    expect((await asAdmin(path, { ...base, billing_subscription_id: billingId })).status).toBe(409);

    const one = `/v1/subscriptions/${subscription.id}`;
    const read = await api(one, { headers: bearer(userKey) });
    expect(queriesOf(read)).toBe(1);
    expect((await json(read)).data.billing_subscription_id).toBe(billingId);
    expect((await api(one, { headers: bearer(otherKey) })).status).toBe(404);
    const list = await api(path, { headers: bearer(userKey) });
    expect((await json(list)).data.map((s: { id: string }) => s.id)).toContain(subscription.id);

    // An end before the stored start is refused, whichever field the patch names.
    expect((await asAdmin(one, { cycle_start: "2026-03-01T00:00:00Z" }, "PATCH")).status).toBe(200);
    const backwardsPatched = await asAdmin(one, { cycle_end: "2026-02-01T00:00:00Z" }, "PATCH");
    expect(backwardsPatched.status).toBe(422);
    // Refused in the same words as a new subscription's body.
    const patchedError = (await json(backwardsPatched)).error;
    expect(patchedError).toEqual({ ...outOfOrder, request_id: patchedError.request_id });
    expect(patchedError.details).toEqual([
      expect.objectContaining({ location: "json", path: "cycle_end" }),
    ]);
    expect((await asAdmin(one, { active_features: ["nope-feature"] }, "PATCH")).status).toBe(422);
    expect(
      (await postJson(one, { active: false }, { method: "PATCH", headers: bearer(userKey) }))
        .status,
    ).toBe(403);
    const cleared = await asAdmin(one, { cycle_start: null }, "PATCH");
    expect((await json(cleared)).data.cycle_start).toBeNull();

    const remove = () => api(one, { method: "DELETE", headers: bearer(adminKey) });
    expect((await remove()).status).toBe(204);
    expect((await remove()).status).toBe(404);
  });

  it("merges grants with active, current subscriptions; grant limits decide", async () => {
    const person = await makeUser(db);
    const subs = `/v1/users/${person.id}/subscriptions`;
    await asAdmin(`/v1/users/${person.id}/features/${a.id}`, { usage_limit: 3 }, "PUT");
    await asAdmin(`/v1/users/${person.id}/features/${b.id}`, { usage_limit: 7 }, "PUT");
    await asAdmin(subs, { active_features: [a.slug, c.slug] });
    // Ignored: inactive, expired, not yet started.
    const extra = await feature(1);
    await asAdmin(subs, { active_features: [extra.slug], active: false });
    const past = new Date(Date.now() - 2 * DAY).toISOString();
    const yesterday = new Date(Date.now() - DAY).toISOString();
    const tomorrow = new Date(Date.now() + DAY).toISOString();
    await asAdmin(subs, { active_features: [extra.slug], cycle_start: past, cycle_end: yesterday });
    await asAdmin(subs, { active_features: [extra.slug], cycle_start: tomorrow });

    const response = await api(`/v1/users/${person.id}/entitlements`, {
      headers: bearer(adminKey),
    });
    expect(response.status).toBe(200);
    expect(queriesOf(response)).toBe(1);
    const bySlug = Object.fromEntries(
      (await json(response)).data.map((e: { slug: string }) => [e.slug, e]),
    );
    expect(Object.keys(bySlug).sort()).toEqual([a.slug, b.slug, c.slug].sort());
    expect(bySlug[a.slug]).toMatchObject({ usage_limit: 3, sources: ["grant", "subscription"] });
    expect(bySlug[b.slug]).toMatchObject({ usage_limit: 7, sources: ["grant"] });
    expect(bySlug[c.slug]).toMatchObject({ usage_limit: null, sources: ["subscription"] });

    expect(
      (await api(`/v1/users/${person.id}/entitlements`, { headers: bearer(otherKey) })).status,
    ).toBe(404);
    expect(
      (await api(`/v1/users/${uuidv7()}/entitlements`, { headers: bearer(adminKey) })).status,
    ).toBe(404);
    const empty = await makeUser(db);
    const none = await api(`/v1/users/${empty.id}/entitlements`, { headers: bearer(adminKey) });
    expect((await json(none)).data).toEqual([]);
  });

  it("quotes features per cycle with the pricing fallback, in one round trip", async () => {
    const monthly = await api(`/v1/pricing/quote?features=${a.slug},${b.slug}`);
    expect(monthly.status).toBe(200);
    expect(queriesOf(monthly)).toBe(1);
    expect((await json(monthly)).data).toEqual({
      cycle: "monthly",
      lines: [
        { slug: a.slug, price_cents: 1000, source: "base" },
        { slug: b.slug, price_cents: 333, source: "base" },
      ],
      subtotal_cents: 1333,
      discount_cents: 0,
      total_cents: 1333,
      subscription_id: null,
    });
    const yearly = await json(
      await api(`/v1/pricing/quote?features=${a.slug},${b.slug}&cycle=yearly`),
    );
    expect(yearly.data.lines[1]).toEqual({ slug: b.slug, price_cents: 3001, source: "pricing" });
    expect(yearly.data.total_cents).toBe(4001);

    const unknown = await api(`/v1/pricing/quote?features=${a.slug},ghost-feature`);
    expect(unknown.status).toBe(422);
    expect((await json(unknown)).error.details).toEqual({ unknown_features: ["ghost-feature"] });
    expect((await api(`/v1/pricing/quote?preset=no-such-${unique()}`)).status).toBe(422);
    expect((await api("/v1/pricing/quote")).status).toBe(400);
    expect((await api(`/v1/pricing/quote?features=${a.slug}&preset=x`)).status).toBe(400);
    expect((await api(`/v1/pricing/quote?features=${a.slug}&cycle=weekly`)).status).toBe(400);
    expect((await api(`/v1/pricing/quote?features=,,`)).status).toBe(400);
    // The most slugs a quote takes, for a user: still within D1's bound parameters.
    const many = Array.from({ length: 90 }, (_, i) => `ghost-${i}`).join(",");
    const forUser = `&user_id=${user.id}`;
    const crowded = await api(`/v1/pricing/quote?features=${many}${forUser}`, {
      headers: bearer(adminKey),
    });
    expect(crowded.status).toBe(422);
    const tooMany = await api(`/v1/pricing/quote?features=${many},one-more`);
    expect(tooMany.status).toBe(400);
  });

  it("quotes presets and applies a user's discount (half up) or custom price", async () => {
    const name = `preset-${unique()}`;
    await asAdmin("/v1/feature-presets", { name, feature_slugs: [b.slug, c.slug] });
    const preset = await json(await api(`/v1/pricing/quote?preset=${name}&cycle=yearly`));
    expect(preset.data.lines.map((l: { slug: string }) => l.slug)).toEqual([b.slug, c.slug]);
    expect(preset.data.subtotal_cents).toBe(3251);

    const person = await makeUser(db);
    const personKey = (await makeApiKey(db, { type: "user", id: person.id })).key;
    const subs = `/v1/users/${person.id}/subscriptions`;
    // 333 × 15% = 49.95 → 50 off; an older inactive subscription is ignored.
    await asAdmin(subs, { active_features: [b.slug], discount_pct: 90, active: false });
    const sub = (await json(await asAdmin(subs, { active_features: [b.slug], discount_pct: 15 })))
      .data;
    const quoteFor = (query: string, key = personKey) =>
      api(`/v1/pricing/quote?${query}&user_id=${person.id}`, { headers: bearer(key) });
    const discounted = await json(await quoteFor(`features=${b.slug}`));
    expect(discounted.data).toMatchObject({
      subtotal_cents: 333,
      discount_cents: 50,
      total_cents: 283,
      subscription_id: sub.id,
    });
    // 250 × 50% = 125 exactly; 1 × 50% = 0.5 → 1 (half up).
    await asAdmin(`/v1/subscriptions/${sub.id}`, { discount_pct: 50 }, "PATCH");
    const cheap = await feature(1);
    const half = await json(await quoteFor(`features=${cheap.slug}`));
    expect(half.data).toMatchObject({ subtotal_cents: 1, discount_cents: 1, total_cents: 0 });

    await asAdmin(`/v1/subscriptions/${sub.id}`, { custom_price_cents: 999 }, "PATCH");
    const custom = await json(await quoteFor(`preset=${name}&cycle=yearly`, adminKey));
    expect(custom.data).toMatchObject({
      subtotal_cents: 3251,
      total_cents: 999,
      discount_cents: 2252,
    });

    expect((await quoteFor(`features=${b.slug}`, otherKey)).status).toBe(403);
    expect((await api(`/v1/pricing/quote?features=${b.slug}&user_id=${person.id}`)).status).toBe(
      403,
    );
  });
});
