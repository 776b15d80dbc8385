/**
 * Item filters: a collection's curator hides items by type, by one item or by
 * engagement action, and carves exceptions with more specific `shown` filters;
 * every listing that reaches the collection applies them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { uuidv7 } from "../../src/db/ids";
import type { CollectionKind } from "../../src/db/schema";
import { staticCollectionRows } from "../../src/db/static-collections";
import { api, dialect, json, postJson, testDatabase } from "./support/api";
import {
  bearer,
  engage,
  ensureActions,
  makeApiKey,
  makeResource,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";

type ItemType = "resource" | "user" | "workspace" | "collection";

describe(`collection item filters on ${dialect}`, () => {
  let db: Database;
  let curator: { id: string };
  let key: string;
  let strangerKey: string;

  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["resources", "workspaces", "collections"]);
    curator = await makeUser(db);
    key = (await makeApiKey(db, { type: "user", id: curator.id })).key;
    strangerKey = (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id })).key;
  });

  const headers = () => bearer(key);

  async function makeCollection(name = "Shelf", status: "LISTED" | "UNLISTED" = "LISTED") {
    const response = await postJson("/v1/collections", { name, status }, { headers: headers() });
    expect(response.status).toBe(201);
    return (await json(response)).data.id as string;
  }

  async function add(collection: string, item_type: ItemType, item_id: string) {
    const response = await postJson(
      `/v1/collections/${collection}/items`,
      { item_type, item_id },
      { headers: headers() },
    );
    expect(response.status).toBe(201);
  }

  async function filter(collection: string, body: Record<string, unknown>) {
    const response = await postJson(`/v1/collections/${collection}/filters`, body, {
      headers: headers(),
    });
    expect(response.status, JSON.stringify(body)).toBe(201);
    return (await json(response)).data.id as string;
  }

  async function shown(collection: string) {
    const response = await api(`/v1/collections/${collection}/items?limit=100`, {
      headers: headers(),
    });
    expect(response.status).toBe(200);
    return ((await json(response)).data as { item_type: string; item_id: string }[]).map(
      (item) => `${item.item_type}:${item.item_id}`,
    );
  }

  it("hides by type and by item, with more specific `shown` filters as exceptions", async () => {
    const shelf = await makeCollection();
    const first = await makeResource(db, { type: "user", id: curator.id });
    const second = await makeResource(db, { type: "user", id: curator.id });
    const person = await makeUser(db);
    const workspace = await makeWorkspace(db, { type: "user", id: curator.id });
    await add(shelf, "resource", first.id);
    await add(shelf, "resource", second.id);
    await add(shelf, "user", person.id);
    await add(shelf, "workspace", workspace.id);

    const hideUsers = await filter(shelf, { item_type: "user", mode: "hidden" });
    expect(await shown(shelf)).toEqual([
      `resource:${first.id}`,
      `resource:${second.id}`,
      `workspace:${workspace.id}`,
    ]);
    await filter(shelf, { item_type: "resource", mode: "hidden" });
    await filter(shelf, { item_type: "resource", item_id: second.id, mode: "shown" });
    expect(await shown(shelf)).toEqual([`resource:${second.id}`, `workspace:${workspace.id}`]);
    // An item-level `hidden` beats nothing more specific.
    await filter(shelf, { item_type: "workspace", item_id: workspace.id, mode: "hidden" });
    expect(await shown(shelf)).toEqual([`resource:${second.id}`]);

    const removal = await api(`/v1/collections/${shelf}/filters/${hideUsers}`, {
      method: "DELETE",
      headers: headers(),
    });
    expect(removal.status).toBe(204);
    expect(await shown(shelf)).toEqual([`resource:${second.id}`, `user:${person.id}`]);
    const again = await api(`/v1/collections/${shelf}/filters/${hideUsers}`, {
      method: "DELETE",
      headers: headers(),
    });
    expect(again.status).toBe(404);
  });

  it("filters a static engagement collection's items by action, inside a manual one", async () => {
    const fan = await makeUser(db);
    const fanKey = (await makeApiKey(db, { type: "user", id: fan.id })).key;
    const rows = staticCollectionRows({ type: "user", id: fan.id }).map((row) => ({
      ...row,
      id: uuidv7(),
    }));
    await db.atomic((orm) => db.insertChunks(orm, db.t.collections, rows));
    const fanStatic = Object.fromEntries(rows.map((row) => [row.kind, row.id])) as Record<
      CollectionKind,
      string
    >;
    const followed = await makeUser(db);
    const workspace = await makeWorkspace(db, { type: "user", id: curator.id });
    const liked = await makeResource(db, { type: "user", id: curator.id });
    await engage(db, fan.id, "follow", { type: "user", id: followed.id });
    await engage(db, fan.id, "follow", { type: "workspace", id: workspace.id });
    await db.orm.insert(db.t.engagements).values({
      subjectType: "user",
      subjectId: fan.id,
      action: "like",
      objectType: "resource",
      objectId: liked.id,
      singleton: true,
    });

    const digest = await makeCollection("Digest");
    await add(digest, "collection", fanStatic.following);
    await add(digest, "collection", fanStatic.likes);
    expect(await shown(digest)).toEqual([
      `collection:${fanStatic.following}`,
      `user:${followed.id}`,
      `workspace:${workspace.id}`,
      `collection:${fanStatic.likes}`,
      `resource:${liked.id}`,
    ]);
    await filter(digest, { engagement_action: "follow", mode: "hidden" });
    await filter(digest, { engagement_action: "follow", item_type: "user", mode: "shown" });
    // Type and action together beat action alone; filters by action leave stored items alone.
    expect(await shown(digest)).toEqual([
      `collection:${fanStatic.following}`,
      `user:${followed.id}`,
      `collection:${fanStatic.likes}`,
      `resource:${liked.id}`,
    ]);

    // The fan's own filter on its static likes applies wherever they are shown.
    const own = await postJson(
      `/v1/collections/${fanStatic.likes}/filters`,
      { item_type: "resource", item_id: liked.id, mode: "hidden" },
      { headers: bearer(fanKey) },
    );
    expect(own.status).toBe(201);
    expect(await shown(digest)).toEqual([
      `collection:${fanStatic.following}`,
      `user:${followed.id}`,
      `collection:${fanStatic.likes}`,
    ]);
  });

  it("hides what a hidden nested collection holds", async () => {
    const outer = await makeCollection("Outer");
    const inner = await makeCollection("Inner");
    const resource = await makeResource(db, { type: "user", id: curator.id });
    await add(outer, "collection", inner);
    await add(inner, "resource", resource.id);
    // Listed alone, the inner collection is unaffected by the outer one's filters.
    await filter(outer, { item_type: "collection", item_id: inner, mode: "hidden" });
    expect(await shown(outer)).toEqual([]);
    expect(await shown(inner)).toEqual([`resource:${resource.id}`]);
  });

  it("keeps filters to those who may change the collection, and validates them", async () => {
    const shelf = await makeCollection();
    const unlisted = await makeCollection("Private", "UNLISTED");
    const id = await filter(shelf, { item_type: "user", mode: "hidden" });
    const listed = await json(
      await api(`/v1/collections/${shelf}/filters?count=true`, { headers: headers() }),
    );
    expect(listed.data).toEqual([
      {
        id,
        collection_id: shelf,
        item_type: "user",
        item_id: null,
        engagement_action: null,
        mode: "hidden",
        created_at: expect.any(String),
        updated_at: expect.any(String),
      },
    ]);
    expect(listed.meta.total).toBe(1);

    const asStranger = { headers: bearer(strangerKey) };
    expect((await api(`/v1/collections/${shelf}/filters`, asStranger)).status).toBe(403);
    expect((await api(`/v1/collections/${unlisted}/filters`, asStranger)).status).toBe(404);
    const foreign = await postJson(
      `/v1/collections/${shelf}/filters`,
      { item_type: "user", mode: "shown" },
      asStranger,
    );
    expect(foreign.status).toBe(403);
    const foreignDelete = await api(`/v1/collections/${shelf}/filters/${id}`, {
      method: "DELETE",
      ...asStranger,
    });
    expect(foreignDelete.status).toBe(403);
    // A filter of another collection is not this one's to delete.
    const other = await makeCollection();
    const elsewhere = await api(`/v1/collections/${other}/filters/${id}`, {
      method: "DELETE",
      headers: headers(),
    });
    expect(elsewhere.status).toBe(404);

    const invalid: unknown[] = [
      { mode: "hidden" },
      { item_id: uuidv7(), mode: "hidden" },
      { item_type: "user" },
      { item_type: "user", mode: "maybe" },
      { engagement_action: "wave", mode: "hidden" },
      { item_type: "user", mode: "hidden", extra: 1 },
    ];
    for (const body of invalid) {
      const response = await postJson(`/v1/collections/${shelf}/filters`, body, {
        headers: headers(),
      });
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
    for (const path of [
      `/v1/collections/${shelf}/filters?mode=sometimes`,
      `/v1/collections/${shelf}/filters?cursor=x`,
      "/v1/collections/nope/filters",
    ]) {
      expect((await api(path, { headers: headers() })).status, path).toBe(400);
    }
    const missing = await postJson(
      `/v1/collections/${uuidv7()}/filters`,
      { item_type: "user", mode: "hidden" },
      { headers: headers() },
    );
    expect(missing.status).toBe(404);
  });
});
