/**
 * The workspace endpoints: who sees private workspaces, creation with the
 * static collections in one atomic write (and none left behind when the slug
 * is taken, even under a race), updates, and deletion that leaves no orphans.
 */
import { and, count, eq, inArray, or } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { COLLECTION_KINDS } from "../../src/db/schema";
import { api, dialect, json, postJson, queriesOf, testDatabase } from "./support/api";
import {
  bearer,
  engage,
  ensureActions,
  grant,
  makeApiKey,
  makeOrganization,
  makeResource,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";

/** The permission check, then one atomic write (docs/architecture.md §9: a write makes at most two round trips). */
const expectWriteBudget = (response: Response) => {
  expect(queriesOf(response)).toBeLessThanOrEqual(2);
};
const slug = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
const patch = (path: string, body: unknown, key: string) =>
  postJson(path, body, { method: "PATCH", headers: bearer(key) });
const remove = (path: string, key?: string) =>
  api(path, { method: "DELETE", headers: key ? bearer(key) : {} });

describe(`workspaces on ${dialect}`, () => {
  let db: Database;
  let org: { id: string };
  let owner: { id: string };
  let ownerKey: string;
  let memberKey: string;
  let strangerId: string;
  let strangerKey: string;
  let adminKey: string;
  let readOnlyKey: string;

  const workspaceCollections = async () => {
    const { collections: c } = db.t;
    const [row] = await db.orm.select({ n: count() }).from(c).where(eq(c.ownerType, "workspace"));
    return Number(row!.n);
  };

  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["workspaces", "resources"]);
    org = await makeOrganization(db);
    owner = await makeUser(db);
    ownerKey = (await makeApiKey(db, { type: "user", id: owner.id })).key;
    const member = await makeUser(db, org.id);
    memberKey = (await makeApiKey(db, { type: "user", id: member.id })).key;
    strangerId = (await makeUser(db)).id;
    strangerKey = (await makeApiKey(db, { type: "user", id: strangerId })).key;
    adminKey = (await makeApiKey(db, { type: "user", id: strangerId }, ["admin"])).key;
    readOnlyKey = (await makeApiKey(db, { type: "user", id: owner.id }, ["workspaces:read"])).key;
    // Verified keys are cached: later requests show only their own round trips.
    for (const key of [ownerKey, memberKey, strangerKey, adminKey, readOnlyKey]) {
      expect((await api("/v1/workspaces?limit=1", { headers: bearer(key) })).status).toBe(200);
    }
  });

  describe("creating", () => {
    it("creates the caller's workspace with its seven static collections", async () => {
      const body = { name: "Studio", slug: slug("studio"), description: "Songs" };
      const response = await postJson("/v1/workspaces", body, { headers: bearer(ownerKey) });
      expect(response.status).toBe(201);
      expectWriteBudget(response);
      const { data } = await json(response);
      expect(data).toMatchObject({
        ...body,
        owner: { type: "user", id: owner.id },
        visibility: "public",
        avatar_url: null,
      });
      const rows = await db.orm
        .select()
        .from(db.t.collections)
        .where(
          and(eq(db.t.collections.ownerType, "workspace"), eq(db.t.collections.ownerId, data.id)),
        );
      expect(rows).toHaveLength(7);
      expect(rows.every((row) => row.type === "static")).toBe(true);
      expect(rows.map((row) => row.kind).sort()).toEqual([...COLLECTION_KINDS].sort());
    });

    it("creates for an organization the caller belongs to, and no other owner", async () => {
      const forOrg = await postJson(
        "/v1/workspaces",
        { name: "Label", slug: slug("label"), owner: { type: "organization", id: org.id } },
        { headers: bearer(memberKey) },
      );
      expect(forOrg.status).toBe(201);
      expect((await json(forOrg)).data.owner).toEqual({ type: "organization", id: org.id });

      const before = await workspaceCollections();
      const refusals = [
        { key: strangerKey, owner: { type: "organization", id: org.id }, status: 403 },
        { key: strangerKey, owner: { type: "user", id: owner.id }, status: 403 },
        { key: ownerKey, owner: { type: "organization", id: crypto.randomUUID() }, status: 422 },
      ];
      for (const refusal of refusals) {
        const taken = slug("refused");
        const response = await postJson(
          "/v1/workspaces",
          { name: "Nope", slug: taken, owner: refusal.owner },
          { headers: bearer(refusal.key) },
        );
        expect(response.status, JSON.stringify(refusal.owner)).toBe(refusal.status);
        const found = await db.orm
          .select()
          .from(db.t.workspaces)
          .where(eq(db.t.workspaces.slug, taken));
        expect(found).toEqual([]);
      }
      expect(await workspaceCollections()).toBe(before);
    });

    it("lets an admin create for any existing owner", async () => {
      const response = await postJson(
        "/v1/workspaces",
        { name: "Managed", slug: slug("managed"), owner: { type: "user", id: owner.id } },
        { headers: bearer(adminKey) },
      );
      expect(response.status).toBe(201);
      expect((await json(response)).data.owner).toEqual({ type: "user", id: owner.id });
    });

    it("refuses guests, missing scopes, workspace keys without an owner and bad bodies", async () => {
      const body = { name: "X", slug: slug("x") };
      expect((await postJson("/v1/workspaces", body)).status).toBe(401);
      const readOnly = await postJson("/v1/workspaces", body, { headers: bearer(readOnlyKey) });
      expect(readOnly.status).toBe(403);
      expect((await json(readOnly)).error.code).toBe("insufficient_scope");

      const ws = await makeWorkspace(db, { type: "user", id: owner.id });
      const wsKey = (await makeApiKey(db, { type: "workspace", id: ws.id })).key;
      const keyed = await postJson("/v1/workspaces", body, { headers: bearer(wsKey) });
      expect(keyed.status).toBe(422);
      expect((await json(keyed)).error.details[0].path).toBe("owner");

      const invalid = [
        { name: "X", slug: "Not A Slug" },
        { slug: slug("x") },
        { ...body, visibility: "secret" },
        { ...body, avatar_url: "ftp://example.com/a.png" },
        { ...body, owner: { type: "workspace", id: ws.id } },
        { ...body, extra: true },
      ];
      for (const attempt of invalid) {
        const response = await postJson("/v1/workspaces", attempt, { headers: bearer(ownerKey) });
        expect(response.status, JSON.stringify(attempt)).toBe(422);
        expect((await json(response)).error.code).toBe("validation_failed");
      }
    });

    it("answers 409 for a taken slug and leaves no static collections behind", async () => {
      const taken = slug("taken");
      const first = await postJson(
        "/v1/workspaces",
        { name: "First", slug: taken },
        { headers: bearer(ownerKey) },
      );
      expect(first.status).toBe(201);
      const before = await workspaceCollections();
      const second = await postJson(
        "/v1/workspaces",
        { name: "Second", slug: taken },
        { headers: bearer(memberKey) },
      );
      expect(second.status).toBe(409);
      expect((await json(second)).error.code).toBe("conflict");
      expect(await workspaceCollections()).toBe(before);
    });

    it("lets exactly one of several racing creations with the same slug succeed", async () => {
      const contested = slug("race");
      const before = await workspaceCollections();
      const responses = await Promise.all(
        Array.from({ length: 5 }, (_, index) =>
          postJson(
            "/v1/workspaces",
            { name: `Racer ${index}`, slug: contested },
            { headers: bearer(index % 2 ? memberKey : ownerKey) },
          ),
        ),
      );
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409, 409]);
      const winners = await db.orm
        .select()
        .from(db.t.workspaces)
        .where(eq(db.t.workspaces.slug, contested));
      expect(winners).toHaveLength(1);
      expect(await workspaceCollections()).toBe(before + 7);
    });
  });

  describe("reading", () => {
    let open: { id: string };
    let closed: { id: string };
    let orgClosed: { id: string };
    let granted: { id: string };

    beforeAll(async () => {
      open = await makeWorkspace(db, { type: "user", id: owner.id }, "public");
      closed = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
      orgClosed = await makeWorkspace(db, { type: "organization", id: org.id }, "private");
      granted = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
      await grant(
        db,
        { type: "user", id: strangerId },
        { type: "workspace", id: granted.id },
        "workspaces:read",
        "allow",
      );
    });

    it("shows a private workspace only to those who may read it", async () => {
      const cases: [string, string | undefined, number][] = [
        [open.id, undefined, 200],
        [open.id, strangerKey, 200],
        [closed.id, undefined, 404],
        [closed.id, strangerKey, 404],
        [closed.id, memberKey, 404],
        [closed.id, ownerKey, 200],
        [closed.id, adminKey, 200],
        [orgClosed.id, memberKey, 200],
        [orgClosed.id, strangerKey, 404],
        [orgClosed.id, undefined, 404],
        [granted.id, strangerKey, 200],
        [granted.id, memberKey, 404],
        [crypto.randomUUID(), ownerKey, 404],
      ];
      for (const [id, key, status] of cases) {
        const response = await api(`/v1/workspaces/${id}`, { headers: key ? bearer(key) : {} });
        expect(response.status, `${id} as ${key ?? "guest"}`).toBe(status);
        expect(queriesOf(response)).toBe(1);
        if (status === 200) expect((await json(response)).data.id).toBe(id);
      }
      expect((await api("/v1/workspaces/not-a-uuid")).status).toBe(400);
      expect((await api(`/v1/workspaces/${open.id}?x=1`)).status).toBe(400);
    });

    it("lists private workspaces only to those who may read them, in one round trip", async () => {
      const listed = async (query: string, key?: string) => {
        const response = await api(`/v1/workspaces?${query}`, {
          headers: key ? bearer(key) : {},
        });
        expect(response.status).toBe(200);
        expect(queriesOf(response)).toBe(1);
        return ((await json(response)).data as { id: string }[]).map((row) => row.id);
      };
      const mine = `owner_type=user&owner_id=${owner.id}&limit=100`;
      const everyOwn = [open.id, closed.id, granted.id];
      expect(await listed(mine, ownerKey)).toEqual(expect.arrayContaining(everyOwn));
      expect(await listed(mine, adminKey)).toEqual(expect.arrayContaining(everyOwn));
      const guestSees = await listed(mine);
      expect(guestSees).toContain(open.id);
      expect(guestSees).not.toContain(closed.id);
      expect(guestSees).not.toContain(granted.id);
      const strangerSees = await listed(mine, strangerKey);
      expect(strangerSees).toEqual(expect.arrayContaining([open.id, granted.id]));
      expect(strangerSees).not.toContain(closed.id);

      const ofOrg = `owner_type=organization&owner_id=${org.id}`;
      expect(await listed(ofOrg, memberKey)).toContain(orgClosed.id);
      expect(await listed(ofOrg, strangerKey)).not.toContain(orgClosed.id);
      const privateOnes = await listed(`${mine}&visibility=private`, ownerKey);
      expect(privateOnes).toContain(closed.id);
      expect(privateOnes).not.toContain(open.id);
    });

    it("filters by text and creation time, sorts, pages and counts", async () => {
      const tag = crypto.randomUUID().slice(0, 8);
      const names = ["Gamma", "Alpha", "Beta"];
      for (const name of names) {
        const response = await postJson(
          "/v1/workspaces",
          { name: `${name} ${tag}`, slug: `${name.toLowerCase()}-${tag}` },
          { headers: bearer(ownerKey) },
        );
        expect(response.status).toBe(201);
      }
      const byName = await json(await api(`/v1/workspaces?q=${tag}&sort=name&count=true`));
      expect(byName.data.map((row: { name: string }) => row.name)).toEqual(
        ["Alpha", "Beta", "Gamma"].map((name) => `${name} ${tag}`),
      );
      expect(byName.meta).toMatchObject({ total: 3, has_more: false, next_cursor: null });

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `q=${tag}&sort=-slug&limit=1${cursor ? `&cursor=${cursor}` : ""}`;
        const page = await json(await api(`/v1/workspaces?${query}`));
        seen.push(...page.data.map((row: { slug: string }) => row.slug));
        cursor = page.meta.next_cursor;
      } while (cursor);
      expect(seen).toEqual(["gamma", "beta", "alpha"].map((name) => `${name}-${tag}`));

      const future = new Date(Date.now() + 60_000).toISOString();
      const none = await json(await api(`/v1/workspaces?q=${tag}&created_at_from=${future}`));
      expect(none.data).toEqual([]);
      for (const bad of ["visibility=secret", "sort=owner", "owner_id=x", "unknown=1", "limit=0"]) {
        expect((await api(`/v1/workspaces?${bad}`)).status, bad).toBe(400);
      }
    });
  });

  describe("updating", () => {
    it("lets the owner change a workspace, 403 to readers, 404 to others", async () => {
      const open = await makeWorkspace(db, { type: "user", id: owner.id }, "public");
      const path = `/v1/workspaces/${open.id}`;
      const changed = await patch(
        path,
        { name: "Renamed", description: "About", visibility: "private", banner_url: null },
        ownerKey,
      );
      expect(changed.status).toBe(200);
      expectWriteBudget(changed);
      expect((await json(changed)).data).toMatchObject({
        id: open.id,
        name: "Renamed",
        description: "About",
        visibility: "private",
        slug: open.slug,
      });
      // Now private: strangers cannot even see it.
      expect((await patch(path, { name: "Mine" }, strangerKey)).status).toBe(404);
      expect((await patch(path, { visibility: "public" }, ownerKey)).status).toBe(200);
      const refused = await patch(path, { name: "Mine" }, strangerKey);
      expect(refused.status).toBe(403);
      expect((await postJson(path, { name: "Mine" }, { method: "PATCH" })).status).toBe(401);
      expect((await patch(path, { name: "Mine" }, readOnlyKey)).status).toBe(403);
      const [row] = await db.orm
        .select()
        .from(db.t.workspaces)
        .where(eq(db.t.workspaces.id, open.id));
      expect(row!.name).toBe("Renamed");
    });

    it("answers 409 for a taken slug and 422 for bad values", async () => {
      const mine = await makeWorkspace(db, { type: "user", id: owner.id });
      const other = await makeWorkspace(db, { type: "user", id: owner.id });
      const path = `/v1/workspaces/${mine.id}`;
      expect((await patch(path, { slug: other.slug }, ownerKey)).status).toBe(409);
      for (const bad of [
        { slug: "-" },
        { name: "" },
        { avatar_url: "nope" },
        { owner_id: owner.id },
      ]) {
        expect((await patch(path, bad, ownerKey)).status, JSON.stringify(bad)).toBe(422);
      }
      expect(
        (await patch(`/v1/workspaces/${crypto.randomUUID()}`, { name: "N" }, ownerKey)).status,
      ).toBe(404);
    });
  });

  describe("deleting", () => {
    it("removes the workspace and everything attached, leaving no orphans", async () => {
      const { t } = db;
      const created = await postJson(
        "/v1/workspaces",
        { name: "Doomed", slug: slug("doomed") },
        { headers: bearer(ownerKey) },
      );
      const ws = (await json(created)).data as { id: string };
      const resource = await makeResource(db, { type: "workspace", id: ws.id });
      const keptResource = await makeResource(db, { type: "user", id: owner.id });
      const picks = crypto.randomUUID();
      await db.atomic((orm) => [
        orm.insert(t.posts).values({ resourceId: resource.id, body: "Hello" }),
        orm.insert(t.externalLinks).values([
          {
            subjectType: "workspace",
            subjectId: ws.id,
            name: "Site",
            url: "https://a.example",
            position: 0,
          },
          {
            subjectType: "resource",
            subjectId: resource.id,
            name: "Src",
            url: "https://b.example",
            position: 0,
          },
        ]),
        orm.insert(t.collections).values({
          id: picks,
          ownerType: "user",
          ownerId: strangerId,
          name: "Picks",
          type: "manual",
        }),
        orm.insert(t.collectionItems).values([
          { collectionId: picks, itemType: "workspace", itemId: ws.id, position: 0 },
          { collectionId: picks, itemType: "resource", itemId: resource.id, position: 1 },
          { collectionId: picks, itemType: "resource", itemId: keptResource.id, position: 2 },
        ]),
      ]);
      await grant(
        db,
        { type: "user", id: strangerId },
        { type: "workspace", id: ws.id },
        "workspaces:read",
        "allow",
      );
      await grant(
        db,
        { type: "user", id: strangerId },
        { type: "resource", id: resource.id },
        "resources:read",
        "allow",
      );
      await engage(db, strangerId, "follow", { type: "workspace", id: ws.id });
      const collectionIds = (
        await db.orm
          .select({ id: t.collections.id })
          .from(t.collections)
          .where(eq(t.collections.ownerId, ws.id))
      ).map((row) => row.id);
      expect(collectionIds).toHaveLength(7);

      expect((await remove(`/v1/workspaces/${ws.id}`)).status).toBe(401);
      expect((await remove(`/v1/workspaces/${ws.id}`, strangerKey)).status).toBe(403);
      const deleted = await remove(`/v1/workspaces/${ws.id}`, ownerKey);
      expect(deleted.status).toBe(204);
      expectWriteBudget(deleted);
      expect((await api(`/v1/workspaces/${ws.id}`, { headers: bearer(ownerKey) })).status).toBe(
        404,
      );
      expect((await remove(`/v1/workspaces/${ws.id}`, ownerKey)).status).toBe(404);

      const gone = [ws.id, resource.id, ...collectionIds];
      const left = await db.read((orm) => [
        orm.select({ id: t.resources.id }).from(t.resources).where(inArray(t.resources.id, gone)),
        orm
          .select({ id: t.posts.resourceId })
          .from(t.posts)
          .where(eq(t.posts.resourceId, resource.id)),
        orm
          .select({ id: t.collections.id })
          .from(t.collections)
          .where(inArray(t.collections.id, gone)),
        orm
          .select({ id: t.externalLinks.id })
          .from(t.externalLinks)
          .where(inArray(t.externalLinks.subjectId, gone)),
        orm
          .select({ id: t.permissions.id })
          .from(t.permissions)
          .where(inArray(t.permissions.objectId, gone)),
        orm
          .select({ id: t.engagements.id })
          .from(t.engagements)
          .where(inArray(t.engagements.objectId, gone)),
        orm
          .select({ id: t.collectionItems.id })
          .from(t.collectionItems)
          .where(
            or(
              inArray(t.collectionItems.itemId, gone),
              inArray(t.collectionItems.collectionId, gone),
            ),
          ),
      ]);
      expect(left.map((rows) => rows.length)).toEqual([0, 0, 0, 0, 0, 0, 0]);
      // What merely pointed at it survives.
      const kept = await db.orm
        .select({ itemId: t.collectionItems.itemId })
        .from(t.collectionItems)
        .where(eq(t.collectionItems.collectionId, picks));
      expect(kept).toEqual([{ itemId: keptResource.id }]);
    });

    it("hides private workspaces from would-be deleters and lets organization members delete", async () => {
      const closed = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
      expect((await remove(`/v1/workspaces/${closed.id}`, strangerKey)).status).toBe(404);
      expect((await remove(`/v1/workspaces/${closed.id}`, readOnlyKey)).status).toBe(403);
      const ofOrg = await makeWorkspace(db, { type: "organization", id: org.id }, "private");
      expect((await remove(`/v1/workspaces/${ofOrg.id}`, memberKey)).status).toBe(204);
      const rows = await db.orm
        .select()
        .from(db.t.workspaces)
        .where(eq(db.t.workspaces.id, ofOrg.id));
      expect(rows).toEqual([]);
    });
  });

  it("documents every route, the cascade included", async () => {
    const doc = await json(await api("/openapi.json"));
    expect(Object.keys(doc.paths["/v1/workspaces"])).toEqual(["get", "post"]);
    const item = doc.paths["/v1/workspaces/{id}"];
    expect(Object.keys(item)).toEqual(expect.arrayContaining(["get", "patch", "delete"]));
    expect(item.delete.summary).toMatch(/cascade/);
  });
});
