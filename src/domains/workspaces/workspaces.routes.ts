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
import { Id, Slug, Timestamp, TrimmedText, Url } from "../../http/schemas";

const SUBSCRIPTION_MODE =
  "Whether a subscription to the workspace (or to a resource or collection in it) is active from creation (`open`) or pending until the workspace's owner or an admin activates it (`managed`, with `PATCH /engagements/{id}`). Only an active subscription makes its subject a `subscriber`.";

const Owner = z.object({ type: z.enum(WORKSPACE_OWNERS), id: Id }).openapi("WorkspaceOwner");

export const Workspace = z
  .object({
    id: Id,
    name: z.string(),
    slug: z.string(),
    description: z.string().nullable(),
    owner: Owner,
    avatar_url: z.string().nullable(),
    banner_url: z.string().nullable(),
    visibility: z.enum(VISIBILITIES),
    subscription_mode: z.enum(SUBSCRIPTION_MODES).openapi({
      description: SUBSCRIPTION_MODE,
    }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Workspace");

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
    q: { kind: "search", fields: ["name", "slug"] },
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
  path: "/workspaces/{id}",
  tags,
  summary:
    "Delete a workspace (needs delete on it); cascade: its resources, collections, links and every row naming them",
  operationId: "deleteWorkspace",
  description: "Needs delete on the workspace.",
  access: { scope: "workspaces:write", guests: false },
});
