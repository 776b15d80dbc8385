import { z } from "@hono/zod-openapi";
import { COLLECTION_ITEM_TYPES } from "../../db/schema";
import { CursorParameter, Limit } from "../../http/list-query";
import { createItemRoute, deleteItemRoute, listRoute, reorderRoute } from "../../http/routes";
import { Id } from "../../http/schemas";
import { MAX_DEPTH } from "./item-tree";
import { CollectionItem } from "./items.shapes";

/** Positions of stored items: 0 first; room to shift them by one on inserts. */
const Position = z.number().int().min(0).max(1_000_000_000);

export const AddItem = z
  .strictObject({
    item_type: z.enum(COLLECTION_ITEM_TYPES),
    item_id: Id,
    position: Position.optional().openapi({
      description: "Where to insert it (items at or after it move down one); default the end",
    }),
  })
  .openapi("AddCollectionItem");

export const ReorderItems = z
  .strictObject({
    ids: z
      .array(Id)
      .min(1)
      .max(1000)
      .refine((ids) => new Set(ids).size === ids.length, "Each id once")
      .openapi({ description: "Every stored item of the collection, in their new order" }),
  })
  .openapi("ReorderCollectionItems");

export const ItemsQuery = z.strictObject({
  limit: Limit,
  cursor: CursorParameter.optional(),
});

const tags = ["collections"];

export const listItemsRoute = listRoute({
  path: "/collections/{id}/items",
  tags,
  operationId: "listCollectionItems",
  access: { scope: "collections:read", guests: true },
  summary: "A page of a collection's items, including those of the collections it holds",
  description: `Static collections derive their items (the owner's LISTED resources, or the objects of the owner's likes, follows, …); manual ones list what was added, by position. A collection held by the listed one is an item, followed by its own items, up to depth ${MAX_DEPTH}. A resource reached through a static \`resources\` collection shows only when LISTED, through anything else whatever its status; everything is subject to your read permission and to the collections' item filters.`,
  query: ItemsQuery,
  item: CollectionItem,
});

export const addItemRoute = createItemRoute({
  path: "/collections/{id}/items",
  tags,
  operationId: "addCollectionItem",
  summary: "Add a resource, user, workspace or collection to a manual collection",
  access: { scope: "collections:write", guests: false },
  description:
    "The item must exist and be readable by you (422 otherwise); adding it twice is a 409; adding a collection that holds this one, directly or through others, or itself, is a 422. Static collections store no items (409).",
  body: AddItem,
  item: CollectionItem,
});

export const removeItemRoute = deleteItemRoute({
  versioned: true,
  path: "/collections/{id}/items/{itemId}",
  tags,
  operationId: "removeCollectionItem",
  summary: "Remove a stored item (its `id`) from a manual collection",
  description:
    "Needs write on the collection. Static collections store no items (409); an item of another collection answers 404.",
  access: { scope: "collections:write", guests: false },
});

export const reorderItemsRoute = reorderRoute({
  path: "/collections/{id}/items/order",
  tags,
  operationId: "reorderCollectionItems",
  summary: "Reorder a manual collection: every stored item's id, in the new order",
  description:
    "Needs write on the collection. `ids` must name each stored item once (422 otherwise); static collections store no items (409).",
  access: { scope: "collections:write", guests: false },
  body: ReorderItems,
});
