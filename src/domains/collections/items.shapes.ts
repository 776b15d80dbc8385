/**
 * The JSON shape of a collection's entry and of the summary of what it holds
 * (a resource, workspace, collection or user, in the shapes their own endpoints
 * give them), with its serializer.
 */
import { z } from "@hono/zod-openapi";
import type { Caller } from "../../auth/caller";
import type { Database } from "../../db/database";
import { COLLECTION_ITEM_TYPES } from "../../db/schema";
import { Id, isoOrNull, Timestamp } from "../../http/schemas";
import { toUser, User } from "../identity";
import { Resource, toResource } from "../resources";
import { toWorkspace, Workspace } from "../workspaces";
import { Collection, toCollection } from "./collections.shapes";
import type { ItemType } from "./item-access";

type Tables = Database["t"];

export const CollectionItem = z
  .object({
    id: Id.nullable().openapi({
      description:
        "The stored item (of a manual collection), for removing and reordering; null for items a static collection derives",
    }),
    item_type: z.enum(COLLECTION_ITEM_TYPES),
    item_id: Id,
    origin_collection_id: Id.openapi({
      description: "The collection that directly holds the item",
    }),
    depth: z.number().int().openapi({
      description: "1 for the listed collection's own items, 2 inside a collection it holds, …",
    }),
    position: z.number().int().nullable(),
    updated_at: Timestamp.nullable().openapi({
      description:
        "When the stored item last changed (its version, which `If-Match` on its removal checks); null for derived items",
    }),
    item: z.union([Resource, Workspace, Collection, User]),
  })
  .openapi("CollectionItem");

/** The held row, whichever table it comes from. */
export interface HeldRow {
  resource: Tables["resources"]["$inferSelect"] | null;
  workspace: Tables["workspaces"]["$inferSelect"] | null;
  collection: Tables["collections"]["$inferSelect"] | null;
  user: Tables["users"]["$inferSelect"] | null;
}

export function toItemSummary(type: ItemType, row: HeldRow, caller: Caller) {
  switch (type) {
    case "resource":
      return toResource(row.resource!);
    case "workspace":
      return toWorkspace(row.workspace!);
    case "collection":
      return toCollection(row.collection!);
    case "user":
      return toUser(row.user!, caller);
  }
}

export interface Entry extends HeldRow {
  entryId: string | null;
  itemType: ItemType;
  itemId: string;
  originId: string;
  depth: number;
  position: number | null;
  entryUpdatedAt: Date | null;
}

export const toCollectionItem = (entry: Entry, caller: Caller) => ({
  id: entry.entryId,
  item_type: entry.itemType,
  item_id: entry.itemId,
  origin_collection_id: entry.originId,
  depth: entry.depth,
  position: entry.position,
  updated_at: isoOrNull(entry.entryUpdatedAt),
  item: toItemSummary(entry.itemType, entry, caller),
});
