import { z } from "@hono/zod-openapi";
import {
  PERMISSION_OBJECTS,
  PERMISSION_SUBJECTS,
  PERMISSION_VALUES,
  STATIC_SUBJECTS,
} from "../../db/schema";
import { defineList } from "../../http/list-query";
import {
  deleteItemRoute,
  getItemRoute,
  listRoute,
  updateItemRoute,
  upsertItemRoute,
} from "../../http/routes";
import { Id } from "../../http/schemas";
import { Permission } from "./permissions.shapes";

export const WritePermission = z
  .strictObject({
    subject_type: z.enum(PERMISSION_SUBJECTS),
    subject_id: z.string().openapi({
      description:
        "A user, team or organization id; for `static`: guest, user, follower or subscriber",
    }),
    object_type: z.enum(PERMISSION_OBJECTS),
    object_id: Id,
    action: z.string().min(1).max(64).openapi({ example: "resources:read" }),
    value: z.enum(PERMISSION_VALUES),
  })
  .superRefine((body, ctx) => {
    const valid =
      body.subject_type === "static"
        ? (STATIC_SUBJECTS as readonly string[]).includes(body.subject_id)
        : Id.safeParse(body.subject_id).success;
    if (!valid) {
      ctx.addIssue({
        code: "custom",
        path: ["subject_id"],
        message:
          body.subject_type === "static"
            ? `Static subjects are ${STATIC_SUBJECTS.join(", ")}`
            : "Must be a UUID",
      });
    }
  })
  .openapi("WritePermission");

export const UpdatePermission = z
  .strictObject({ value: z.enum(PERMISSION_VALUES) })
  .openapi("UpdatePermission");

export const permissionList = defineList({
  table: (t) => t.permissions,
  sort: { created_at: "id" },
  defaultSort: "created_at",
  filters: {
    subject_type: { kind: "enum", field: "subjectType", values: PERMISSION_SUBJECTS },
    object_type: { kind: "enum", field: "objectType", values: PERMISSION_OBJECTS },
    object_id: { kind: "id", field: "objectId" },
    value: { kind: "enum", field: "value", values: PERMISSION_VALUES },
  },
});

const tags = ["permissions"];

export const listPermissionsRoute = listRoute({
  path: "/permissions",
  tags,
  summary: "Permission rows on objects you own, and rows naming you",
  operationId: "listPermissions",
  description: "Filter by subject and object type and id, and by action.",
  access: { scope: "permissions:read", guests: true },
  query: permissionList.query,
  item: Permission,
});

/** Create or update: answers 201 for a new tuple, 200 when it existed. */
export const writePermissionRoute = upsertItemRoute({
  path: "/permissions",
  tags,
  summary:
    "Set a permission (owner of the object or admin); the same tuple again updates its value",
  operationId: "writePermission",
  description:
    "Answers 201 for a new (subject, object, action) tuple and 200 when it existed. An object you may not read answers 404; one you do not own, 403; an unknown subject, 422.",
  access: { scope: "permissions:write", guests: false },
  body: WritePermission,
  item: Permission,
});

export const getPermissionRoute = getItemRoute({
  path: "/permissions/{id}",
  tags,
  summary: "Get a permission row",
  operationId: "getPermission",
  description: "Rows you may not see answer 404.",
  access: { scope: "permissions:read", guests: true },
  item: Permission,
});

export const updatePermissionRoute = updateItemRoute({
  versioned: true,
  path: "/permissions/{id}",
  tags,
  summary: "Change a permission's value (owner of the object or admin)",
  operationId: "updatePermission",
  description: "Rows you may see but not manage answer 403.",
  access: { scope: "permissions:write", guests: false },
  body: UpdatePermission,
  item: Permission,
});

export const deletePermissionRoute = deleteItemRoute({
  versioned: true,
  path: "/permissions/{id}",
  tags,
  summary: "Remove a permission row (owner of the object or admin)",
  operationId: "deletePermission",
  description: "Rows you may see but not manage answer 403.",
  access: { scope: "permissions:write", guests: false },
});
