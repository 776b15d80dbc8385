import { z } from "@hono/zod-openapi";
import { defineList } from "../../http/list-query";
import {
  createItemRoute,
  deleteItemRoute,
  getItemRoute,
  listRoute,
  updateItemRoute,
} from "../../http/routes";
import { TrimmedText } from "../../http/schemas";
import { PermissionAction } from "./actions.shapes";

const fields = {
  slug: z
    .string()
    .max(64)
    .regex(/^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/, "`<domain>:<verb>`, lowercase"),
  name: TrimmedText(200),
  description: z.string().max(2000).nullable().optional(),
  category: TrimmedText(32),
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

export const listPermissionActionsRoute = listRoute({
  path: "/permission-actions",
  tags,
  summary: "The catalogue of permission actions",
  operationId: "listPermissionActions",
  description: "Filter by `category`, sort by `slug` or `created_at`.",
  access: { scope: "permissions:read", guests: true },
  query: permissionActionList.query,
  item: PermissionAction,
});

export const createPermissionActionRoute = createItemRoute({
  path: "/permission-actions",
  tags,
  summary: "Add a permission action (admin)",
  operationId: "createPermissionAction",
  description: "A slug already taken answers 409 naming `slug`.",
  access: { scope: "admin", guests: false },
  body: CreatePermissionAction,
  item: PermissionAction,
});

export const getPermissionActionRoute = getItemRoute({
  path: "/permission-actions/{id}",
  tags,
  summary: "Get a permission action",
  operationId: "getPermissionAction",
  description: "One action of the catalogue.",
  access: { scope: "permissions:read", guests: true },
  item: PermissionAction,
});

export const updatePermissionActionRoute = updateItemRoute({
  versioned: true,
  path: "/permission-actions/{id}",
  tags,
  summary: "Change a permission action (admin); a new slug carries its rows along",
  operationId: "updatePermissionAction",
  description: "A slug already taken answers 409 naming `slug`.",
  access: { scope: "admin", guests: false },
  body: UpdatePermissionAction,
  item: PermissionAction,
});

export const deletePermissionActionRoute = deleteItemRoute({
  versioned: true,
  path: "/permission-actions/{id}",
  tags,
  summary: "Remove a permission action (admin) and every permission row using it",
  operationId: "deletePermissionAction",
  description: "An unknown id answers 404.",
  access: { scope: "admin", guests: false },
});
