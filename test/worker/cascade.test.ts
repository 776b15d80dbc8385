/**
 * Deleting an object removes everything that names it and everything it owns,
 * atomically, on every database: no orphan rows, nothing else touched.
 */
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { deleteStatements } from "../../src/db/cascade";
import { uuidv7 } from "../../src/db/ids";
import { staticCollectionRows } from "../../src/db/static-collections";
import { dialect, testDatabase } from "./support/api";
import {
  engage,
  ensureActions,
  grant,
  makeResource,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";
import { mentions } from "./support/rows";

describe(`deleting with everything attached on ${dialect}`, () => {
  it("removes a workspace, its resources and collections, and every row naming them", async () => {
    const db = testDatabase();
    const { t } = db;
    await ensureActions(db, ["resources", "workspaces"]);
    const owner = await makeUser(db);
    const fan = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "user", id: owner.id });
    const keep = await makeWorkspace(db, { type: "user", id: owner.id });
    const resource = await makeResource(db, { type: "workspace", id: ws.id });
    const kept = await makeResource(db, { type: "workspace", id: keep.id });
    const manual = uuidv7();
    await db.atomic((orm) => [
      orm.insert(t.posts).values({ resourceId: resource.id, body: "Hello" }),
      orm
        .insert(t.resourceAuthors)
        .values({ resourceId: resource.id, authorType: "workspace", authorId: ws.id }),
      orm.insert(t.externalLinks).values([
        {
          subjectType: "workspace",
          subjectId: ws.id,
          name: "Site",
          url: "https://example.com",
          position: 0,
        },
        {
          subjectType: "resource",
          subjectId: resource.id,
          name: "Src",
          url: "https://example.com",
          position: 0,
        },
      ]),
      ...db.insertChunks(
        orm,
        t.collections,
        staticCollectionRows({ type: "workspace", id: ws.id }),
      ),
      orm
        .insert(t.collections)
        .values({ id: manual, ownerType: "user", ownerId: fan.id, name: "Picks", type: "manual" }),
      orm.insert(t.collectionItems).values([
        { collectionId: manual, itemType: "resource", itemId: resource.id, position: 0 },
        { collectionId: manual, itemType: "workspace", itemId: ws.id, position: 1 },
        { collectionId: manual, itemType: "resource", itemId: kept.id, position: 2 },
      ]),
    ]);
    await grant(
      db,
      { type: "user", id: fan.id },
      { type: "resource", id: resource.id },
      "resources:read",
      "allow",
    );
    await grant(
      db,
      { type: "user", id: fan.id },
      { type: "workspace", id: ws.id },
      "workspaces:read",
      "allow",
    );
    const like = await engage(db, fan.id, "follow", { type: "workspace", id: ws.id });
    await db.orm.insert(t.engagementComments).values({ engagementId: like.id, text: "hi" });
    const [staticOne] = await db.orm
      .select()
      .from(t.collections)
      .where(eq(t.collections.ownerId, ws.id))
      .limit(1);

    const named = [ws.id, resource.id, staticOne!.id, like.id];
    expect(Object.keys(await mentions(db, named)).sort()).toEqual(
      [
        "collectionItems",
        "collections",
        "engagementComments",
        "engagements",
        "externalLinks",
        "permissions",
        "posts",
        "resourceAuthors",
        "resources",
        "workspaces",
      ].sort(),
    );

    await db.atomic((orm) => deleteStatements(db, orm, "workspace", [ws.id]));

    expect(await mentions(db, named)).toEqual({});
    const survivors = await db.orm
      .select({ id: t.collectionItems.itemId })
      .from(t.collectionItems)
      .where(eq(t.collectionItems.collectionId, manual));
    expect(survivors.map((s) => s.id)).toEqual([kept.id]);
    const stillThere = await db.orm
      .select({ id: t.workspaces.id })
      .from(t.workspaces)
      .where(inArray(t.workspaces.id, [keep.id]));
    expect(stillThere).toHaveLength(1);
  });

  it("rolls back every statement when one fails", async () => {
    const db = testDatabase();
    const owner = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "user", id: owner.id });
    const resource = await makeResource(db, { type: "workspace", id: ws.id });
    await expect(
      db.atomic((orm) => [
        ...deleteStatements(db, orm, "workspace", [ws.id]),
        // A statement that fails after the deletes: nothing may stay deleted.
        orm.insert(db.t.organizations).values({ id: "x", name: "x", slug: null as never }),
      ]),
    ).rejects.toThrow();
    const [left] = await db.orm
      .select()
      .from(db.t.resources)
      .where(eq(db.t.resources.id, resource.id));
    expect(left?.id).toBe(resource.id);
  });
});
