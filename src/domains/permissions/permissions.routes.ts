import { createRoute, z } from "@hono/zod-openapi";
import {
  PERMISSION_OBJECTS,
  PERMISSION_SUBJECTS,
  PERMISSION_VALUES,
  STATIC_SUBJECTS,
} from "../../db/schema";
import {
  errorResponses,
  itemEnvelope,
  jsonBody,
  jsonResponse,
  listEnvelope,
} from "../../http/envelopes";
import { defineList } from "../../http/list-query";
import { Id, IdParams, NoQuery, Timestamp } from "../../http/schemas";

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

export const listPermissionsRoute = createRoute({
  method: "get",
  path: "/permissions",
  tags,
  summary: "Permission rows on objects you own, and rows naming you",
  request: { query: permissionList.query },
  responses: {
    200: jsonResponse(listEnvelope(Permission), "A page of permission rows"),
    ...errorResponses(400, 401, 403),
  },
});

export const writePermissionRoute = createRoute({
  method: "post",
  path: "/permissions",
  tags,
  summary:
    "Set a permission (owner of the object or admin); the same tuple again updates its value",
  request: { body: jsonBody(WritePermission) },
  responses: {
    200: jsonResponse(itemEnvelope(Permission), "The existing row, updated"),
    201: jsonResponse(itemEnvelope(Permission), "The created row"),
    ...errorResponses(400, 401, 403, 404, 422),
  },
});

export const getPermissionRoute = createRoute({
  method: "get",
  path: "/permissions/{id}",
  tags,
  summary: "Get a permission row",
  request: { params: IdParams, query: NoQuery },
  responses: {
    200: jsonResponse(itemEnvelope(Permission), "The row"),
    ...errorResponses(400, 401, 403, 404),
  },
});

export const updatePermissionRoute = createRoute({
  method: "patch",
  path: "/permissions/{id}",
  tags,
  summary: "Change a permission's value (owner of the object or admin)",
  request: { params: IdParams, body: jsonBody(UpdatePermission) },
  responses: {
    200: jsonResponse(itemEnvelope(Permission), "The updated row"),
    ...errorResponses(400, 401, 403, 404, 422),
  },
});

export const deletePermissionRoute = createRoute({
  method: "delete",
  path: "/permissions/{id}",
  tags,
  summary: "Remove a permission row (owner of the object or admin)",
  request: { params: IdParams, query: NoQuery },
  responses: { 204: { description: "Removed" }, ...errorResponses(400, 401, 403, 404) },
});
