/**
 * The collection contract (docs/architecture.md §7) over HTTP: static collections derive
 * their items at read time, manual ones hold what was added, chains of nested
 * collections resolve in one query with the origin rule and a depth bound,
 * cycles are refused, and every item shown passes the caller's read permission.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { uuidv7 } from "../../src/db/ids";
import type { CollectionKind } from "../../src/db/schema";
import { staticCollectionRows } from "../../src/db/static-collections";
import { MAX_DEPTH } from "../../src/domains/collections/item-tree";
import { api, dialect, json, postJson, rowsReadOf, testDatabase } from "./support/api";
import {
  bearer,
  engage,
  ensureActions,
  grant,
  makeApiKey,
  makeResource,
  makeResources,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";

type Owner = { type: "user" | "workspace"; id: string };
type ItemType = "resource" | "user" | "workspace" | "collection";
interface Item {
  id: string | null;
  item_type: ItemType;
  item_id: string;
  origin_collection_id: string;
  depth: number;
  position: number | null;
  item: Record<string, unknown>;
}

/** The owner's static collections (as its creation writes them), by kind. */
async function makeStaticCollections(db: Database, owner: Owner) {
  const rows = staticCollectionRows(owner).map((row) => ({ ...row, id: uuidv7() }));
  await db.atomic((orm) => db.insertChunks(orm, db.t.collections, rows));
  return Object.fromEntries(rows.map((row) => [row.kind, row.id])) as Record<
    CollectionKind,
    string
  >;
}

async function makeManual(db: Database, owner: Owner, status: "LISTED" | "UNLISTED" = "LISTED") {
  const [row] = await db.insertReturning(db.t.collections, [
    { ownerType: owner.type, ownerId: owner.id, name: "Manual", type: "manual", status },
  ]);
  return row!.id;
}

async function hold(
  db: Database,
  collectionId: string,
  items: [ItemType, string][],
  firstPosition = 0,
) {
  const rows = items.map(([itemType, itemId], index) => ({
    id: uuidv7(),
    collectionId,
    itemType,
    itemId,
    position: firstPosition + index,
  }));
  await db.atomic((orm) => db.insertChunks(orm, db.t.collectionItems, rows));
}

async function like(db: Database, userId: string, object: { type: ItemType; id: string }) {
  const [row] = await db.insertReturning(db.t.engagements, [
    {
      subjectType: "user",
      subjectId: userId,
      action: "like",
      objectType: object.type,
      objectId: object.id,
      singleton: true,
    },
  ]);
  return row!;
}

/** Every item of a collection, page by page. */
/** Every item of a collection, page by page: every page but the last is full. */
async function allItems(id: string, headers: Record<string, string> = {}, limit = 100) {
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
    const response = await api(`/v1/collections/${id}/items?${query}`, { headers });
    expect(response.status).toBe(200);
    const body = await json(response);
    items.push(...body.data);
    cursor = body.meta.next_cursor;
    expect(body.meta.has_more).toBe(cursor !== null);
    if (cursor) expect(body.data).toHaveLength(limit);
  } while (cursor);
  return items;
}

const brief = (items: Item[]) =>
  items.map((item) => [item.item_type, item.item_id, item.origin_collection_id, item.depth]);

