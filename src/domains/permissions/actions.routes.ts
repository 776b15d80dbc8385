import { createRoute, z } from "@hono/zod-openapi";
import {
  errorResponses,
  itemEnvelope,
  jsonBody,
  jsonResponse,
  listEnvelope,
} from "../../http/envelopes";
import { defineList } from "../../http/list-query";
import { Id, IdParams, NoQuery, Timestamp } from "../../http/schemas";

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

const fields = {
  slug: z
    .string()
    .max(64)
    .regex(/^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/, "`<domain>:<verb>`, lowercase"),
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).nullable().optional(),
  category: z.string().trim().min(1).max(32),
};

export const CreatePermissionAction = z.strictObject(fields).openapi("CreatePermissionAction");
export const UpdatePermissionAction = z
  .strictObject({
    slug: fields.slug.optional(),
    name: fields.name.optional(),
    description: fields.description,
    category: fields.category.optional(),
  })
  .openapi("UpdatePermissionAction");

export const permissionActionList = defineList({
  table: (t) => t.permissionActions,
  sort: { slug: "slug", created_at: "id" },
  defaultSort: "slug",
  filters: {
    category: { kind: "search", fields: ["category"] },
    q: { kind: "search", fields: ["slug", "name"] },
  },
});

const tags = ["permissions"];

export const listPermissionActionsRoute = createRoute({
  method: "get",
  path: "/permission-actions",
  tags,
  summary: "The catalogue of permission actions",
  request: { query: permissionActionList.query },
  responses: {
    200: jsonResponse(listEnvelope(PermissionAction), "A page of actions"),
    ...errorResponses(400, 401, 403),
  },
});

export const createPermissionActionRoute = createRoute({
  method: "post",
  path: "/permission-actions",
  tags,
  summary: "Add a permission action (admin)",
  request: { body: jsonBody(CreatePermissionAction) },
  responses: {
    201: jsonResponse(itemEnvelope(PermissionAction), "The created action"),
    ...errorResponses(400, 401, 403, 409, 422),
  },
});

export const getPermissionActionRoute = createRoute({
  method: "get",
  path: "/permission-actions/{id}",
  tags,
  summary: "Get a permission action",
  request: { params: IdParams, query: NoQuery },
  responses: {
    200: jsonResponse(itemEnvelope(PermissionAction), "The action"),
    ...errorResponses(400, 401, 403, 404),
  },
});

export const updatePermissionActionRoute = createRoute({
  method: "patch",
  path: "/permission-actions/{id}",
  tags,
  summary: "Change a permission action (admin); a new slug carries its rows along",
  request: { params: IdParams, body: jsonBody(UpdatePermissionAction) },
  responses: {
    200: jsonResponse(itemEnvelope(PermissionAction), "The updated action"),
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export const deletePermissionActionRoute = createRoute({
  method: "delete",
  path: "/permission-actions/{id}",
  tags,
  summary: "Remove a permission action (admin) and every permission row using it",
  request: { params: IdParams, query: NoQuery },
  responses: { 204: { description: "Removed" }, ...errorResponses(400, 401, 403, 404) },
});
