/**
 * The transfer endpoints a deployed Hearth offers db:transfer: admin only,
 * NDJSON pages in primary-key order, batches written all-or-nothing, and
 * every refusal an error envelope naming what is wrong (never a 500).
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { api, dialect, json, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeUser } from "./support/fixtures";

const NDJSON = { "content-type": "application/x-ndjson" };
const ndjson = (rows: object[]) => rows.map((row) => `${JSON.stringify(row)}\n`).join("");

/** A features row in canonical form: SQL column names, timestamps as epoch ms. */
function feature(overrides: Record<string, unknown> = {}) {
  const id = crypto.randomUUID();
  return {
    id,
    slug: `studio-${id.slice(0, 8)}`,
    name: "Studio ∞ 工作室 🎛️",
    description: null,
    category: "audio",
    milestone: null,
    base_price_cents: 1200,
    operation_cost_cents: 0,
    created_at: Date.UTC(2026, 0, 2, 3, 4, 5, 678),
    updated_at: Date.UTC(2026, 0, 2, 3, 4, 5, 678),
    ...overrides,
  };
}

async function admin() {
  const db = testDatabase();
  const person = await makeUser(db);
  const adminKey = (await makeApiKey(db, { type: "user", id: person.id }, ["admin"])).key;
  const userKey = (await makeApiKey(db, { type: "user", id: person.id })).key;
  return { db, adminKey, userKey };
}

const post = (path: string, key: string, body: string) =>
  api(path, { method: "POST", headers: { ...bearer(key), ...NDJSON }, body });