describe(`collection items on ${dialect}`, () => {
  let db: Database;
  let owner: { id: string };
  let ownerKey: string;
  let stranger: { id: string };
  let strangerKey: string;

  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["resources", "workspaces", "collections"]);
    owner = await makeUser(db);
    ownerKey = (await makeApiKey(db, { type: "user", id: owner.id })).key;
    stranger = await makeUser(db);
    strangerKey = (await makeApiKey(db, { type: "user", id: stranger.id })).key;
  });

  it("resolves a three-level chain, showing each resource by the rule of its origin", async () => {
    const workspace = await makeWorkspace(db, { type: "user", id: owner.id });
    const wsStatic = await makeStaticCollections(db, { type: "workspace", id: workspace.id });
    const listed = await makeResource(db, { type: "workspace", id: workspace.id }, "LISTED");
    const unlisted = await makeResource(db, { type: "workspace", id: workspace.id }, "UNLISTED");
    const direct = await makeResource(db, { type: "user", id: owner.id });
    const a = await makeManual(db, { type: "user", id: owner.id });
    const b = await makeManual(db, { type: "user", id: owner.id });
    const c = wsStatic.resources;
    const headers = bearer(ownerKey);
    const add = (into: string, item_type: ItemType, item_id: string) =>
      postJson(`/v1/collections/${into}/items`, { item_type, item_id }, { headers });

    expect((await add(a, "collection", b)).status).toBe(201);
    expect((await add(a, "resource", direct.id)).status).toBe(201);
    expect((await add(b, "collection", c)).status).toBe(201);
    const added = await add(b, "resource", unlisted.id);
    expect(added.status).toBe(201);
    expect((await json(added)).data).toMatchObject({
      item_type: "resource",
      item_id: unlisted.id,
      origin_collection_id: b,
      depth: 1,
      position: 1,
      item: { id: unlisted.id, status: "UNLISTED" },
    });

    const items = await allItems(a, headers);
    expect(brief(items)).toEqual([
      ["collection", b, a, 1],
      ["collection", c, b, 2],
      // Through the static `resources` collection: only the LISTED one.
      ["resource", listed.id, c, 3],
      // Held by B itself (manual): shown although UNLISTED.
      ["resource", unlisted.id, b, 2],
      ["resource", direct.id, a, 1],
    ]);
    expect(items[0]).toMatchObject({ position: 0, item: { id: b, type: "manual" } });
    expect(items[1]).toMatchObject({ item: { id: c, type: "static", kind: "resources" } });
    // Derived items are not stored: no id, no position.
    expect(items[2]).toMatchObject({ id: null, position: null, item: { title: listed.title } });

    // The static collection alone shows only what is LISTED too.
    expect(brief(await allItems(c, headers))).toEqual([["resource", listed.id, c, 1]]);
  });

  it("derives static engagement collections from engagements made after their creation", async () => {
    const fan = await makeUser(db);
    const fanKey = (await makeApiKey(db, { type: "user", id: fan.id })).key;
    const fanStatic = await makeStaticCollections(db, { type: "user", id: fan.id });
    const headers = bearer(fanKey);
    expect(await allItems(fanStatic.likes, headers)).toEqual([]);

    const liked = await makeResource(db, { type: "user", id: owner.id }, "UNLISTED");
    const likedToo = await makeResource(db, { type: "user", id: owner.id });
    const workspace = await makeWorkspace(db, { type: "user", id: owner.id });
    const likedEngagement = await like(db, fan.id, { type: "resource", id: liked.id });
    await like(db, fan.id, { type: "resource", id: likedToo.id });
    await engage(db, fan.id, "follow", { type: "user", id: owner.id });
    await engage(db, fan.id, "follow", { type: "workspace", id: workspace.id });

    // The UNLISTED resource is not the fan's to read: liking it does not show it.
    expect(brief(await allItems(fanStatic.likes, headers))).toEqual([
      ["resource", likedToo.id, fanStatic.likes, 1],
    ]);
    // Its owner may read it, so the owner sees the fan's like of it (the likes are listed).
    expect(brief(await allItems(fanStatic.likes, bearer(ownerKey)))).toEqual([
      ["resource", liked.id, fanStatic.likes, 1],
      ["resource", likedToo.id, fanStatic.likes, 1],
    ]);
    const following = await allItems(fanStatic.following, headers);
    expect(brief(following)).toEqual([
      ["user", owner.id, fanStatic.following, 1],
      ["workspace", workspace.id, fanStatic.following, 1],
    ]);
    // Profiles show without their email to others.
    expect(following[0]!.item).toMatchObject({ id: owner.id, display_name: "User" });
    expect(following[0]!.item.email).toBeUndefined();

    // Undone engagements leave at once: nothing was copied.
    await db.orm.delete(db.t.engagements).where(eq(db.t.engagements.id, likedEngagement.id));
    expect(brief(await allItems(fanStatic.likes, bearer(ownerKey)))).toEqual([
      ["resource", likedToo.id, fanStatic.likes, 1],
    ]);

    // Held by a manual collection, a static engagement collection is the origin of its items.
    const shelf = await makeManual(db, { type: "user", id: fan.id });
    await hold(db, shelf, [["collection", fanStatic.likes]]);
    expect(brief(await allItems(shelf, headers))).toEqual([
      ["collection", fanStatic.likes, shelf, 1],
      ["resource", likedToo.id, fanStatic.likes, 2],
    ]);
  });

  it("refuses cycles: itself, and a collection that already holds it", async () => {
    const headers = bearer(ownerKey);
    const a = await makeManual(db, { type: "user", id: owner.id });
    const b = await makeManual(db, { type: "user", id: owner.id });
    const c = await makeManual(db, { type: "user", id: owner.id });
    const add = (into: string, id: string) =>
      postJson(
        `/v1/collections/${into}/items`,
        { item_type: "collection", item_id: id },
        { headers },
      );

    const itself = await add(a, a);
    expect(itself.status).toBe(422);
    expect((await json(itself)).error.code).toBe("validation_failed");
    expect((await add(a, b)).status).toBe(201);
    expect((await add(b, a)).status).toBe(422);
    expect((await add(b, c)).status).toBe(201);
    // A → B → C: C may not hold A (through B), but A may hold C directly too.
    expect((await add(c, a)).status).toBe(422);
    expect((await add(a, c)).status).toBe(201);
    const stored = await db.orm
      .select()
      .from(db.t.collectionItems)
      .where(eq(db.t.collectionItems.itemId, a));
    expect(stored).toEqual([]);
  });

  it(`reaches ${MAX_DEPTH} levels deep and no further`, async () => {
    const chain: string[] = [];
    const resources: string[] = [];
    for (let level = 0; level <= MAX_DEPTH + 1; level++) {
      chain.push(await makeManual(db, { type: "user", id: owner.id }));
      resources.push((await makeResource(db, { type: "user", id: owner.id })).id);
    }
    for (let level = 0; level < chain.length; level++) {
      const next = chain[level + 1];
      await hold(db, chain[level]!, [
        ["resource", resources[level]!],
        ...(next ? ([["collection", next]] as [ItemType, string][]) : []),
      ]);
    }
    const items = await allItems(chain[0]!, bearer(ownerKey));
    const expected: unknown[] = [];
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      expected.push(["resource", resources[depth - 1], chain[depth - 1], depth]);
      expected.push(["collection", chain[depth], chain[depth - 1], depth]);
    }
    // The collection at the last depth is shown but not opened.
    expect(brief(items)).toEqual(expected);
    expect(items.map((item) => item.item_id)).not.toContain(resources[MAX_DEPTH]);
  });

  it("shows each item only to callers who may read it", async () => {
    const privateOwner = await makeUser(db);
    const privateKey = (await makeApiKey(db, { type: "user", id: privateOwner.id })).key;
    const hidden = await makeWorkspace(db, { type: "user", id: privateOwner.id }, "private");
    const secret = await makeResource(db, { type: "workspace", id: hidden.id });
    const open = await makeResource(db, { type: "user", id: owner.id });
    const secretShelf = await makeManual(db, { type: "user", id: privateOwner.id }, "UNLISTED");
    const inSecretShelf = await makeResource(db, { type: "user", id: privateOwner.id });
    await hold(db, secretShelf, [["resource", inSecretShelf.id]]);
    const board = await makeManual(db, { type: "user", id: owner.id });
    await hold(db, board, [
      ["resource", secret.id],
      ["resource", open.id],
      ["workspace", hidden.id],
      ["collection", secretShelf],
    ]);

    // A stranger sees the public resource only; the private workspace, its
    // resource and the unlisted collection (and what it holds) are hidden.
    expect(brief(await allItems(board, bearer(strangerKey)))).toEqual([
      ["resource", open.id, board, 1],
    ]);
    // The private workspace's owner sees them all.
    expect(brief(await allItems(board, bearer(privateKey)))).toEqual([
      ["resource", secret.id, board, 1],
      ["resource", open.id, board, 1],
      ["workspace", hidden.id, board, 1],
      ["collection", secretShelf, board, 1],
      ["resource", inSecretShelf.id, secretShelf, 2],
    ]);
    // Guests see what is public.
    expect(brief(await allItems(board))).toEqual([["resource", open.id, board, 1]]);
    // A key without resources:read reads no resource through a collection either.
    const narrowKey = (
      await makeApiKey(db, { type: "user", id: privateOwner.id }, ["collections:read"])
    ).key;
    expect(brief(await allItems(board, bearer(narrowKey)))).toEqual([
      ["collection", secretShelf, board, 1],
    ]);
  });

  it("answers 404 for a collection the caller may not read, and for none at all", async () => {
    const unlisted = await makeManual(db, { type: "user", id: owner.id }, "UNLISTED");
    const resource = await makeResource(db, { type: "user", id: owner.id });
    await hold(db, unlisted, [["resource", resource.id]]);
    expect(
      (await api(`/v1/collections/${unlisted}/items`, { headers: bearer(strangerKey) })).status,
    ).toBe(404);
    expect((await api(`/v1/collections/${unlisted}/items`)).status).toBe(404);
    expect(
      (await api(`/v1/collections/${uuidv7()}/items`, { headers: bearer(ownerKey) })).status,
    ).toBe(404);
    expect(await allItems(unlisted, bearer(ownerKey))).toHaveLength(1);
  });

  it("keeps static collections item-less: nothing to add, remove or reorder", async () => {
    const mine = await makeStaticCollections(db, { type: "user", id: owner.id });
    const resource = await makeResource(db, { type: "user", id: owner.id });
    const headers = bearer(ownerKey);
    const add = await postJson(
      `/v1/collections/${mine.likes}/items`,
      { item_type: "resource", item_id: resource.id },
      { headers },
    );
    expect(add.status).toBe(409);
    const remove = await api(`/v1/collections/${mine.likes}/items/${uuidv7()}`, {
      method: "DELETE",
      headers,
    });
    expect(remove.status).toBe(409);
    const reorder = await postJson(
      `/v1/collections/${mine.resources}/items/order`,
      { ids: [uuidv7()] },
      { method: "PUT", headers },
    );
    expect(reorder.status).toBe(409);
    // Someone else may read the listed static collection but not change it; bookmarks are unlisted.
    const foreign = await postJson(
      `/v1/collections/${mine.likes}/items`,
      { item_type: "resource", item_id: resource.id },
      { headers: bearer(strangerKey) },
    );
    expect(foreign.status).toBe(403);
    const bookmarks = await postJson(
      `/v1/collections/${mine.bookmarks}/items`,
      { item_type: "resource", item_id: resource.id },
      { headers: bearer(strangerKey) },
    );
    expect(bookmarks.status).toBe(404);
    const stored = await db.orm
      .select()
      .from(db.t.collectionItems)
      .where(eq(db.t.collectionItems.itemId, resource.id));
    expect(stored).toEqual([]);
  });

  it("reads a page of items, nested collections included, in one round trip", async () => {
    const shelf = await makeManual(db, { type: "user", id: owner.id });
    const inner = await makeManual(db, { type: "user", id: owner.id });
    const rows = await makeResources(db, { type: "user", id: owner.id }, 3);
    await hold(db, shelf, [
      ["collection", inner],
      ...rows.map((row) => ["resource", row.id] as [ItemType, string]),
    ]);
    await hold(
      db,
      inner,
      rows.map((row) => ["resource", row.id] as [ItemType, string]),
    );
    const headers = bearer(ownerKey);
    // The first request by a key looks the key up; the next ones find it cached.
    await api(`/v1/collections/${shelf}/items`, { headers });
    for (const query of ["", "?limit=2"]) {
      const response = await api(`/v1/collections/${shelf}/items${query}`, { headers });
      expect(response.status).toBe(200);
      expect(response.headers.get("server-timing")).toMatch(/desc="queries=1[ "]/);
    }
    const guest = await api(`/v1/collections/${shelf}/items?limit=3`);
    expect(guest.headers.get("server-timing")).toMatch(/desc="queries=1[ "]/);
    expect((await json(guest)).data).toHaveLength(3);
  });

  it("pages through nested collections without repeating or skipping, while items are added", async () => {
    const top = await makeManual(db, { type: "user", id: owner.id });
    const nested = await makeManual(db, { type: "user", id: owner.id });
    const deeper = await makeManual(db, { type: "user", id: owner.id });
    const workspace = await makeWorkspace(db, { type: "user", id: owner.id });
    const wsStatic = await makeStaticCollections(db, { type: "workspace", id: workspace.id });
    await makeResources(db, { type: "workspace", id: workspace.id }, 7);
    const loose = await makeResources(db, { type: "user", id: owner.id }, 9);
    const ids = (rows: { id: string }[]) =>
      rows.map((row) => ["resource", row.id] as [ItemType, string]);
    await hold(db, top, [
      ...ids(loose.slice(0, 3)),
      ["collection", nested],
      ...ids(loose.slice(3, 5)),
    ]);
    await hold(db, nested, [
      ["collection", deeper],
      ...ids(loose.slice(5, 7)),
      ["collection", wsStatic.resources],
    ]);
    // Same positions in another collection: ties are broken by the stored item's id.
    await hold(db, deeper, ids(loose.slice(7, 9)));
    const headers = bearer(ownerKey);
    const whole = await allItems(top, headers, 100);
    expect(whole).toHaveLength(3 + 1 + 2 + 1 + 2 + 2 + 1 + 7);

    for (const limit of [1, 2, 5]) {
      const paged = await allItems(top, headers, limit);
      expect(brief(paged)).toEqual(brief(whole));
    }

    // Adding while paging: what lands after the cursor shows up, what lands before it does
    // not, and nothing repeats.
    const first = await json(await api(`/v1/collections/${top}/items?limit=4`, { headers }));
    const late = await makeResource(db, { type: "user", id: owner.id });
    await hold(db, top, [["resource", late.id]], 100);
    const lateNested = await makeResource(db, { type: "user", id: owner.id });
    await hold(db, nested, [["resource", lateNested.id]], 0);
    const early = await makeResource(db, { type: "user", id: owner.id });
    await hold(db, top, [["resource", early.id]], 0);
    const rest: Item[] = [];
    let cursor: string | null = first.meta.next_cursor;
    while (cursor) {
      const response = await api(`/v1/collections/${top}/items?limit=4&cursor=${cursor}`, {
        headers,
      });
      const page = await json(response);
      rest.push(...page.data);
      cursor = page.meta.next_cursor;
    }
    const seen = [...first.data, ...rest].map(
      (item: Item) => `${item.origin_collection_id}/${item.item_id}`,
    );
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(
      expect.arrayContaining([
        ...brief(whole).map(([, id, origin]) => `${origin}/${id}`),
        `${top}/${late.id}`,
        `${nested}/${lateNested.id}`,
      ]),
    );
    expect(seen).not.toContain(`${top}/${early.id}`);
    expect(seen).toHaveLength(whole.length + 2);
  });

  it("reads a page in rows bounded by the page, not by how much the collection reaches", async () => {
    const headers = bearer(ownerKey);
    /** A shelf holding two resources, a workspace's static `resources` collection, and one more. */
    async function shelfReaching(listedCount: number) {
      const workspace = await makeWorkspace(db, { type: "user", id: owner.id });
      const wsStatic = await makeStaticCollections(db, { type: "workspace", id: workspace.id });
      const listed = await makeResources(db, { type: "workspace", id: workspace.id }, listedCount);
      await makeResources(db, { type: "workspace", id: workspace.id }, listedCount / 4, "UNLISTED");
      const loose = await makeResources(db, { type: "user", id: owner.id }, 3);
      const shelf = await makeManual(db, { type: "user", id: owner.id });
      await hold(db, shelf, [
        ["resource", loose[0]!.id],
        ["resource", loose[1]!.id],
        ["collection", wsStatic.resources],
        ["resource", loose[2]!.id],
      ]);
      const expected = [
        ["resource", loose[0]!.id, shelf, 1],
        ["resource", loose[1]!.id, shelf, 1],
        ["collection", wsStatic.resources, shelf, 1],
        ...listed
          .map((row) => row.id)
          .sort()
          .map((id) => ["resource", id, wsStatic.resources, 2]),
        ["resource", loose[2]!.id, shelf, 1],
      ];
      return { shelf, expected };
    }
    /** The rows read by a first page and by a page after `skipped` entries. */
    async function rowsRead(shelf: string, skipped: number) {
      const first = await api(`/v1/collections/${shelf}/items?limit=5`, { headers });
      let cursor = "";
      for (let seen = 0; seen < skipped; seen += 100) {
        const query = `limit=${Math.min(100, skipped - seen)}${cursor && `&cursor=${cursor}`}`;
        cursor = (await json(await api(`/v1/collections/${shelf}/items?${query}`, { headers })))
          .meta.next_cursor;
      }
      const next = await api(`/v1/collections/${shelf}/items?limit=5&cursor=${cursor}`, {
        headers,
      });
      expect(first.status).toBe(200);
      expect(next.status).toBe(200);
      return [rowsReadOf(first), rowsReadOf(next)];
    }

    const small = await shelfReaching(60);
    const large = await shelfReaching(600);
    expect(brief(await allItems(small.shelf, headers, 5))).toEqual(small.expected);
    expect(brief(await allItems(large.shelf, headers, 25))).toEqual(large.expected);
    if (dialect === "d1") {
      const [smallFirst, smallMiddle] = await rowsRead(small.shelf, 30);
      const [largeFirst, largeMiddle] = await rowsRead(large.shelf, 300);
      expect(smallFirst).toBeGreaterThan(0);
      expect(largeFirst).toBeLessThan(smallFirst! * 2);
      expect(largeMiddle).toBeLessThan(smallMiddle! * 2);
    }
  });

  it("fills every page when most entries are hidden from the caller", async () => {
    const privateOwner = await makeUser(db);
    const hidden = await makeWorkspace(db, { type: "user", id: privateOwner.id }, "private");
    const secrets = await makeResources(db, { type: "workspace", id: hidden.id }, 40);
    const open = await makeResources(db, { type: "user", id: owner.id }, 20);
    const workspace = await makeWorkspace(db, { type: "user", id: owner.id });
    const wsStatic = await makeStaticCollections(db, { type: "workspace", id: workspace.id });
    const listed = await makeResources(db, { type: "workspace", id: workspace.id }, 30);
    // Two of every three of the workspace's resources are denied to signed-in users but their owner.
    const denied = new Set(listed.filter((_, index) => index % 3 !== 0).map((row) => row.id));
    for (const id of denied) {
      await grant(
        db,
        { type: "static", id: "user" },
        { type: "resource", id },
        "resources:read",
        "deny",
      );
    }
    const shelf = await makeManual(db, { type: "user", id: owner.id });
    const inner = await makeManual(db, { type: "user", id: owner.id });
    // Each readable resource between two the stranger may not read.
    const interleaved = (from: number, to: number) =>
      open.slice(from, to).flatMap((row, index) => [
        ["resource", secrets[2 * (from + index)]!.id],
        ["resource", row.id],
        ["resource", secrets[2 * (from + index) + 1]!.id],
      ]) as [ItemType, string][];
    await hold(db, shelf, [
      ...interleaved(0, 8),
      ["collection", inner],
      ["collection", wsStatic.resources],
      ...interleaved(8, 14),
    ]);
    await hold(db, inner, interleaved(14, 20));

    const strangerSees = [
      ...open.slice(0, 8).map((row) => ["resource", row.id, shelf, 1]),
      ["collection", inner, shelf, 1],
      ...open.slice(14, 20).map((row) => ["resource", row.id, inner, 2]),
      ["collection", wsStatic.resources, shelf, 1],
      ...listed
        .filter((row) => !denied.has(row.id))
        .map((row) => row.id)
        .sort()
        .map((id) => ["resource", id, wsStatic.resources, 2]),
      ...open.slice(8, 14).map((row) => ["resource", row.id, shelf, 1]),
    ];
    for (const limit of [1, 2, 5, 100]) {
      expect(brief(await allItems(shelf, bearer(strangerKey), limit))).toEqual(strangerSees);
    }
    // The workspace's owner may read every resource of it, but none of the private workspace.
    const ownerSees = await allItems(shelf, bearer(ownerKey), 7);
    expect(ownerSees).toHaveLength(open.length + 2 + listed.length);
    expect(brief(ownerSees)).toEqual(brief(await allItems(shelf, bearer(ownerKey), 100)));
  });

  it("adds at a position, removes and reorders stored items", async () => {
    const headers = bearer(ownerKey);
    const shelf = await makeManual(db, { type: "user", id: owner.id });
    const rows = await makeResources(db, { type: "user", id: owner.id }, 3);
    const add = async (id: string, position?: number) => {
      const response = await postJson(
        `/v1/collections/${shelf}/items`,
        { item_type: "resource", item_id: id, ...(position === undefined ? {} : { position }) },
        { headers },
      );
      expect(response.status).toBe(201);
      return (await json(response)).data as Item;
    };
    const first = await add(rows[0]!.id);
    const second = await add(rows[1]!.id);
    const third = await add(rows[2]!.id, 0);
    expect([first.position, second.position, third.position]).toEqual([0, 1, 0]);
    const order = async () => (await allItems(shelf, headers)).map((item) => item.item_id);
    expect(await order()).toEqual([rows[2]!.id, rows[0]!.id, rows[1]!.id]);

    const duplicate = await postJson(
      `/v1/collections/${shelf}/items`,
      { item_type: "resource", item_id: rows[0]!.id },
      { headers },
    );
    expect(duplicate.status).toBe(409);

    const reorder = (ids: string[]) =>
      postJson(`/v1/collections/${shelf}/items/order`, { ids }, { method: "PUT", headers });
    expect((await reorder([second.id!, first.id!, third.id!])).status).toBe(204);
    expect(await order()).toEqual([rows[1]!.id, rows[0]!.id, rows[2]!.id]);
    const partial = await reorder([second.id!, first.id!]);
    expect(partial.status).toBe(422);
    expect(JSON.stringify((await json(partial)).error.details)).toContain(third.id);
    expect((await reorder([second.id!, first.id!, third.id!, uuidv7()])).status).toBe(422);
    expect((await reorder([second.id!, second.id!, third.id!])).status).toBe(422);

    const stranger = await api(`/v1/collections/${shelf}/items/${first.id}`, {
      method: "DELETE",
      headers: bearer(strangerKey),
    });
    expect(stranger.status).toBe(403);
    const removal = await api(`/v1/collections/${shelf}/items/${first.id}`, {
      method: "DELETE",
      headers,
    });
    expect(removal.status).toBe(204);
    const again = await api(`/v1/collections/${shelf}/items/${first.id}`, {
      method: "DELETE",
      headers,
    });
    expect(again.status).toBe(404);
    expect(await order()).toEqual([rows[1]!.id, rows[2]!.id]);
  });

  it("refuses items that do not exist or that the caller may not read", async () => {
    const headers = bearer(strangerKey);
    const shelf = await makeManual(db, { type: "user", id: stranger.id });
    const hidden = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
    const tried: [ItemType, string][] = [
      ["resource", uuidv7()],
      ["user", uuidv7()],
      ["workspace", hidden.id],
      // An id of another kind is not an item of this one.
      ["collection", owner.id],
    ];
    for (const [item_type, item_id] of tried) {
      const response = await postJson(
        `/v1/collections/${shelf}/items`,
        { item_type, item_id },
        { headers },
      );
      expect(response.status, item_type).toBe(422);
      expect((await json(response)).error.details[0].path).toBe("item_id");
    }
    const user = await postJson(
      `/v1/collections/${shelf}/items`,
      { item_type: "user", item_id: owner.id },
      { headers },
    );
    expect(user.status).toBe(201);
  });

  it("never answers 500 to malformed requests", async () => {
    const headers = bearer(ownerKey);
    const shelf = await makeManual(db, { type: "user", id: owner.id });
    const cases: [string, RequestInit, number][] = [
      ["/v1/collections/not-a-uuid/items", { headers }, 400],
      [`/v1/collections/${shelf}/items?limit=0`, { headers }, 400],
      [`/v1/collections/${shelf}/items?limit=101`, { headers }, 400],
      [`/v1/collections/${shelf}/items?cursor=nonsense`, { headers }, 400],
      [`/v1/collections/${shelf}/items?cursor=${btoa("[1,2,3]")}`, { headers }, 400],
      [
        `/v1/collections/${shelf}/items?cursor=${btoa(JSON.stringify(Array(10).fill("x")))}`,
        { headers },
        400,
      ],
      [`/v1/collections/${shelf}/items?sort=name`, { headers }, 400],
      [`/v1/collections/${shelf}/items/not-a-uuid`, { method: "DELETE", headers }, 400],
    ];
    for (const [path, init, status] of cases) {
      const response = await api(path, init);
      expect(response.status, path).toBe(status);
      expect((await json(response)).error.code).toBeTypeOf("string");
    }
    const bodies: unknown[] = [
      {},
      { item_type: "song", item_id: uuidv7() },
      { item_type: "resource", item_id: "x" },
      { item_type: "resource", item_id: uuidv7(), position: -1 },
      { item_type: "resource", item_id: uuidv7(), position: 1.5 },
      { item_type: "resource", item_id: uuidv7(), extra: true },
      [],
      "text",
    ];
    for (const body of bodies) {
      const response = await postJson(`/v1/collections/${shelf}/items`, body, { headers });
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
    const broken = await api(`/v1/collections/${shelf}/items`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: "{",
    });
    expect(broken.status).toBe(400);
    for (const body of [{}, { ids: [] }, { ids: ["x"] }, { ids: "x" }]) {
      const response = await postJson(`/v1/collections/${shelf}/items/order`, body, {
        method: "PUT",
        headers,
      });
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
  });
});
