/** The JSON shape of a collection: its Zod schema for the OpenAPI document, and the serializer. */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import { COLLECTION_KINDS, COLLECTION_OWNERS, COLLECTION_TYPES } from "../../db/schema";
import { LISTING_STATUSES } from "../../db/schema/columns";
import { Id, iso, Timestamp } from "../../http/schemas";

export type CollectionRow = Database["t"]["collections"]["$inferSelect"];

export const Collection = z
  .object({
    id: Id,
    owner: z.object({ type: z.enum(COLLECTION_OWNERS), id: Id }),
    name: z.string(),
    description: z.string().nullable(),
    type: z.enum(COLLECTION_TYPES),
    kind: z.enum(COLLECTION_KINDS).nullable().openapi({
      description: "What a static collection derives its items from; null for manual ones",
    }),
    status: z.enum(LISTING_STATUSES),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Collection");

export const toCollection = (row: CollectionRow) => ({
  id: row.id,
  owner: { type: row.ownerType, id: row.ownerId },
  name: row.name,
  description: row.description,
  type: row.type,
  kind: row.kind,
  status: row.status,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});