describe(`transfer endpoints on ${dialect}`, () => {
  it("report the dialect, migrations and counts, stream pages after a key, and write batches back", async () => {
    const { adminKey } = await admin();
    const status = await api("/v1/transfer", { headers: bearer(adminKey) });
    expect(status.status).toBe(200);
    const { data } = await json(status);
    expect(data.dialect).toBe(dialect);
    expect(data.migrations.at(-1)).toMatch(/^\d{4}_/);
    expect(data.max_body_bytes).toBe(1_048_576);
    expect(data.tables.map((t: { name: string }) => t.name)).toContain("api_keys");
    const before = data.tables.find((t: { name: string }) => t.name === "features").rows;

    const rows = [feature(), feature({ description: "Ünïcode — 'quotes' \"and\" \\ 😀" })].sort(
      (a, b) => a.id.localeCompare(b.id),
    );
    const written = await post("/v1/transfer/tables/features/rows", adminKey, ndjson(rows));
    expect(written.status).toBe(200);
    expect((await json(written)).data).toEqual({ table: "features", rows: 2 });
    // The same batch again fails whole (409), or is skipped when asked.
    expect((await post("/v1/transfer/tables/features/rows", adminKey, ndjson(rows))).status).toBe(
      409,
    );
    const skipped = await post(
      "/v1/transfer/tables/features/rows?on_duplicate=skip",
      adminKey,
      ndjson(rows),
    );
    expect(skipped.status).toBe(200);

    const after = rows[0]!.id;
    const page = await api(`/v1/transfer/tables/features/rows?limit=1000&after=${after}`, {
      headers: bearer(adminKey),
    });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = new TextDecoder()
      .decode(await page.arrayBuffer())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.every((row) => row.id > after)).toBe(true);
    expect(lines.find((row) => row.id === rows[1]!.id)).toEqual(rows[1]);
    const counted = await json(await api("/v1/transfer", { headers: bearer(adminKey) }));
    expect(counted.data.tables.find((t: { name: string }) => t.name === "features").rows).toBe(
      before + 2,
    );
  });

  it("writes self-references in a second pass", async () => {
    const { db, adminKey } = await admin();
    const person = await makeUser(db);
    const key = (id: string, parent: string | null) => ({
      id,
      name: "親キー 🔑",
      prefix: `hk_${id.slice(-12)}`,
      secret_hash: "c".repeat(64),
      subject_type: "user",
      subject_id: person.id,
      scopes: ["resources:read"],
      expires_at: null,
      revoked_at: null,
      last_used_at: null,
      parent_key_id: parent,
      created_at: 0,
      updated_at: 1,
    });
    const [parent, child] = [crypto.randomUUID(), crypto.randomUUID()];
    const rows = [key(child, parent), key(parent, null)];
    expect((await post("/v1/transfer/tables/api_keys/rows", adminKey, ndjson(rows))).status).toBe(
      200,
    );
    const [unlinked] = await db.orm.select().from(db.t.apiKeys).where(eq(db.t.apiKeys.id, child));
    expect(unlinked!.parentKeyId).toBeNull();
    const linked = await post("/v1/transfer/tables/api_keys/links", adminKey, ndjson(rows));
    expect(linked.status).toBe(200);
    const [row] = await db.orm.select().from(db.t.apiKeys).where(eq(db.t.apiKeys.id, child));
    expect(row).toMatchObject({ parentKeyId: parent, updatedAt: new Date(1) });
  });

  it("refuses guests (401), non-admins (403), bad tables and NDJSON (400), unfit values (422) and large bodies (413), writing nothing", async () => {
    const { db, adminKey, userKey } = await admin();
    const path = "/v1/transfer/tables/features/rows";
    expect((await api("/v1/transfer")).status).toBe(401);
    expect((await api(path)).status).toBe(401);
    const forbidden = await api("/v1/transfer", { headers: bearer(userKey) });
    expect(forbidden.status).toBe(403);
    expect((await json(forbidden)).error.code).toBe("insufficient_scope");
    expect((await post(path, userKey, ndjson([feature()]))).status).toBe(403);
    expect((await api(path, { headers: bearer(userKey) })).status).toBe(403);

    const refused = async (status: number, url: string, body?: string) => {
      const response = body
        ? await post(url, adminKey, body)
        : await api(url, { headers: bearer(adminKey) });
      const answer = await json(response);
      expect(response.status, `${url} ${body?.slice(0, 80)}`).toBe(status);
      expect(typeof answer.error.message).toBe("string");
      return answer.error;
    };
    await refused(400, "/v1/transfer/tables/sqlite_master/rows");
    await refused(400, "/v1/transfer/tables/features/rows?limit=1001");
    await refused(400, "/v1/transfer/tables/features/rows?limit=0x10");
    const good = feature();
    await refused(400, path, `${JSON.stringify(good)}\n{"id": "half a line`);
    await refused(400, path, `${JSON.stringify(good)}\n[1,2]\n`);
    await refused(400, path, "\n\n");
    const tooBig = await refused(422, path, ndjson([good, feature({ base_price_cents: 2 ** 53 })]));
    expect(tooBig.details).toMatchObject({ table: "features", column: "base_price_cents" });
    const lone = await refused(422, path, ndjson([good, feature({ name: "\ud800 lone" })]));
    expect(lone.details.column).toBe("name");
    const when = await refused(422, path, ndjson([feature({ created_at: "yesterday" })]));
    expect(when.details.column).toBe("created_at");
    const nulled = await refused(422, path, ndjson([feature({ slug: null })]));
    expect(nulled.details.column).toBe("slug");
    const extra = await refused(422, path, ndjson([feature({ colour: "red" })]));
    expect(extra.details.column).toBe("colour");
    await refused(413, path, ndjson(Array.from({ length: 1001 }, () => feature())));
    await refused(413, path, ndjson([feature({ description: "x".repeat(1_048_576) })]));
    if (dialect !== "d1") {
      // D1 integers are 64-bit; Postgres and MySQL integer columns hold 32 bits.
      const narrow = await refused(
        422,
        path,
        ndjson([feature({ base_price_cents: 3_000_000_000 })]),
      );
      expect(narrow.message).toContain(`does not fit ${dialect}'s column`);
    }
    // JSON is not NDJSON: the body's type is the contract's.
    const json415 = await api(path, {
      method: "POST",
      headers: { ...bearer(adminKey), "content-type": "application/json" },
      body: JSON.stringify(good),
    });
    expect(json415.status).toBe(415);
    const [stored] = await db.orm.select().from(db.t.features).where(eq(db.t.features.id, good.id));
    expect(stored).toBeUndefined();
  });

  it("streams while read-only, and refuses writes with 503 read_only", async () => {
    const { adminKey } = await admin();
    const frozenApp = createApp();
    const frozenEnv = { ...env, READ_ONLY: "true" } as never;
    const frozen = async (path: string, init?: RequestInit) => {
      const ctx = createExecutionContext();
      const response = await frozenApp.request(`http://hearth.test${path}`, init, frozenEnv, ctx);
      await waitOnExecutionContext(ctx);
      return response;
    };
    expect((await frozen("/v1/transfer", { headers: bearer(adminKey) })).status).toBe(200);
    const page = await frozen("/v1/transfer/tables/users/rows?limit=5", {
      headers: bearer(adminKey),
    });
    expect(page.status).toBe(200);
    expect(
      new TextDecoder()
        .decode(await page.arrayBuffer())
        .trim()
        .split("\n").length,
    ).toBeGreaterThan(0);
    for (const suffix of ["rows", "links"]) {
      const response = await frozen(`/v1/transfer/tables/features/${suffix}`, {
        method: "POST",
        headers: { ...bearer(adminKey), ...NDJSON },
        body: ndjson([feature()]),
      });
      expect(response.status).toBe(503);
      expect((await json(response)).error.code).toBe("read_only");
    }
  });
});
