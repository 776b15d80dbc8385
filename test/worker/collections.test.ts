/**
 * Collections over HTTP: creating manual collections for yourself or a
 * workspace you may create in, reading and listing them through the permission
 * engine, changing them, and deleting manual ones with everything naming them.
 */
import { eq, inArray, or } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { uuidv7 } from "../../src/db/ids";
import type { CollectionKind } from "../../src/db/schema";
import { staticCollectionRows } from "../../src/db/static-collections";
import { api, dialect, json, postJson, testDatabase } from "./support/api";
import {
  bearer,
  ensureActions,
  grant,
  makeApiKey,
  makeOrganization,
  makeResource,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";

type Owner = { type: "user" | "workspace"; id: string };

async function makeStaticCollections(db: Database, owner: Owner) {
  const rows = staticCollectionRows(owner).map((row) => ({ ...row, id: uuidv7() }));
  await db.atomic((orm) => db.insertChunks(orm, db.t.collections, rows));
  return Object.fromEntries(rows.map((row) => [row.kind, row.id])) as Record<
    CollectionKind,
    string
  >;
}

describe(`collections on ${dialect}`, () => {
  let db: Database;
  let owner: { id: string };
  let ownerKey: string;
  let stranger: { id: string };
  let strangerKey: string;
  let ownerStatic: Record<CollectionKind, string>;

  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["resources", "workspaces", "collections"]);
    owner = await makeUser(db);
    ownerKey = (await makeApiKey(db, { type: "user", id: owner.id })).key;
    stranger = await makeUser(db);
    strangerKey = (await makeApiKey(db, { type: "user", id: stranger.id })).key;
    ownerStatic = await makeStaticCollections(db, { type: "user", id: owner.id });
  });

  const create = (body: unknown, key: string) =>
    postJson("/v1/collections", body, { headers: bearer(key) });

  it("creates manual collections for the caller or a workspace it may create in", async () => {
    const mine = await create({ name: "Reading list", description: "Later" }, ownerKey);
    expect(mine.status).toBe(201);
    expect((await json(mine)).data).toMatchObject({
      owner: { type: "user", id: owner.id },
      name: "Reading list",
      description: "Later",
      type: "manual",
      kind: null,
      status: "LISTED",
    });

    const workspace = await makeWorkspace(db, { type: "user", id: owner.id });
    const forWorkspace = await create(
      { name: "Picks", owner: { type: "workspace", id: workspace.id }, status: "UNLISTED" },
      ownerKey,
    );
    expect(forWorkspace.status).toBe(201);
    expect((await json(forWorkspace)).data).toMatchObject({
      owner: { type: "workspace", id: workspace.id },
      status: "UNLISTED",
    });

    // A workspace key creates for its workspace by default.
    const workspaceKey = (await makeApiKey(db, { type: "workspace", id: workspace.id })).key;
    const byWorkspace = await create({ name: "From the workspace key" }, workspaceKey);
    expect((await json(byWorkspace)).data.owner).toEqual({ type: "workspace", id: workspace.id });
  });

  it("refuses owners the caller may not create for, and callers who may not create", async () => {
    const workspace = await makeWorkspace(db, { type: "user", id: owner.id });
    const hidden = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
    const cases: [unknown, string, number][] = [
      [{ name: "X", owner: { type: "workspace", id: workspace.id } }, strangerKey, 403],
      [{ name: "X", owner: { type: "user", id: owner.id } }, strangerKey, 403],
      [{ name: "X", owner: { type: "workspace", id: hidden.id } }, strangerKey, 422],
      [{ name: "X", owner: { type: "workspace", id: uuidv7() } }, ownerKey, 422],
      [{ name: "X", owner: { type: "organization", id: uuidv7() } }, ownerKey, 422],
      [{ name: "X", type: "static", kind: "likes" }, ownerKey, 422],
      [{ name: "" }, ownerKey, 422],
      [{ name: "x".repeat(201) }, ownerKey, 422],
      [{ name: "X", status: "HIDDEN" }, ownerKey, 422],
    ];
    for (const [body, key, status] of cases) {
      const response = await create(body, key);
      expect(response.status, JSON.stringify(body)).toBe(status);
    }
    // Organizations own no collections: their keys must name a workspace.
    const organization = await makeOrganization(db);
    const orgKey = (await makeApiKey(db, { type: "organization", id: organization.id })).key;
    expect((await create({ name: "X" }, orgKey)).status).toBe(422);
    const orgWorkspace = await makeWorkspace(db, { type: "organization", id: organization.id });
    const forOrgWorkspace = await create(
      { name: "X", owner: { type: "workspace", id: orgWorkspace.id } },
      orgKey,
    );
    expect(forOrgWorkspace.status).toBe(201);

    expect((await postJson("/v1/collections", { name: "X" })).status).toBe(401);
    const readOnly = (await makeApiKey(db, { type: "user", id: owner.id }, ["collections:read"]))
      .key;
    const refused = await create({ name: "X" }, readOnly);
    expect(refused.status).toBe(403);
    expect((await json(refused)).error.code).toBe("insufficient_scope");
  });

  it("reads a collection when the engine allows: LISTED and public, owned, or granted", async () => {
    const listed = (await json(await create({ name: "Open" }, ownerKey))).data.id;
    const unlisted = (await json(await create({ name: "Shut", status: "UNLISTED" }, ownerKey))).data
      .id;
    const hidden = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
    const inHidden = (
      await json(
        await create({ name: "In", owner: { type: "workspace", id: hidden.id } }, ownerKey),
      )
    ).data.id;
    const get = (id: string, key?: string) =>
      api(`/v1/collections/${id}`, key ? { headers: bearer(key) } : {});

    expect((await get(listed)).status).toBe(200);
    expect((await get(listed, strangerKey)).status).toBe(200);
    expect((await get(unlisted, strangerKey)).status).toBe(404);
    expect((await get(inHidden, strangerKey)).status).toBe(404);
    expect((await get(unlisted, ownerKey)).status).toBe(200);
    expect((await get(inHidden, ownerKey)).status).toBe(200);
    expect((await get(uuidv7(), ownerKey)).status).toBe(404);

    await grant(
      db,
      { type: "user", id: stranger.id },
      { type: "collection", id: unlisted },
      "collections:read",
      "allow",
    );
    expect((await get(unlisted, strangerKey)).status).toBe(200);
  });

  it("lists what the caller may read, with filters, sorts, paging and a total", async () => {
    const author = await makeUser(db);
    const authorKey = (await makeApiKey(db, { type: "user", id: author.id })).key;
    const mine = await makeStaticCollections(db, { type: "user", id: author.id });
    const names = ["Beta", "Alpha", "Gamma"];
    const manual: string[] = [];
    for (const name of names) {
      manual.push((await json(await create({ name }, authorKey))).data.id);
    }
    const hidden = (await json(await create({ name: "Hidden", status: "UNLISTED" }, authorKey)))
      .data.id;
    const list = async (query: string, key?: string) => {
      const response = await api(
        `/v1/collections?owner_type=user&owner_id=${author.id}&${query}`,
        key ? { headers: bearer(key) } : {},
      );
      expect(response.status, query).toBe(200);
      return json(response);
    };

    const all = await list("limit=100&count=true", authorKey);
    expect(all.meta.total).toBe(7 + 4);
    expect(all.data).toHaveLength(11);
    const seen = await list("limit=100&count=true", strangerKey);
    // Bookmarks are unlisted, and so is "Hidden".
    expect(seen.meta.total).toBe(6 + 3);
    expect(seen.data.map((c: { id: string }) => c.id)).not.toContain(hidden);
    expect(seen.data.map((c: { id: string }) => c.id)).not.toContain(mine.bookmarks);

    const manualOnly = await list("type=manual&sort=name", strangerKey);
    expect(manualOnly.data.map((c: { name: string }) => c.name)).toEqual([
      "Alpha",
      "Beta",
      "Gamma",
    ]);
    const likes = await list("kind=likes");
    expect(likes.data.map((c: { id: string }) => c.id)).toEqual([mine.likes]);

    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Record<string, any> = await list(
        `limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        authorKey,
      );
      pages.push(...page.data.map((c: { id: string }) => c.id));
      cursor = page.meta.next_cursor;
    } while (cursor);
    expect(pages).toEqual(all.data.map((c: { id: string }) => c.id));
    // Newest first by default.
    expect(pages.slice(0, 4)).toEqual([hidden, ...[...manual].reverse()]);

    for (const query of ["kind=shelf", "owner_type=team", "sort=title", "color=red", "limit=0"]) {
      const response = await api(`/v1/collections?${query}`);
      expect(response.status, query).toBe(400);
    }
  });

  it("lists a user's and a workspace's collections, engine-filtered", async () => {
    const author = await makeUser(db);
    const authorKey = (await makeApiKey(db, { type: "user", id: author.id })).key;
    await makeStaticCollections(db, { type: "user", id: author.id });
    await create({ name: "Private", status: "UNLISTED" }, authorKey);
    const userList = async (key: string) =>
      json(await api(`/v1/users/${author.id}/collections?count=true`, { headers: bearer(key) }));
    expect((await userList(authorKey)).meta.total).toBe(8);
    expect((await userList(strangerKey)).meta.total).toBe(6);
    const byKind = await api(`/v1/users/${author.id}/collections?kind=following`);
    expect((await json(byKind)).data).toHaveLength(1);
    expect((await api(`/v1/users/${uuidv7()}/collections`)).status).toBe(404);
    // The owner is in the path: no owner filters here.
    expect((await api(`/v1/users/${author.id}/collections?owner_id=${author.id}`)).status).toBe(
      400,
    );

    const open = await makeWorkspace(db, { type: "user", id: author.id });
    const shut = await makeWorkspace(db, { type: "user", id: author.id }, "private");
    await makeStaticCollections(db, { type: "workspace", id: open.id });
    await makeStaticCollections(db, { type: "workspace", id: shut.id });
    const openList = await api(`/v1/workspaces/${open.id}/collections?limit=100`);
    expect(openList.status).toBe(200);
    const openData = (await json(openList)).data as { owner: Owner; kind: string }[];
    expect(openData).toHaveLength(6);
    expect(openData.every((c) => c.owner.type === "workspace" && c.owner.id === open.id)).toBe(
      true,
    );
    expect(
      (await api(`/v1/workspaces/${shut.id}/collections`, { headers: bearer(strangerKey) })).status,
    ).toBe(404);
    const shutList = await api(`/v1/workspaces/${shut.id}/collections?limit=100`, {
      headers: bearer(authorKey),
    });
    expect((await json(shutList)).data).toHaveLength(7);
    expect((await api(`/v1/workspaces/${uuidv7()}/collections`)).status).toBe(404);
  });

  it("changes name, description and status; static collections keep their type and kind", async () => {
    const mine = ownerStatic;
    const manual = (await json(await create({ name: "Old" }, ownerKey))).data.id;
    const patch = (id: string, body: unknown, key: string) =>
      postJson(`/v1/collections/${id}`, body, { method: "PATCH", headers: bearer(key) });

    const renamed = await patch(manual, { name: "New", description: null }, ownerKey);
    expect(renamed.status).toBe(200);
    expect((await json(renamed)).data).toMatchObject({ name: "New", description: null });

    const favourites = await patch(
      mine.likes,
      { name: "Favourites", status: "UNLISTED" },
      ownerKey,
    );
    expect(favourites.status).toBe(200);
    expect((await json(favourites)).data).toMatchObject({
      name: "Favourites",
      status: "UNLISTED",
      type: "static",
      kind: "likes",
    });

    for (const body of [{ type: "manual" }, { kind: null }, {}, { name: "" }]) {
      expect((await patch(manual, body, ownerKey)).status, JSON.stringify(body)).toBe(422);
    }
    // A stranger may read the manual collection but not change it; the unlisted likes it cannot see.
    expect((await patch(manual, { name: "Mine" }, strangerKey)).status).toBe(403);
    expect((await patch(mine.likes, { name: "Mine" }, strangerKey)).status).toBe(404);
    await grant(
      db,
      { type: "user", id: stranger.id },
      { type: "collection", id: manual },
      "collections:write",
      "allow",
    );
    expect((await patch(manual, { name: "Shared" }, strangerKey)).status).toBe(200);
  });

  it("deletes a manual collection with everything naming it; static ones only with their owner", async () => {
    const mine = ownerStatic;
    const doomed = (await json(await create({ name: "Doomed" }, ownerKey))).data.id;
    const keeper = (await json(await create({ name: "Keeper" }, ownerKey))).data.id;
    const inner = (await json(await create({ name: "Inner" }, ownerKey))).data.id;
    const resource = await makeResource(db, { type: "user", id: owner.id });
    const headers = bearer(ownerKey);
    const add = (into: string, item_type: string, item_id: string) =>
      postJson(`/v1/collections/${into}/items`, { item_type, item_id }, { headers });
    expect((await add(doomed, "resource", resource.id)).status).toBe(201);
    expect((await add(doomed, "collection", inner)).status).toBe(201);
    expect((await add(keeper, "collection", doomed)).status).toBe(201);
    expect((await add(keeper, "resource", resource.id)).status).toBe(201);
    const filter = await postJson(
      `/v1/collections/${doomed}/filters`,
      { item_type: "user", mode: "hidden" },
      { headers },
    );
    expect(filter.status).toBe(201);
    await grant(
      db,
      { type: "user", id: stranger.id },
      { type: "collection", id: doomed },
      "collections:read",
      "allow",
    );
    await db.orm.insert(db.t.engagements).values({
      subjectType: "user",
      subjectId: stranger.id,
      action: "like",
      objectType: "collection",
      objectId: doomed,
      singleton: true,
    });

    const remove = (id: string, key: string) =>
      api(`/v1/collections/${id}`, { method: "DELETE", headers: bearer(key) });
    expect((await remove(doomed, strangerKey)).status).toBe(403);
    const staticDelete = await remove(mine.likes, ownerKey);
    expect(staticDelete.status).toBe(409);
    expect((await json(staticDelete)).error.message).toMatch(/with their owner/);
    expect((await remove(doomed, ownerKey)).status).toBe(204);
    expect((await remove(doomed, ownerKey)).status).toBe(404);

    const { t } = db;
    const naming = await Promise.all([
      db.orm
        .select()
        .from(t.collectionItems)
        .where(
          or(eq(t.collectionItems.collectionId, doomed), eq(t.collectionItems.itemId, doomed)),
        ),
      db.orm
        .select()
        .from(t.collectionItemFilters)
        .where(eq(t.collectionItemFilters.collectionId, doomed)),
      db.orm.select().from(t.permissions).where(eq(t.permissions.objectId, doomed)),
      db.orm.select().from(t.engagements).where(eq(t.engagements.objectId, doomed)),
    ]);
    expect(naming).toEqual([[], [], [], []]);
    // What the collection held, and what else held it, stay.
    const kept = await db.orm
      .select({ id: t.collections.id })
      .from(t.collections)
      .where(inArray(t.collections.id, [keeper, inner, mine.likes]));
    expect(kept).toHaveLength(3);
    const keeperItems = await db.orm
      .select()
      .from(t.collectionItems)
      .where(eq(t.collectionItems.collectionId, keeper));
    expect(keeperItems.map((item) => item.itemId)).toEqual([resource.id]);
  });

  it("declares every collection route in the OpenAPI document", async () => {
    const doc = await json(await api("/openapi.json"));
    const routes = Object.entries(doc.paths as Record<string, object>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        "get /v1/collections",
        "post /v1/collections",
        "get /v1/collections/{id}",
        "patch /v1/collections/{id}",
        "delete /v1/collections/{id}",
        "get /v1/users/{id}/collections",
        "get /v1/workspaces/{id}/collections",
        "get /v1/collections/{id}/items",
        "post /v1/collections/{id}/items",
        "put /v1/collections/{id}/items/order",
        "delete /v1/collections/{id}/items/{itemId}",
        "get /v1/collections/{id}/filters",
        "post /v1/collections/{id}/filters",
        "delete /v1/collections/{id}/filters/{filterId}",
      ]),
    );
  });

  it("never answers 500 to malformed requests", async () => {
    const headers = bearer(ownerKey);
    const paths: [string, RequestInit, number][] = [
      ["/v1/collections/nope", {}, 400],
      ["/v1/collections/nope", { method: "PATCH", headers }, 400],
      ["/v1/collections/nope", { method: "DELETE", headers }, 400],
      [`/v1/collections/${uuidv7()}?x=1`, {}, 400],
      ["/v1/collections?cursor=%%%", {}, 400],
      ["/v1/collections?owner_id=nope", {}, 400],
      ["/v1/users/nope/collections", {}, 400],
      ["/v1/workspaces/nope/collections", {}, 400],
    ];
    for (const [path, init, status] of paths) {
      const response = await api(path, init);
      expect(response.status, path).toBe(status);
      expect((await json(response)).error.request_id).toBeTypeOf("string");
    }
    for (const body of [null, [], "x", 1, { name: 1 }, { name: "X", owner: "me" }]) {
      const response = await create(body, ownerKey);
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
  });
});
