/** The JSON shape of a collection's item filter: its Zod schema for the OpenAPI document, and the serializer. */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import { COLLECTION_ITEM_TYPES, ENGAGEMENT_ACTIONS, FILTER_MODES } from "../../db/schema";
import { Id, iso, Timestamp } from "../../http/schemas";

export type FilterRow = Database["t"]["collectionItemFilters"]["$inferSelect"];

export const ItemFilter = z
  .object({
    id: Id,
    collection_id: Id,
    item_type: z.enum(COLLECTION_ITEM_TYPES).nullable(),
    item_id: Id.nullable(),
    engagement_action: z.enum(ENGAGEMENT_ACTIONS).nullable(),
    mode: z.enum(FILTER_MODES),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("CollectionItemFilter");

export const toItemFilter = (row: FilterRow) => ({
  id: row.id,
  collection_id: row.collectionId,
  item_type: row.itemType,
  item_id: row.itemId,
  engagement_action: row.engagementAction,
  mode: row.mode,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});
