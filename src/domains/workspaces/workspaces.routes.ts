import { z } from "@hono/zod-openapi";
import { SUBSCRIPTION_MODES, VISIBILITIES, WORKSPACE_OWNERS } from "../../db/schema";
import { defineList } from "../../http/list-query";
import {
  createItemRoute,
  deleteItemRoute,
  getItemRoute,
  listRoute,
  updateItemRoute,
} from "../../http/routes";
import { Slug, TrimmedText, Url } from "../../http/schemas";
import { Owner, SUBSCRIPTION_MODE, Workspace } from "./workspaces.shapes";

const fields = {
  name: TrimmedText(200),
  slug: Slug,
  description: z.string().max(5000).nullable().optional(),
  avatar_url: Url.nullable().optional(),
  banner_url: Url.nullable().optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  subscription_mode: z
    .enum(SUBSCRIPTION_MODES)
    .optional()
    .openapi({ description: `${SUBSCRIPTION_MODE} Default \`managed\`.` }),
};

export const CreateWorkspace = z
  .strictObject({
    ...fields,
    owner: Owner.optional().openapi({
      description:
        "Who owns the workspace; default the caller. An organization must be one the caller controls.",
    }),
  })
  .openapi("CreateWorkspace");

export const UpdateWorkspace = z
  .strictObject({ ...fields, name: fields.name.optional(), slug: fields.slug.optional() })
  .openapi("UpdateWorkspace");

export const workspaceList = defineList({
  table: (t) => t.workspaces,
  sort: { created_at: "id", name: "name", slug: "slug" },
  defaultSort: "created_at",
  filters: {
    owner_type: { kind: "enum", field: "ownerType", values: WORKSPACE_OWNERS },
    owner_id: { kind: "id", field: "ownerId" },
    visibility: { kind: "enum", field: "visibility", values: VISIBILITIES },
    q: { kind: "fulltext", index: "workspace" },
    created_at: { kind: "date", field: "createdAt" },
  },
});

const tags = ["workspaces"];

export const listWorkspacesRoute = listRoute({
  path: "/workspaces",
  tags,
  summary: "List the workspaces the caller may read (private ones only to those allowed)",
  operationId: "listWorkspaces",
  description:
    "Filter by `owner_type`, `owner_id`, `visibility`, `q` (name or slug) and `created_at_from`/`created_at_to`; sort by `created_at`, `name` or `slug`.",
  access: { scope: "workspaces:read", guests: true },
  query: workspaceList.query,
  item: Workspace,
});

export const createWorkspaceRoute = createItemRoute({
  path: "/workspaces",
  tags,
  summary: "Create a workspace (with its static collections) for yourself or your organization",
  operationId: "createWorkspace",
  description: "The owner defaults to the caller; a slug already taken answers 409 naming `slug`.",
  access: { scope: "workspaces:write", guests: false },
  body: CreateWorkspace,
  item: Workspace,
});

export const getWorkspaceRoute = getItemRoute({
  path: "/workspaces/{id}",
  tags,
  summary: "Get a workspace",
  operationId: "getWorkspace",
  description: "A workspace you may not read answers 404, as if it did not exist.",
  access: { scope: "workspaces:read", guests: true },
  item: Workspace,
});

export const updateWorkspaceRoute = updateItemRoute({
  versioned: true,
  path: "/workspaces/{id}",
  tags,
  summary: "Update a workspace (needs write on it)",
  operationId: "updateWorkspace",
  description: "Only the fields given change; a slug already taken answers 409 naming `slug`.",
  access: { scope: "workspaces:write", guests: false },
  body: UpdateWorkspace,
  item: Workspace,
});

export const deleteWorkspaceRoute = deleteItemRoute({
  versioned: true,
  path: "/workspaces/{id}",
  tags,
  summary:
    "Delete a workspace (needs delete on it); cascade: its resources, collections, links and every row naming them",
  operationId: "deleteWorkspace",
  description: "Needs delete on the workspace.",
  access: { scope: "workspaces:write", guests: false },
});
