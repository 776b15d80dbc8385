/** The JSON shape of an action of the permission catalogue, with its serializer. */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import { Id, iso, Timestamp } from "../../http/schemas";

export type ActionRow = Database["t"]["permissionActions"]["$inferSelect"];

export const PermissionAction = z
  .object({
    id: Id,
    slug: z.string().openapi({ example: "resources:read" }),
    name: z.string(),
    description: z.string().nullable(),
    category: z.string(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("PermissionAction");

export const toPermissionAction = (row: ActionRow) => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  description: row.description,
  category: row.category,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});
