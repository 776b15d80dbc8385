/** The JSON shape of a permission row, with its serializer. */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import { PERMISSION_OBJECTS, PERMISSION_SUBJECTS, PERMISSION_VALUES } from "../../db/schema";
import { Id, iso, Timestamp } from "../../http/schemas";

export type PermissionRow = Database["t"]["permissions"]["$inferSelect"];

export const Permission = z
  .object({
    id: Id,
    subject_type: z.enum(PERMISSION_SUBJECTS),
    subject_id: z.string(),
    object_type: z.enum(PERMISSION_OBJECTS),
    object_id: Id,
    action: z.string(),
    value: z.enum(PERMISSION_VALUES),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Permission");

export const toPermission = (row: PermissionRow) => ({
  id: row.id,
  subject_type: row.subjectType,
  subject_id: row.subjectId,
  object_type: row.objectType,
  object_id: row.objectId,
  action: row.action,
  value: row.value,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});
