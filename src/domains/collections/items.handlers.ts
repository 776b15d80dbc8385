import type { RouteHandler } from "@hono/zod-openapi";
import { authorization, authorize, requireScope } from "../../access/engine";
import { uuidv7 } from "../../db/ids";
import { ApiError, conflict, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import type { CollectionRow } from "./collections.shapes";
import { itemTreePage } from "./item-tree";
import { deleteItem, insertItem, itemToAdd, reorderItems, storedItemIds } from "./items.queries";
import type {
  addItemRoute,
  listItemsRoute,
  removeItemRoute,
  reorderItemsRoute,
} from "./items.routes";
import { type HeldRow, toCollectionItem } from "./items.shapes";

/** Static collections derive their items: there is nothing stored to change. */
function requireManual(collection: CollectionRow) {
  if (collection.type === "static") {
    throw conflict(
      "Static collections derive their items: they store none to add, remove or reorder",
    );
  }
}

export const listItems: RouteHandler<typeof listItemsRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "collections", "read");
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const [{ data, meta }] = await db.load(itemTreePage(db, caller, id, c.req.valid("query")));
  return c.json({ data: data.map((row) => toCollectionItem(row, caller)), meta }, 200);
};

const noSuchItem = (type: string, id: string) =>
  new ApiError(422, `No ${type} ${id}`, [
    { location: "json", path: "item_id", message: `No such ${type}` },
  ]);

export const addItem: RouteHandler<typeof addItemRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const item = { type: body.item_type, id: body.item_id };
  const [collection, found] = await db.load(
    authorization(db, caller, "collection", id, "write"),
    itemToAdd(db, caller, id, item),
  );
  requireManual(collection);
  // An item the caller may not read is as absent as one that does not exist.
  if (!found || Number(found.readable) !== 1) throw noSuchItem(item.type, item.id);
  if (Number(found.duplicate) === 1)
    throw conflict(`The collection already holds this ${item.type}`);
  if (item.id === id || Number(found.cycle) === 1) {
    throw new ApiError(422, "A collection cannot hold itself, directly or through others", [
      { location: "json", path: "item_id", message: "This collection holds the collection to add" },
    ]);
  }
  const position = body.position ?? (found.lastPosition ?? -1) + 1;
  const entryId = uuidv7();
  const stamped = new Date();
  await insertItem(
    db,
    {
      id: entryId,
      collectionId: id,
      itemType: item.type,
      itemId: item.id,
      position,
      createdAt: stamped,
      updatedAt: stamped,
    },
    body.position !== undefined,
  );
  const held: HeldRow = { resource: null, workspace: null, collection: null, user: null };
  const entry = {
    ...held,
    [item.type]: found.row,
    entryId,
    itemType: item.type,
    itemId: item.id,
    originId: id,
    depth: 1,
    position,
    entryUpdatedAt: stamped,
  };
  return c.json({ data: toCollectionItem(entry, caller) }, 201);
};

export const removeItem: RouteHandler<typeof removeItemRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id, itemId } = c.req.valid("param");
  requireManual(await authorize(db, c.get("caller"), "collection", id, "write"));
  if (!(await deleteItem(db, id, itemId, c.get("expectedVersions")))) {
    throw notFound("Collection item");
  }
  return c.body(null, 204);
};

export const reorder: RouteHandler<typeof reorderItemsRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const { ids } = c.req.valid("json");
  const [collection, stored] = await db.load(
    authorization(db, caller, "collection", id, "write"),
    storedItemIds(db, id),
  );
  requireManual(collection);
  const unknown = ids.filter((itemId) => !stored.has(itemId));
  const given = new Set(ids);
  const missing = [...stored].filter((itemId) => !given.has(itemId));
  if (unknown.length > 0 || missing.length > 0) {
    throw new ApiError(422, "Name every stored item of the collection once, and nothing else", [
      ...(unknown.length > 0
        ? [
            {
              location: "json",
              path: "ids",
              message: `Not in this collection: ${unknown.join(", ")}`,
            },
          ]
        : []),
      ...(missing.length > 0
        ? [{ location: "json", path: "ids", message: `Missing: ${missing.join(", ")}` }]
        : []),
    ]);
  }
  await reorderItems(db, id, ids);
  return c.body(null, 204);
};
