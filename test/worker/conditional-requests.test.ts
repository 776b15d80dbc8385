/**
 * Conditional requests: item GETs answer a strong ETag (304 for a matching
 * If-None-Match); versioned writes (PATCH/DELETE of items with `updated_at`)
 * honour If-Match atomically (412 for a stale tag, nothing written), answer the
 * new tag, and require it with REQUIRE_IF_MATCH (428).
 */
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { api, apiWith, dialect, json, postJson, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeTeam, makeUser, makeWorkspace } from "./support/fixtures";

const patchJson = (path: string, body: unknown, headers: Record<string, string>) =>
  api(path, {
    method: "PATCH",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

/** A user with an admin key: its row and the header that authenticates as it. */
async function adminCaller() {
  const db = testDatabase();
  const user = await makeUser(db);
  const auth = bearer((await makeApiKey(db, { type: "user", id: user.id }, ["admin"])).key);
  return { db, user, auth };
}

async function ownedWorkspace() {
  const { db, user, auth } = await adminCaller();
  const workspace = await makeWorkspace(db, { type: "user", id: user.id });
  const path = `/v1/workspaces/${workspace.id}`;
  const read = await api(path, { headers: auth });
  expect(read.status).toBe(200);
  return { db, user, auth, workspace, path, tag: read.headers.get("ETag")! };
}

describe(`conditional requests on ${dialect}`, () => {
  it("an item GET answers a strong ETag, stable until the item changes", async () => {
    const { auth, path, tag } = await ownedWorkspace();
    expect(tag).toMatch(/^"[0-9a-z]+\.[A-Za-z0-9_-]+"$/);
    expect((await api(path, { headers: auth })).headers.get("ETag")).toBe(tag);
    const patched = await patchJson(path, { description: "changed" }, auth);
    expect(patched.status).toBe(200);
    const after = (await api(path, { headers: auth })).headers.get("ETag");
    expect(after).not.toBe(tag);
    expect(patched.headers.get("ETag")).toBe(after);
  });

  it("If-None-Match: 304 with the ETag and no body when it names the current tag, 200 when stale", async () => {
    const { auth, path, tag } = await ownedWorkspace();
    for (const ifNoneMatch of [tag, `"stale", ${tag}`, `W/${tag}`, "*"]) {
      const response = await api(path, { headers: { ...auth, "If-None-Match": ifNoneMatch } });
      expect(response.status, ifNoneMatch).toBe(304);
      expect(response.headers.get("ETag")).toBe(tag);
      expect(await response.text()).toBe("");
    }
    const head = await api(path, { method: "HEAD", headers: { ...auth, "If-None-Match": tag } });
    expect(head.status).toBe(304);
    const stale = await api(path, { headers: { ...auth, "If-None-Match": '"stale"' } });
    expect(stale.status).toBe(200);
    expect((await json(stale)).data.id).toBeDefined();
  });

  it("a stale If-Match answers 412 on PATCH and DELETE and writes nothing; the current one succeeds", async () => {
    const { db, auth, path, tag, workspace } = await ownedWorkspace();
    const moved = await patchJson(path, { description: "moved on" }, auth);
    const current = moved.headers.get("ETag")!;
    const stalePatch = await patchJson(path, { description: "lost" }, { ...auth, "If-Match": tag });
    expect(stalePatch.status).toBe(412);
    expect((await json(stalePatch)).error.code).toBe("precondition_failed");
    const staleDelete = await api(path, {
      method: "DELETE",
      headers: { ...auth, "If-Match": tag },
    });
    expect(staleDelete.status).toBe(412);
    const weak = await patchJson(
      path,
      { description: "lost" },
      { ...auth, "If-Match": `W/${current}` },
    );
    expect(weak.status).toBe(412);
    const [row] = await db.orm
      .select()
      .from(db.t.workspaces)
      .where(eq(db.t.workspaces.id, workspace.id));
    expect(row?.description).toBe("moved on");

    const ok = await patchJson(path, { description: "next" }, { ...auth, "If-Match": current });
    expect(ok.status).toBe(200);
    const next = ok.headers.get("ETag")!;
    expect(next).not.toBe(current);
    const deleted = await api(path, { method: "DELETE", headers: { ...auth, "If-Match": next } });
    expect(deleted.status).toBe(204);
    expect((await api(path, { headers: auth })).status).toBe(404);
  });

  it("a stale If-Match on a cascading DELETE (a team) deletes nothing", async () => {
    const { db, user, auth } = await adminCaller();
    const team = await makeTeam(db, user.id, []);
    const path = `/v1/teams/${team.id}`;
    const tag = (await api(path, { headers: auth })).headers.get("ETag")!;
    expect((await patchJson(path, { name: "Renamed" }, auth)).status).toBe(200);
    const stale = await api(path, { method: "DELETE", headers: { ...auth, "If-Match": tag } });
    expect(stale.status).toBe(412);
    expect((await api(path, { headers: auth })).status).toBe(200);
  });

  it("a single-row DELETE (a feature) honours If-Match like a cascading one", async () => {
    const { auth } = await adminCaller();
    const created = await postJson(
      "/v1/features",
      {
        slug: `feat-${crypto.randomUUID().slice(0, 8)}`,
        name: "Feature",
        category: "core",
        base_price_cents: 100,
      },
      { headers: auth },
    );
    const path = `/v1/features/${(await json(created)).data.id}`;
    const tag = (await api(path, { headers: auth })).headers.get("ETag")!;
    const patched = await patchJson(path, { name: "Renamed" }, { ...auth, "If-Match": tag });
    expect(patched.status).toBe(200);
    const stale = await api(path, { method: "DELETE", headers: { ...auth, "If-Match": tag } });
    expect(stale.status).toBe(412);
    const current = patched.headers.get("ETag")!;
    const deleted = await api(path, {
      method: "DELETE",
      headers: { ...auth, "If-Match": current },
    });
    expect(deleted.status).toBe(204);
  });

  it("two PATCHes with the same If-Match sent together: exactly one 200 and one 412", async () => {
    const { auth, path, tag } = await ownedWorkspace();
    const statuses = await Promise.all(
      ["first", "second"].map(async (description) => {
        const response = await patchJson(path, { description }, { ...auth, "If-Match": tag });
        return response.status;
      }),
    );
    expect(statuses.sort()).toEqual([200, 412]);
  });

  it("REQUIRE_IF_MATCH: a versioned write without If-Match answers 428; with it, it succeeds", async () => {
    const { auth, path, tag } = await ownedWorkspace();
    const strict = apiWith({ ...env, REQUIRE_IF_MATCH: "true" });
    const write = (headers: Record<string, string>) =>
      strict(path, {
        method: "PATCH",
        headers: { "content-type": "application/json", ...auth, ...headers },
        body: JSON.stringify({ description: "strict" }),
      });
    const refused = await write({});
    expect(refused.status).toBe(428);
    expect((await json(refused)).error.code).toBe("precondition_required");
    expect((await strict(path, { method: "DELETE", headers: auth })).status).toBe(428);
    expect((await write({ "If-Match": tag })).status).toBe(200);
  });
});
