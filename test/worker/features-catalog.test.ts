/**
 * The feature catalogue: admin-only writes, reads for anyone, per-cycle prices
 * that fall back to the base price, presets whose slugs must exist.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { uuidv7 } from "../../src/db/ids";
import { api, dialect, json, postJson, queriesOf, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeUser } from "./support/fixtures";

const unique = () => uuidv7().slice(-12);

describe(`feature catalogue on ${dialect}`, () => {
  let db: Database;
  let adminKey: string;
  let userKey: string;

  beforeAll(async () => {
    db = testDatabase();
    const admin = await makeUser(db);
    adminKey = (await makeApiKey(db, { type: "user", id: admin.id }, ["admin"])).key;
    const user = await makeUser(db);
    userKey = (await makeApiKey(db, { type: "user", id: user.id })).key;
  });

  const createFeature = (body: Record<string, unknown>, key = adminKey) =>
    postJson("/v1/features", body, { headers: bearer(key) });
  const newFeature = async (basePriceCents = 500) => {
    const response = await createFeature({
      slug: `feat-${unique()}`,
      name: "Feature",
      category: "core",
      base_price_cents: basePriceCents,
    });
    expect(response.status).toBe(201);
    return (await json(response)).data;
  };

  it("lets admins create features; others get 401/403; a taken slug is 409", async () => {
    const slug = `feat-${unique()}`;
    const body = { slug, name: "Analytics", category: "insight", base_price_cents: 1200 };
    const badJson = await api("/v1/features", {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer(adminKey) },
      body: "{",
    });
    expect(badJson.status).toBe(400);
    expect((await postJson("/v1/features", body)).status).toBe(401);
    expect((await createFeature(body, userKey)).status).toBe(403);
    const created = await createFeature(body);
    expect(created.status).toBe(201);
    expect((await json(created)).data).toMatchObject({
      slug,
      base_price_cents: 1200,
      operation_cost_cents: 0,
      milestone: null,
    });
    expect((await createFeature(body)).status).toBe(409);
  });

  it("refuses malformed bodies and money that is not integer cents with 422", async () => {
    const base = { slug: `feat-${unique()}`, name: "X", category: "core" };
    expect((await createFeature({ ...base, base_price_cents: 1.5 })).status).toBe(422);
    expect((await createFeature({ ...base, base_price_cents: -1 })).status).toBe(422);
    // The largest amount every database's column holds is accepted; one cent more is refused.
    expect((await createFeature({ ...base, base_price_cents: 2 ** 31 })).status).toBe(422);
    const largest = await createFeature({ ...base, base_price_cents: 2 ** 31 - 1 });
    expect(largest.status).toBe(201);
    expect((await json(largest)).data.base_price_cents).toBe(2 ** 31 - 1);
    expect((await createFeature({ ...base, owner: "me" })).status).toBe(422);
    expect((await createFeature({ ...base, slug: "Bad Slug" })).status).toBe(422);
  });

  it("reads features for anyone in one round trip; updates and deletes are admin-only", async () => {
    const feature = await newFeature();
    const read = await api(`/v1/features/${feature.id}`);
    expect(read.status).toBe(200);
    expect(queriesOf(read)).toBe(1);
    expect((await json(read)).data.id).toBe(feature.id);
    const list = await api(`/v1/features?q=${feature.slug}`);
    expect((await json(list)).data.map((f: { id: string }) => f.id)).toEqual([feature.id]);
    expect((await api(`/v1/features?colour=red`)).status).toBe(400);

    const patch = (key: string, body: unknown) =>
      postJson(`/v1/features/${feature.id}`, body, { method: "PATCH", headers: bearer(key) });
    expect((await patch(userKey, { name: "Mine" })).status).toBe(403);
    const changed = await patch(adminKey, { name: "Renamed", milestone: "beta" });
    expect(changed.status).toBe(200);
    expect((await json(changed)).data).toMatchObject({ name: "Renamed", milestone: "beta" });

    const remove = (key: string) =>
      api(`/v1/features/${feature.id}`, { method: "DELETE", headers: bearer(key) });
    expect((await remove(userKey)).status).toBe(403);
    expect((await remove(adminKey)).status).toBe(204);
    expect((await api(`/v1/features/${feature.id}`)).status).toBe(404);
    expect((await api("/v1/features/not-a-uuid")).status).toBe(400);
  });

  it("prices a cycle from its pricing row, else from the base price", async () => {
    const feature = await newFeature(700);
    const price = (cycle: string) => api(`/v1/features/${feature.id}/pricing/${cycle}`);
    const fallback = await price("yearly");
    expect(queriesOf(fallback)).toBe(1);
    expect((await json(fallback)).data).toEqual({
      feature_id: feature.id,
      cycle: "yearly",
      price_cents: 700,
      source: "base",
      updated_at: null,
    });

    const put = (cycle: string, body: unknown, key = adminKey) =>
      postJson(`/v1/features/${feature.id}/pricing/${cycle}`, body, {
        method: "PUT",
        headers: bearer(key),
      });
    expect((await put("yearly", { price_cents: 7000 }, userKey)).status).toBe(403);
    expect((await put("yearly", { price_cents: "7000" })).status).toBe(422);
    expect((await put("weekly", { price_cents: 7000 })).status).toBe(400);
    expect((await json(await put("yearly", { price_cents: 7000 }))).data).toMatchObject({
      price_cents: 7000,
      source: "pricing",
    });
    // Setting it again replaces the price: still one row per feature and cycle.
    expect((await json(await put("yearly", { price_cents: 6500 }))).data.price_cents).toBe(6500);
    expect((await json(await price("yearly"))).data).toMatchObject({
      price_cents: 6500,
      source: "pricing",
    });
    expect((await json(await price("monthly"))).data).toMatchObject({
      price_cents: 700,
      source: "base",
    });
    expect((await put("monthly", { price_cents: 1 }, adminKey)).status).toBe(200);
    const missing = await postJson(
      `/v1/features/${uuidv7()}/pricing/monthly`,
      { price_cents: 1 },
      { method: "PUT", headers: bearer(adminKey) },
    );
    expect(missing.status).toBe(422);

    const remove = () =>
      api(`/v1/features/${feature.id}/pricing/yearly`, {
        method: "DELETE",
        headers: bearer(adminKey),
      });
    expect((await remove()).status).toBe(204);
    expect((await remove()).status).toBe(404);
    expect((await json(await price("yearly"))).data.source).toBe("base");
  });

  it("keeps presets in sort order and refuses unknown slugs with 422 naming them", async () => {
    const [a, b] = [await newFeature(), await newFeature()];
    const tag = unique();
    const create = (body: unknown, key = adminKey) =>
      postJson("/v1/feature-presets", body, { headers: bearer(key) });
    expect((await create({ name: `p-${tag}`, feature_slugs: [a.slug] }, userKey)).status).toBe(403);
    const unknown = await create({ name: `p-${tag}`, feature_slugs: [a.slug, "no-such-feature"] });
    expect(unknown.status).toBe(422);
    expect((await json(unknown)).error.details).toEqual({ unknown_features: ["no-such-feature"] });

    const second = await create({ name: `p2-${tag}`, feature_slugs: [b.slug], sort_order: 2 });
    const first = await create({
      name: `p1-${tag}`,
      feature_slugs: [a.slug, b.slug],
      sort_order: 1,
    });
    expect(first.status).toBe(201);
    expect((await create({ name: `p1-${tag}`, feature_slugs: [] })).status).toBe(409);
    const ids = [(await json(first)).data.id, (await json(second)).data.id];

    const listed = await json(await api("/v1/feature-presets?limit=100"));
    const ours = listed.data.filter((p: { id: string }) => ids.includes(p.id));
    expect(ours.map((p: { id: string }) => p.id)).toEqual(ids);

    const patch = (body: unknown) =>
      postJson(`/v1/feature-presets/${ids[1]}`, body, {
        method: "PATCH",
        headers: bearer(adminKey),
      });
    expect((await patch({ feature_slugs: ["missing-one"] })).status).toBe(422);
    expect((await json(await patch({ sort_order: 0 }))).data.sort_order).toBe(0);
    const read = await api(`/v1/feature-presets/${ids[1]}`);
    expect(queriesOf(read)).toBe(1);
    expect((await json(read)).data.feature_slugs).toEqual([b.slug]);
    const remove = () =>
      api(`/v1/feature-presets/${ids[1]}`, { method: "DELETE", headers: bearer(adminKey) });
    expect((await remove()).status).toBe(204);
    expect((await remove()).status).toBe(404);
  });
});
